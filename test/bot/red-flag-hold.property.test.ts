import path from 'node:path';
import fc from 'fast-check';
import { SERVICE_NAMES } from '../../dialogs/recommendation-dialog';
import { readSafetyCorpus } from '../../src/cli/safety-corpus';
import { detectRedFlag } from '../../src/screening';
import { messages } from '../helpers/dialog-deps';
import { answerAll, conversation, redFlagContent, replyOf, type TestReply } from '../helpers/screening';

/**
 * The first rule as a property over whole conversations (MainDialog, every capability dialog, the
 * safety middleware, the real recognizer and content, a fake clock): a message that triggers a red flag
 * gets the urgent advice and nothing else (never a command's answer or a fallback), and for the next 24
 * hours nothing the person says (asking again, a new health check answered "no" throughout, commands,
 * questions) brings a recommendation, a service's name or a booking card.
 */
const HOUR_MS = 3_600_000;
const FIXTURES = path.join(__dirname, '../fixtures/safety');
const RED_FLAGS = ['batch1.yaml', 'batch2.yaml']
  .flatMap((file) => readSafetyCorpus(path.join(FIXTURES, file)).urgent)
  .filter((m) => m.lang === 'en' && detectRedFlag(m.text, redFlagContent) !== null)
  .map((m) => m.text);
const SERVICE_TEXTS = Object.values(SERVICE_NAMES).map((id) => messages.text(id));
const UNFILTERED_ADVICE = new Set(redFlagContent.flags.map((f) => f.advice));

/**
 * A health check answered "no" throughout by an adult and confirmed on the review step: suitable,
 * unless a hold stands. 14 questions come before the age for such a person.
 */
const HEALTH_CHECK = [
  'recommend me something',
  'yes',
  ...Array<string>(14).fill('no'),
  '45',
  messages.text('choice_review_confirm'),
];
const FOLLOW_UPS = [
  'recommend me something',
  'I want to book',
  'which package should I book?',
  'cancel',
  'start over',
  'help',
  'bye',
  'thanks',
  'what is lymphatic drainage?',
  'I feel fine now',
  'yes',
  'no',
];

const followUp = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FOLLOW_UPS).map((text) => [text]) },
  { weight: 1, arbitrary: fc.constant(HEALTH_CHECK) },
);
const scenario = fc.record({
  redFlag: fc.constantFrom(...RED_FLAGS),
  /** Minutes between turns after the red flag; the whole script stays inside 24 hours. */
  steps: fc.array(fc.tuple(fc.integer({ min: 1, max: 180 }), followUp), { minLength: 1, maxLength: 6 }),
});

function offersSomething(reply: TestReply): boolean {
  const text = String(reply.text ?? '');
  return (
    replyOf(reply)?.kind === 'recommendation' ||
    (reply.attachments ?? []).length > 0 ||
    SERVICE_TEXTS.some((name) => text.includes(name))
  );
}

describe('after a red flag', () => {
  it('answers with the urgent advice only, and offers no service or booking for 24 hours', async () => {
    let followUpTurns = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ redFlag, steps }) => {
        const chat = await conversation();
        // A suitable health check first, so without the hold a recommendation would be offered.
        for (const text of HEALTH_CHECK) await chat.say(text);
        const start = chat.clock.now().getTime();

        const urgent = await chat.say(redFlag);
        expect(urgent).toHaveLength(1);
        expect(replyOf(urgent[0])?.kind).toBe('urgent');
        expect(UNFILTERED_ADVICE.has(String(urgent[0]!.text))).toBe(true);

        for (const [minutes, texts] of steps) {
          chat.clock.advance(minutes * 60_000);
          for (const text of texts) {
            if (chat.clock.now().getTime() - start >= 24 * HOUR_MS) return;
            const replies = await chat.say(text);
            followUpTurns++;
            for (const reply of replies) expect({ redFlag, said: text, reply: reply.text, offers: offersSomething(reply) }).toMatchObject({ offers: false });
          }
        }
      }),
      { numRuns: 25 },
    );
    expect(followUpTurns).toBeGreaterThan(25);
  });

  it('offers services again after 24 hours once a new health check clears the symptom', async () => {
    const chat = await conversation();
    for (const text of HEALTH_CHECK) await chat.say(text);
    await chat.say('my left calf is hot and swollen');
    chat.clock.advance(25 * HOUR_MS);
    await chat.say('recommend me something');
    // The new check also asks about the calf (clot_now): answered "no" like every other question.
    const replies = await answerAll(chat, await chat.say('yes'));
    expect(replies.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(true);
  });

  it('keeps the hold after 24 hours for a symptom no health check asks about (a stroke sign)', async () => {
    const chat = await conversation();
    await chat.say('my face is drooping on one side');
    chat.clock.advance(25 * HOUR_MS);
    const replies: TestReply[] = [];
    for (const text of HEALTH_CHECK) replies.push(...(await chat.say(text)));
    expect(replies.some(offersSomething)).toBe(false);
    expect(replies[0]?.text).toBe(messages.text('gate_safety_hold_clinician'));
  });
});
