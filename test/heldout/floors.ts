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
 * The thirty-sixth independent batch (2026-12-05, round 40; five new authors who read only the issue texts and the
 * article list: short, fast messages typed on a phone in a hurry or in panic, voice-to-text garble and slow messages
 * from people not at ease with computers; messages in about thirty other languages first (Spanish about a quarter, in
 * Mexican, Colombian, Argentine, Spain and Spanglish voices, then Portuguese, French, German, Italian, Polish, Arabic
 * and arabizi, Turkish, Hindi and Hinglish, Tagalog, Indonesian, Vietnamese, Chinese, Japanese, Korean, Russian,
 * Ukrainian, Romanian, Greek, Dutch, the Nordic languages, Hebrew, Persian, Swahili and Thai) and learners' English;
 * nurses, physios, carers, MLD therapists and receptionists writing about a client in clinical shorthand, parents of
 * disabled children, easy-read and autistic literal voices, Indian, Nigerian, Ghanaian, Scottish, Jamaican and Filipino
 * English; men who understate, dark humour, gym culture, medical tourists and BBL, lipo and tummy-tuck recovery groups,
 * Australian, New Zealand, South African, Texan, Boston, Cockney and Welsh voices; forum and social-media posts, long
 * backstories, pasted WhatsApp threads, pregnancy and chronic-illness communities, and real public questions), its
 * labels checked by one reviewer session per author (41 dropped, most of them translations or retellings of another
 * message in the same files; 4 moved, 15 set), curated before scoring by `npm run heldout:known` against main and the
 * round's tuner and lead worktrees (20 dropped; the authors had replaced about 1,000 drafts with it while writing),
 * scored, totals only, on the code before round 40 and after each of its steps (the tuners' and the lead's rules; batch
 * 35 joining training): safety 732 -> 732 -> 733/770 urgent found (clear emergencies 674 -> 674 -> 675/702), 45 -> 41
 * -> 40/760 false alarms; understanding 488 -> 488 -> 491/517 right or honest (right article 290 -> 298 -> 301; the
 * lead's rule alone 290 -> 297), 0/517 wrong at high confidence throughout, 251/255 out of scope declined throughout,
 * 199 -> 201 -> 201/229 hand-offs, 233/254 personal requests throughout. No failure read. The gate for the next round.
 */
/**
 * `wholeBotRecall`: through the whole bot (test/bot/red-flag-middleware.corpus.test.ts) a self-harm message counts only
 * when its reply names the crisis line. On batch 36 the whole bot answers 733/770 urgently in all five dialog states
 * (40/760 false alarms), the detector's own figures.
 */
const BATCH36_SAFETY_FLOORS = { recall: 733 / 770, wholeBotRecall: 733 / 770, falseAlarmsAtMost: 40 / 760 };
const BATCH36_UNDERSTANDING_FLOORS = {
  rightOrUnknown: 491 / 517,
  wrongHighConfidenceAtMost: 0 / 517,
  outOfScopeDeclined: 251 / 255,
  handoff: 201 / 229,
  personal: 233 / 254,
};

/** Every frozen held-out batch CI gates on (test/fixtures/heldout/), with its floors. */
export const GATES = [
  {
    batch: 'batch 36',
    safetyFile: 'safety-batch36.yaml',
    understandingFile: 'understanding-batch36.yaml',
    safety: BATCH36_SAFETY_FLOORS,
    understanding: BATCH36_UNDERSTANDING_FLOORS,
  },
];
