import type { SafetyHold } from './recommendation-gate';
import type { RedFlagContent } from './red-flags-content';

/** The flag id a clinician's "lift the hold" is recorded under (see the staff API). */
export const HOLD_LIFTED_FLAG = 'hold_lifted';
/**
 * The flag id an urgent health-check outcome is recorded under. The health check asks its urgent
 * questions every time, so a later health check that comes out suitable clears it (after 24 hours).
 */
export const SCREENING_URGENT_FLAG = 'screening_urgent';

/**
 * Which holds a new health check can clear: flags whose `clearedBy` lists screening questions (every
 * one of them is asked in every health check, so a later recommendable outcome means they were answered
 * "no"). Anything else, including a flag id no longer in the file, is lifted only by a clinician.
 */
export function holdClearance(content: RedFlagContent): (flagId: string) => boolean {
  const clearable = new Set([
    SCREENING_URGENT_FLAG,
    ...content.flags.filter((f) => f.clearedBy.length > 0).map((f) => f.id),
  ]);
  return (flagId) => clearable.has(flagId);
}

/**
 * The holds on record for the gate: one per recorded safety event, plus the conversation memory's hold
 * when no event has its time (an urgent screening outcome, which the next health check can clear).
 * A clinician's lift ends every hold before it.
 */
export function safetyHoldsFrom(input: {
  readonly events: readonly { readonly flagId: string; readonly at: Date }[];
  readonly memoryHoldSince?: string;
  readonly clearable: (flagId: string) => boolean;
}): { holds: SafetyHold[]; liftedAt?: Date } {
  const lifts = input.events.filter((e) => e.flagId === HOLD_LIFTED_FLAG).map((e) => e.at.getTime());
  const holds: SafetyHold[] = input.events
    .filter((e) => e.flagId !== HOLD_LIFTED_FLAG)
    .map((e) => ({ at: new Date(e.at), clearable: input.clearable(e.flagId) }));
  const memoryAt = input.memoryHoldSince ? new Date(input.memoryHoldSince) : undefined;
  if (memoryAt && !Number.isNaN(memoryAt.getTime()) && !holds.some((h) => h.at.getTime() === memoryAt.getTime())) {
    holds.push({ at: memoryAt, clearable: true });
  }
  return { holds, ...(lifts.length > 0 ? { liftedAt: new Date(Math.max(...lifts)) } : {}) };
}
