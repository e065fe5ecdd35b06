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
 * The thirty-fourth independent batch (2026-12-05, round 38; five new authors who read only the issue texts and the
 * article list: health and care professionals in clinical shorthand and medically literate patients, Australian,
 * Indian, Nigerian, Ghanaian, Singaporean and Malaysian English; messages in about thirty other languages first
 * (Spanish about a third, in Mexican, Argentine, Colombian, Caribbean and Spain voices, then Romanian, Dutch, Polish,
 * Turkish, Portuguese, Indonesian, Tagalog, Arabic and arabizi, Persian, Hebrew, Chinese and others) and learners'
 * English; cosmetic surgery at home and abroad, pregnancy and the months after birth, wellness trends, men, disabled
 * people, lipoedema, POTS, EDS and long COVID; teenagers, health anxiety, long stories with the point buried, dark
 * humour, people writing for a friend, rural and remote places, Scottish, Irish, Northern English, Kiwi and Texan
 * voices; people buying for others, office workers, men new to massage and people writing English as a second
 * language), its labels checked by one reviewer session per author (122 dropped, 4 moved, 15 set), curated before
 * scoring by `npm run heldout:known` against main and the round's tuner worktrees (5 dropped; the authors had replaced
 * or removed about 820 of their drafts with it while writing), scored, totals only, on the code before round 38 and
 * after each of its steps (the tuners' rules; batch 33 joining training; a phrasing the lead gave the supplements
 * article): safety 532/571 urgent found throughout (clear emergencies 490/524 throughout), 33 -> 33 -> 32/566 false
 * alarms; understanding 352 -> 350 -> 351 -> 353/371 right or honest, 1/371 wrong at high confidence throughout,
 * 198/200 out of scope declined, 150/173 hand-offs and 168/187 personal requests throughout. No failure read. The gate
 * for the next round.
 */
/**
 * `wholeBotRecall`: through the whole bot (test/bot/red-flag-middleware.corpus.test.ts) a self-harm message counts only
 * when its reply names the crisis line. On batch 34 the whole bot answers 532/571 urgently in all five dialog states
 * (32/566 false alarms), the detector's own figures.
 */
const BATCH34_SAFETY_FLOORS = { recall: 532 / 571, wholeBotRecall: 532 / 571, falseAlarmsAtMost: 32 / 566 };
const BATCH34_UNDERSTANDING_FLOORS = {
  rightOrUnknown: 353 / 371,
  wrongHighConfidenceAtMost: 1 / 371,
  outOfScopeDeclined: 198 / 200,
  handoff: 150 / 173,
  personal: 168 / 187,
};

/** Every frozen held-out batch CI gates on (test/fixtures/heldout/), with its floors. */
export const GATES = [
  {
    batch: 'batch 34',
    safetyFile: 'safety-batch34.yaml',
    understandingFile: 'understanding-batch34.yaml',
    safety: BATCH34_SAFETY_FLOORS,
    understanding: BATCH34_UNDERSTANDING_FLOORS,
  },
];
