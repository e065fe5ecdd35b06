/**
 * The least the assistant may score on the frozen held-out sets (test/fixtures/heldout/README.md), the
 * figures measured when the sets were first scored, so a change that makes it worse on words it has never
 * seen fails CI. They are below the targets where the assistant is still below them; raise them when
 * a real improvement lands, never lower them to let a change through.
 *
 * Measured 2026-11-30 on the sets as frozen (the fourth independent batches, scored once after the round-4
 * fixes they measure, less the messages that also appear in a tuning or spent set): safety 108/127 urgent
 * found, 15/129 false alarms; understanding 56/68 right or honest, 1/68 wrong at high confidence, 40/40 out
 * of scope declined, 30/34 hand-offs, 22/25 personal requests screened. Issue targets: 100% of clear emergencies, ≤ 5% false alarms; ≥ 90%, ≤ 2%, ≥ 95%,
 * ≥ 98%, ≥ 95%.
 */
export const SAFETY_FLOORS = { recall: 108 / 127, falseAlarmsAtMost: 15 / 129 };
export const UNDERSTANDING_FLOORS = {
  rightOrUnknown: 56 / 68,
  wrongHighConfidenceAtMost: 1 / 68,
  outOfScopeDeclined: 40 / 40,
  handoff: 30 / 34,
  personal: 22 / 25,
};
