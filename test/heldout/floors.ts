/**
 * The least the assistant may score on the frozen held-out sets (test/fixtures/heldout/README.md), the
 * figures measured when the sets were first scored, so a change that makes it worse on words it has never
 * seen fails CI. They are below the targets where the assistant is still below them; raise them when
 * a real improvement lands, never lower them to let a change through. Issue targets: 100% of clear emergencies,
 * <= 5% false alarms; understanding >= 90% right or honest, <= 2% wrong at high confidence, >= 95% out of scope
 * declined, >= 98% hand-offs, >= 95% personal requests screened.
 * Earlier gates and the floors they had are in docs/heldout-history.md ("Floors of earlier gates").
 */
/**
 * The thirty-fifth independent batch (2026-12-05, round 39; five new authors who read only the issue texts and the
 * article list: older people and their carers, voice-to-text dictation, hard of hearing and low vision, very long
 * rambling messages, American Southern and Midwestern, Canadian, Welsh, South African and Irish English; messages in
 * about thirty other languages first (Spanish about a third, in Mexican, Peruvian, Chilean, Venezuelan, Spain and US
 * voices, then Portuguese, Italian, German, French, Russian, Ukrainian, Vietnamese, Korean, Japanese, Chinese,
 * Hindi and Urdu, Bengali, Swahili, Greek, Czech, Hungarian, Thai, Persian, Turkish, Dutch, Swedish, Romanian) and
 * learners' English; athletes, manual and shift workers, cancer survivors, people with heart failure, kidney disease
 * or diabetes or on many medicines, new parents and late pregnancy; teenagers texting, sarcasm, gamers, minimisers,
 * someone typing while helping another, festivals, students far from home, Irish, Caribbean, Liverpool, Geordie,
 * Australian and Singlish voices; and the spa's own world: receptionists and therapists writing about a client in
 * front of them, owners, hotel guests and tourists, corporate days, booking mixed with a symptom, pasted emails, ESL
 * writers), its labels checked by reviewer sessions (one per author, one for two; 129 dropped, 13 moved, 14 set),
 * curated before scoring by `npm run heldout:known` against main and the round's tuner and lead worktrees (20 dropped),
 * scored, totals only, on the code before round 39 and after each of its steps (the tuners' and the lead's rules;
 * batch 34 joining training): safety 683 -> 683 -> 686/716 urgent found (clear emergencies 639 -> 639 -> 642/664),
 * 34 -> 33 -> 33/715 false alarms; understanding 481 -> 481 -> 483/514 right or honest, 4/514 wrong at high confidence
 * throughout, 247/254 out of scope declined throughout, 187 -> 195 -> 195/213 hand-offs (the gain all the lead's
 * other-language rule: the tuners' rules alone left it at 187), 211 -> 212 -> 212/223 personal requests. No failure
 * read. The gate for the next round.
 */
/**
 * `wholeBotRecall`: through the whole bot (test/bot/red-flag-middleware.corpus.test.ts) a self-harm message counts only
 * when its reply names the crisis line. On batch 35 the whole bot answers 685/716 urgently in all five dialog states
 * (33/715 false alarms): one urgent message the detector finds gets advice without the crisis line its self-harm label
 * asks for (not read: the message is the gate's).
 */
const BATCH35_SAFETY_FLOORS = { recall: 686 / 716, wholeBotRecall: 685 / 716, falseAlarmsAtMost: 33 / 715 };
const BATCH35_UNDERSTANDING_FLOORS = {
  rightOrUnknown: 483 / 514,
  wrongHighConfidenceAtMost: 4 / 514,
  outOfScopeDeclined: 247 / 254,
  handoff: 195 / 213,
  personal: 212 / 223,
};

/** Every frozen held-out batch CI gates on (test/fixtures/heldout/), with its floors. */
export const GATES = [
  {
    batch: 'batch 35',
    safetyFile: 'safety-batch35.yaml',
    understandingFile: 'understanding-batch35.yaml',
    safety: BATCH35_SAFETY_FLOORS,
    understanding: BATCH35_UNDERSTANDING_FLOORS,
  },
];
