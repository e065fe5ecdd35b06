import { type Outcome, RECOMMENDABLE_OUTCOMES } from './outcome';
import type { ServiceId } from './service-ids';

const DAY_MS = 86_400_000;
/** After a red flag or an urgent outcome nothing is suggested for this long, whatever the person answers. */
export const SAFETY_HOLD_MS = DAY_MS;

/** One safety hold: a red flag or an urgent screening outcome, and whether a new health check can clear it. */
export interface SafetyHold {
  readonly at: Date;
  /**
   * True when a health check asks about this very symptom (the flag's `clearedBy` questions in
   * red-flags.yaml): a later, recommendable screening then means the answers cleared it. False: only a
   * clinician lifts it.
   */
  readonly clearable: boolean;
}

export interface GateInput {
  /** The person's latest completed screening, if any. */
  readonly screening?: {
    readonly outcome: Outcome;
    readonly completedAt: Date;
    readonly allowedServices: readonly ServiceId[];
  };
  /** Every hold still on record (red flags, urgent outcomes). */
  readonly safetyHolds?: readonly SafetyHold[];
  /** When a clinician last lifted the holds from the staff console: holds before it no longer count. */
  readonly holdsLiftedAt?: Date;
  readonly now: Date;
  /** How long a screening stays valid (config SCREENING_VALID_DAYS). */
  readonly validDays: number;
}

export type GateDecision =
  | { readonly allowed: true; readonly allowedServices: readonly ServiceId[] }
  | {
      readonly allowed: false;
      readonly reason:
        | 'no_screening'
        | 'expired'
        | 'outcome_disallows'
        | 'safety_hold'
        | 'safety_hold_recent'
        | 'safety_hold_clinician';
    };

/**
 * Whether the assistant may recommend or offer bookable services now. No recommendation before
 * screening: only a suitable or needs_clearance outcome, completed within `validDays`, and never while a
 * safety hold stands. A hold stands for 24 hours whatever happens (`safety_hold_recent`); after that
 * until a screening completed after it clears it (only when the hold is clearable) or a clinician lifts
 * it. A clearance outcome whose rules leave no service in common (allowedServices empty) is treated as
 * disallowing, so the person is handed to a human instead.
 *
 * Checks run in order of what the person should hear first: a safety hold outranks everything.
 */
export function checkRecommendationGate(input: GateInput): GateDecision {
  const { screening, now, validDays } = input;
  const holds = (input.safetyHolds ?? []).filter(
    (hold) => !input.holdsLiftedAt || hold.at.getTime() > input.holdsLiftedAt.getTime(),
  );
  if (holds.some((hold) => now.getTime() - hold.at.getTime() < SAFETY_HOLD_MS)) {
    return { allowed: false, reason: 'safety_hold_recent' };
  }
  const cleared = (hold: SafetyHold) =>
    hold.clearable && screening !== undefined && screening.completedAt.getTime() > hold.at.getTime();
  if (holds.some((hold) => !hold.clearable)) return { allowed: false, reason: 'safety_hold_clinician' };
  if (holds.some((hold) => !cleared(hold))) return { allowed: false, reason: 'safety_hold' };
  if (!screening) return { allowed: false, reason: 'no_screening' };
  const ageMs = now.getTime() - screening.completedAt.getTime();
  // A screening dated in the future (clock skew, bad data) is not trusted either.
  if (ageMs < 0 || ageMs > validDays * DAY_MS) return { allowed: false, reason: 'expired' };
  if (!RECOMMENDABLE_OUTCOMES.has(screening.outcome) || screening.allowedServices.length === 0) {
    return { allowed: false, reason: 'outcome_disallows' };
  }
  return { allowed: true, allowedServices: [...screening.allowedServices] };
}
