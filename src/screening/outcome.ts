/**
 * Screening outcomes, most cautious first. The order is the product's safety policy:
 * - urgent: possible emergency; nothing else matters until a doctor has seen the person.
 * - not_now: a contraindication today; no booking even with a note, so it outranks the rest.
 * - refer_specialist: changes who may treat (a certified lymphedema therapist only), which is a
 *   stronger restriction than a clearance that keeps the spa's standard services open.
 * - needs_clearance: standard services are possible once the named clinician agrees.
 * - suitable: no rule fired.
 */
export const OUTCOMES = ['urgent', 'not_now', 'refer_specialist', 'needs_clearance', 'suitable'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Higher means more cautious: urgent is 4, suitable is 0. */
export function severity(outcome: Outcome): number {
  return OUTCOMES.length - 1 - OUTCOMES.indexOf(outcome);
}

/** The more cautious of two outcomes. */
export function mostCautious(a: Outcome, b: Outcome): Outcome {
  return severity(a) >= severity(b) ? a : b;
}

/** Outcomes after which no service may be offered at all. */
export const NO_SERVICE_OUTCOMES: ReadonlySet<Outcome> = new Set(['urgent', 'not_now']);

/** Outcomes after which the recommendation gate may offer services. */
export const RECOMMENDABLE_OUTCOMES: ReadonlySet<Outcome> = new Set(['needs_clearance', 'suitable']);
