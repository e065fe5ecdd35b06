import { type Outcome, RECOMMENDABLE_OUTCOMES } from './outcome';
import type { ServiceId } from './service-ids';

const DAY_MS = 86_400_000;

export interface GateInput {
  /** The person's latest completed screening, if any. */
  readonly screening?: {
    readonly outcome: Outcome;
    readonly completedAt: Date;
    readonly allowedServices: readonly ServiceId[];
  };
  /** Set when a red flag or an urgent answer was seen; only a screening completed after it clears it. */
  readonly safetyHoldSince?: Date;
  readonly now: Date;
  /** How long a screening stays valid (config SCREENING_VALID_DAYS). */
  readonly validDays: number;
}

export type GateDecision =
  | { readonly allowed: true; readonly allowedServices: readonly ServiceId[] }
  | {
      readonly allowed: false;
      readonly reason: 'no_screening' | 'expired' | 'outcome_disallows' | 'safety_hold';
    };

/**
 * Whether the assistant may recommend or offer bookable services now. No recommendation before
 * screening: only a suitable or needs_clearance outcome, completed within `validDays`, and not
 * before the latest safety hold. A clearance outcome whose rules leave no service in common
 * (allowedServices empty) is treated as disallowing, so the person is handed to a human instead.
 *
 * Checks run in order of what the person should hear first: a safety hold outranks everything.
 */
export function checkRecommendationGate(input: GateInput): GateDecision {
  const { screening, safetyHoldSince, now, validDays } = input;
  if (safetyHoldSince && (!screening || screening.completedAt.getTime() <= safetyHoldSince.getTime())) {
    return { allowed: false, reason: 'safety_hold' };
  }
  if (!screening) return { allowed: false, reason: 'no_screening' };
  const ageMs = now.getTime() - screening.completedAt.getTime();
  // A screening dated in the future (clock skew, bad data) is not trusted either.
  if (ageMs < 0 || ageMs > validDays * DAY_MS) return { allowed: false, reason: 'expired' };
  if (!RECOMMENDABLE_OUTCOMES.has(screening.outcome) || screening.allowedServices.length === 0) {
    return { allowed: false, reason: 'outcome_disallows' };
  }
  return { allowed: true, allowedServices: [...screening.allowedServices] };
}
