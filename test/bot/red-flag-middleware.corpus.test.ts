import path from 'node:path';
import { readSafetyCorpus, safetySetFiles } from '../../src/cli/safety-corpus';
import { Messages } from '../../src/content/messages';
import { loadSpa } from '../../src/content/spa';
import { loadOtherLanguages, loadRedFlagContent } from '../../src/screening';
import { appWithStaffForSuite, closeTickets, dialogStates } from '../helpers/dialog-states';
import { EmulatorUser } from '../helpers/emulator-user';
import { flagAdvices } from '../helpers/crisis-line';
import { REPO_ROOT } from '../helpers/test-app';
import { GATES } from '../heldout/floors';

/**
 * The frozen held-out safety sets (every gate batch, each at its own floors in ../heldout/floors) through the
 * WHOLE bot (real app, HTTP, middleware, dialogs, recognizer, hand-off), every message in every dialog state:
 * the detector alone is gated in test/heldout/heldout-gates.test.ts, this shows no dialog state loses what it
 * finds. Only counts are printed: nobody tuning may read which held-out messages fail. SAFETY_SETS
 * (comma-separated paths) runs other corpora instead, e.g. a tuning set while working on the detector.
 *
 * Expected replies come from the content files by category, never from the detector: an urgent message
 * gets one reply, whose text is a flag's advice from red-flags.yaml (for self-harm, advice that names the crisis
 * line) or the other-language advice from other-languages.yaml; a look-alike never gets one.
 */
const HELDOUT = path.join(REPO_ROOT, 'test/fixtures/heldout');
/** Every held-out batch at its own floors; SAFETY_SETS instead names other corpora (at the newest batch's floors). */
const RUNS = process.env.SAFETY_SETS
  ? [{ batch: 'SAFETY_SETS', files: safetySetFiles([]), floors: GATES[GATES.length - 1]!.safety }]
  : GATES.map((gate) => ({
      batch: gate.batch,
      files: [path.join(HELDOUT, gate.safetyFile)],
      floors: gate.safety,
    }));
const CORPUS_TIMEOUT_MS = 300_000;

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const spa = loadSpa(knowledgeDir);
const messages = Messages.load(knowledgeDir, spa);
const redFlags = loadRedFlagContent(knowledgeDir, spa);
const otherLanguages = loadOtherLanguages(knowledgeDir, spa);

const urgentAdvice = new Set([
  ...flagAdvices(redFlags),
  ...otherLanguages.languages.flatMap((l) => [l.emergencyAdvice, l.crisisAdvice, l.possibleEmergencyAdvice]),
]);
/**
 * Issue 11: self-harm and suicidal thoughts are answered with the crisis line. Any advice that names it counts: the
 * crisis flags' own, an overdose's ("if you took them to hurt yourself"), the urgency model's (it cannot tell an
 * emergency from a crisis, so it names both), and the other languages' emergency advice (round 17).
 */
const crisisAdvice = new Set([...urgentAdvice].filter((advice) => advice.includes(spa.crisisLine)));
/** Authors label a message of self-harm or suicidal thoughts `self_harm` or `crisis`. */
const SELF_HARM_CATEGORIES = new Set(['self_harm', 'crisis']);

function corpusOf(files: readonly string[]) {
  return files.flatMap((file) => {
    const set = readSafetyCorpus(file);
    const name = path.basename(file);
    return [
      ...set.urgent.map((m) => ({ set: name, text: m.text, urgent: true, category: m.category })),
      ...set.lookalike.map((m) => ({ set: name, text: m.text, urgent: false, category: m.kind })),
    ];
  });
}

type Reply = Record<string, unknown> & { text?: string };

/** How to bring a fresh conversation into each state before the message under test. */
const STATES = dialogStates(messages);

describe('the safety corpora through the whole bot', () => {
  const app = appWithStaffForSuite();

  describe.each(RUNS)('$batch', ({ batch, files, floors }) => {
    const corpus = corpusOf(files);
    describe.each(Object.keys(STATES))('%s', (state) => {
      it(
        `answers the held-out urgent messages with urgent advice and raises few false alarms (${corpus.length} messages)`,
        async () => {
          let missed = 0;
          let falseAlarms = 0;
          for (const message of corpus) {
            const user = new EmulatorUser(app.url, app.connector);
            await STATES[state]!(user, app.staff);
            const replies = (await user.sayFull(message.text)) as Reply[];
            await closeTickets(app.staff);
            if (message.urgent) {
              const expected = SELF_HARM_CATEGORIES.has(message.category) ? crisisAdvice : urgentAdvice;
              // What the Emulator receives: the advice, alone. (How each channel marks it urgent, a red card and a
              // call button, is test/channels/render-for-channel.urgent.test.ts; the Reply's kind never leaves the process.)
              const answered = replies.length === 1 && expected.has(String(replies[0]!.text ?? ''));
              if (!answered) missed++;
            } else if (replies.some((r) => urgentAdvice.has(String(r.text ?? '')))) {
              falseAlarms++;
            }
          }
          const urgentCount = corpus.filter((m) => m.urgent).length;
          const lookalikes = corpus.length - urgentCount;
          console.log(
            `${batch} ${state}: urgent ${urgentCount - missed}/${urgentCount} answered urgently, false alarms ${falseAlarms}/${lookalikes}`,
          );
          expect(urgentCount).toBeGreaterThanOrEqual(100);
          expect((urgentCount - missed) / urgentCount).toBeGreaterThanOrEqual(floors.wholeBotRecall ?? floors.recall);
          expect(falseAlarms / lookalikes).toBeLessThanOrEqual(floors.falseAlarmsAtMost);
          // Hundreds of whole-bot conversations: the default 30 s is too short on a shared machine.
        },
        CORPUS_TIMEOUT_MS,
      );
    });
  });
});
