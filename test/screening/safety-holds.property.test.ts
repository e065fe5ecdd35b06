import path from 'node:path';
import fc from 'fast-check';
import { readSafetyCorpus } from '../../src/cli/safety-corpus';
import { detectRedFlag } from '../../src/screening';
import { messages } from '../helpers/dialog-deps';
import {
  answerAll,
  conversation,
  redFlagContent,
  replyOf,
  screeningQuestion,
  type TestConversation,
  type TestReply,
  SERVICE_TEXTS,
} from '../helpers/screening';

/**
 * The first rule as a property over whole conversations (MainDialog, every capability dialog, the
 * safety middleware, the real recognizer and content, a fake clock): a message that triggers a red flag
 * gets the urgent advice and nothing else (never a command's answer or a fallback), and for the next 24
 * hours nothing the person says (asking again, a new health check answered "no" throughout, commands,
 * questions) brings a recommendation, a service's name or a booking card.
 */
const HOUR_MS = 3_600_000;
const FIXTURES = path.join(__dirname, '../../knowledge/urgency-examples');
const RED_FLAGS = ['batch1.yaml', 'batch2.yaml']
  .flatMap((file) => readSafetyCorpus(path.join(FIXTURES, file)).urgent)
  .filter((m) => m.lang === 'en' && detectRedFlag(m.text, redFlagContent) !== null)
  .map((m) => m.text);
const UNFILTERED_ADVICE = new Set(redFlagContent.flags.map((f) => f.advice));

/** The label of one option of a choice question, as the person would tap it. */
function optionLabel(questionId: string, optionId: string): string {
  const question = screeningQuestion(questionId);
  if (question.type !== 'choice') throw new Error(`${questionId} is no longer a choice`);
  const option = question.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`${questionId} has no option "${optionId}"`);
  return option.label;
}
/** A health check answered by a healthy adult: none of the urgent signs, face and body, "no" to the rest. */
const HEALTH_CHECK_ANSWERS = {
  red_flag_symptoms: optionLabel('red_flag_symptoms', 'none'),
  treatment_area: optionLabel('treatment_area', 'all'),
};
const HEALTH_CHECK = 'HEALTH_CHECK';

/**
 * Asks for a recommendation, agrees to the health check and answers it (confirming the review) as
 * HEALTH_CHECK_ANSWERS say: suitable, unless a hold stands. Returns every reply of every turn.
 */
async function healthCheck(chat: TestConversation): Promise<TestReply[]> {
  const all: TestReply[] = [];
  const say = async (text: string) => {
    const replies = await chat.say(text);
    all.push(...replies);
    return replies;
  };
  await say('recommend me something');
  await answerAll({ ...chat, say }, await say('yes'), HEALTH_CHECK_ANSWERS);
  return all;
}
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
  { weight: 1, arbitrary: fc.constant([HEALTH_CHECK]) },
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
        expect((await healthCheck(chat)).some((r) => replyOf(r)?.kind === 'recommendation')).toBe(true);
        const start = chat.clock.now().getTime();

        const urgent = await chat.say(redFlag);
        expect(urgent).toHaveLength(1);
        expect(replyOf(urgent[0])?.kind).toBe('urgent');
        expect(UNFILTERED_ADVICE.has(String(urgent[0]!.text))).toBe(true);

        for (const [minutes, texts] of steps) {
          chat.clock.advance(minutes * 60_000);
          for (const text of texts) {
            if (chat.clock.now().getTime() - start >= 24 * HOUR_MS) return;
            const replies = text === HEALTH_CHECK ? await healthCheck(chat) : await chat.say(text);
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
    expect((await healthCheck(chat)).some((r) => replyOf(r)?.kind === 'recommendation')).toBe(true);
    const urgent = await chat.say('my left calf is hot and swollen');
    expect(replyOf(urgent[0])?.kind).toBe('urgent');
    chat.clock.advance(25 * HOUR_MS);
    expect((await healthCheck(chat)).some((r) => replyOf(r)?.kind === 'recommendation')).toBe(true);
  });

  it('keeps the hold after 24 hours for a symptom no health check asks about (a stroke sign)', async () => {
    const chat = await conversation();
    await chat.say('my face is drooping on one side');
    chat.clock.advance(25 * HOUR_MS);
    const replies = await healthCheck(chat);
    expect(replies.some(offersSomething)).toBe(false);
    expect(replies[0]?.text).toBe(messages.text('gate_safety_hold_clinician'));
  });
});
