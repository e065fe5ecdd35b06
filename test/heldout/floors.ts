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
 * The thirty-second independent batch (2026-12-04, round 36; four new authors who read only the issue texts and the
 * article list: men who put off asking for help, rural voices, people living with long-term conditions writing long
 * stories with the point buried, Scottish, Welsh, Northern English, Irish and Australian voices; messages in about
 * thirty other languages first (Spanish most, arabizi and romanised Hindi among them) and learners' English;
 * clinicians in shorthand, spa staff on Slack and Teams about a client on the table, wellness trends, brides, gym
 * culture; health anxiety, grief, crisis told indirectly, pregnancy and the months after birth, cosmetic surgery abroad,
 * voice-to-text, Singaporean, Malaysian, Filipino, Indian, Pakistani, Ghanaian, Kenyan, Nigerian and South African
 * English), its labels checked by one reviewer session per author (29 dropped, 3 moved, 11 set), curated before scoring
 * by the lead's known-phrasing check against every known phrasing in main and the round's tuner worktrees (8 dropped;
 * the authors had replaced about 760 of their drafts with it while writing), scored, totals only, on the code before
 * round 36 and after each of its two steps (the tuners' rules; batch 31 joining training): safety 527 -> 527 -> 528/584
 * urgent found (clear emergencies 486 -> 486 -> 487/534), 28 -> 28 -> 28/596 false alarms; understanding 328/348 right
 * or honest throughout, 2/348 wrong at high confidence throughout, 190/198 out of scope declined throughout,
 * 159 -> 160 -> 160/179 hand-offs, 186/198 personal requests throughout. No failure read. The gate for the next round.
 */
/**
 * `wholeBotRecall`: through the whole bot (test/bot/red-flag-middleware.corpus.test.ts) a self-harm message counts only
 * when its reply names the crisis line. On batch 32 the whole bot answers 528/584 urgently in all five dialog states
 * (28/596 false alarms), the detector's own figures: every message labelled crisis that the detector answers urgently
 * names the crisis line (round 36's en36: another flag's advice gains the crisis line when self-harm is told beside it).
 */
const BATCH32_SAFETY_FLOORS = { recall: 528 / 584, wholeBotRecall: 528 / 584, falseAlarmsAtMost: 28 / 596 };
const BATCH32_UNDERSTANDING_FLOORS = {
  rightOrUnknown: 328 / 348,
  wrongHighConfidenceAtMost: 2 / 348,
  outOfScopeDeclined: 190 / 198,
  handoff: 160 / 179,
  personal: 186 / 198,
};

/** Every frozen held-out batch CI gates on (test/fixtures/heldout/), with its floors. */
export const GATES = [
  {
    batch: 'batch 32',
    safetyFile: 'safety-batch32.yaml',
    understandingFile: 'understanding-batch32.yaml',
    safety: BATCH32_SAFETY_FLOORS,
    understanding: BATCH32_UNDERSTANDING_FLOORS,
  },
];
