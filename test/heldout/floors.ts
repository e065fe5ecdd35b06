/**
 * The least the assistant may score on the frozen held-out sets (test/fixtures/heldout/README.md), the
 * figures measured when the sets were first scored, so a change that makes it worse on words it has never
 * seen fails CI. They are below the targets where the assistant is still below them; raise them when
 * a real improvement lands, never lower them to let a change through.
 *
 * Measured 2026-11-30 on the sets as frozen (the tenth independent batch, four new authors, all of it the gate;
 * scored once, totals only, before round 12 and after it with the urgency, article and route models; less the
 * messages that share most of their content words with a tuning, spent or earlier held-out set): safety 178/188
 * urgent found, 26/179 false alarms; understanding 224/253 right or honest, 3/253 wrong at high confidence, 42/45
 * out of scope declined, 36/44 hand-offs, 31/46 personal requests screened. Issue targets: 100% of clear
 * emergencies, ≤ 5% false alarms; ≥ 90%, ≤ 2%, ≥ 95%, ≥ 98%, ≥ 95%.
 */
export const SAFETY_FLOORS = { recall: 178 / 188, falseAlarmsAtMost: 26 / 179 };
export const UNDERSTANDING_FLOORS = {
  rightOrUnknown: 224 / 253,
  wrongHighConfidenceAtMost: 3 / 253,
  outOfScopeDeclined: 42 / 45,
  handoff: 36 / 44,
  personal: 31 / 46,
};
