import { InProcessTurnLock } from '../../src/storage/turn-lock';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { messages } from '../helpers/dialog-deps';
import { screeningContent, screeningQuestion, withoutProgress } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';

const PAIRS = 100;
const clotNow = screeningQuestion('clot_now').text;
const questionTexts = new Set(screeningContent.questions.map((q) => q.text));
/**
 * From "recommend me something" to the clot question: consent, no emergency signs, the whole body, and
 * "yes" to the grouped question that opens it.
 */
const TO_CLOT_QUESTION = [
  'recommend me something',
  'yes',
  optionLabel('red_flag_symptoms', 'none'),
  optionLabel('treatment_area', 'all'),
  'yes',
];

function optionLabel(questionId: string, optionId: string): string {
  const question = screeningQuestion(questionId);
  if (question.type !== 'choice') throw new Error(`${questionId} is not a choice question`);
  return question.options.find((option) => option.id === optionId)!.label;
}
/** A pair of answers taken in turn gives what one of the two orders gives when sent one after the other. */
const sorted = (texts: readonly string[]) => [...texts].map(withoutProgress).sort();

describe('two answers to the same question at the same instant', () => {
  const connector = new LocalConnector();
  let running: RunningApp;

  beforeAll(async () => {
    await connector.start();
    running = await startTestApp();
  });
  afterAll(async () => {
    await running.close();
    await connector.stop();
  });

  /** A conversation waiting at "Do you have a blood clot now?". */
  async function atClotQuestion(): Promise<EmulatorUser> {
    const user = new EmulatorUser(running.url, connector);
    let last: string[] = [];
    for (const text of TO_CLOT_QUESTION) last = await user.say(text);
    expect(last.map(withoutProgress)).toEqual([clotNow]);
    return user;
  }

  /** What the bot asks after the clot question when the two answers come one after the other. */
  async function oneAfterTheOther(first: string, second: string): Promise<string[]> {
    const user = await atClotQuestion();
    return [...(await user.say(first)), ...(await user.say(second))];
  }

  async function answerTogether(user: EmulatorUser, first: string, second: string): Promise<string[]> {
    const before = connector.messagesTo(user.conversationId).length;
    await Promise.all([user.say(first), user.say(second)]);
    return connector
      .messagesTo(user.conversationId)
      .slice(before)
      .map((activity) => String(activity.text ?? ''));
  }

  it(`takes both in turn in ${PAIRS} of ${PAIRS} pairs: the next two questions, none repeated`, async () => {
    const inOrder = [sorted(await oneAfterTheOther('yes', 'no')), sorted(await oneAfterTheOther('no', 'yes'))];
    for (const replies of inOrder) {
      expect(replies).toHaveLength(2);
      // Each is the next question or the review before the result; never the clot question again.
      for (const text of replies)
        expect((questionTexts.has(text) || text.startsWith(messages.text('screening_review_intro'))) && text !== clotNow).toBe(true);
    }
    const seen: string[][] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const user = await atClotQuestion();
      seen.push(sorted(await answerTogether(user, 'yes', 'no')));
    }
    // One answer went to the clot question, the other to the question that followed it: never lost, never asked twice.
    const lostOrRepeated = seen.filter((replies) => !inOrder.some((order) => JSON.stringify(order) === JSON.stringify(replies)));
    expect(lostOrRepeated).toEqual([]);
  }, 240_000);

  it('keeps the "yes" that arrived with a "no": the outcome is not "You can book a session"', async () => {
    const user = await atClotQuestion();
    const together = await answerTogether(user, 'yes', 'no');
    let last = withoutProgress(together.at(-1) ?? '');
    let end: string[] = [];
    for (let turn = 0; turn < 40; turn++) {
      if (last.startsWith(messages.text('screening_review_intro'))) {
        end = await user.say(messages.text('choice_review_confirm'));
      } else {
        const asked = screeningContent.questions.find((q) => q.text === last);
        if (!asked) break;
        end = await user.say(asked.type === 'number' ? '52' : 'no');
      }
      last = withoutProgress(end.at(-1) ?? '');
    }
    const said = end.join('\n');
    expect(said).not.toContain(screeningContent.outcomes.suitable.title);
    expect(said).toContain(screeningContent.outcomes.not_now.title);
  }, 60_000);
});

describe('two answers at the same instant through the web chat (Direct Line)', () => {
  const WEB_PAIRS = 20;
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(() => running.close());

  async function webChatAtClotQuestion() {
    const session = (await (
      await fetch(`${running.url}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    ).json()) as { token: string; conversationId: string; userId: string };
    const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
    const base = `${running.url}/v3/directline/conversations/${session.conversationId}`;
    await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers, body: '{}' });
    const say = (text: string) =>
      fetch(`${base}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'message', from: { id: session.userId }, text }),
      });
    const botTexts = async () => {
      const page = (await (await fetch(`${base}/activities`, { headers })).json()) as {
        activities: Array<{
          type: string;
          text?: string;
          from: { role?: string };
          attachments?: Array<{ content?: { body?: Array<{ text?: string }> } }>;
        }>;
      };
      // A reply with choices arrives as an Adaptive Card: its words are the card's first text block.
      return page.activities
        .filter((a) => a.type === 'message' && a.from.role === 'bot')
        .map((a) =>
          withoutProgress(
            a.text || (a.attachments?.[0]?.content?.body ?? []).map((block) => block.text ?? '').filter(Boolean).join('\n\n'),
          ),
        );
    };
    for (const text of TO_CLOT_QUESTION) await say(text);
    return { say, botTexts };
  }

  it(`takes both in turn in ${WEB_PAIRS} of ${WEB_PAIRS} pairs`, async () => {
    const inOrder: string[][] = [];
    for (const [first, second] of [['yes', 'no'], ['no', 'yes']] as const) {
      const chat = await webChatAtClotQuestion();
      const before = (await chat.botTexts()).length;
      await chat.say(first);
      await chat.say(second);
      inOrder.push(sorted((await chat.botTexts()).slice(before)));
    }
    const seen: string[][] = [];
    for (let pair = 0; pair < WEB_PAIRS; pair++) {
      const chat = await webChatAtClotQuestion();
      const before = (await chat.botTexts()).length;
      expect((await chat.botTexts()).at(-1)).toBe(clotNow);
      await Promise.all([chat.say('yes'), chat.say('no')]);
      seen.push(sorted((await chat.botTexts()).slice(before)));
    }
    const lostOrRepeated = seen.filter((replies) => !inOrder.some((order) => JSON.stringify(order) === JSON.stringify(replies)));
    expect(lostOrRepeated).toEqual([]);
  }, 120_000);
});

describe('the per-conversation turn queue', () => {
  it('runs one conversation’s turns one at a time in call order, others alongside', async () => {
    const lock = new InProcessTurnLock();
    const log: string[] = [];
    const releases: Array<() => void> = [];
    const turn = (name: string) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        releases.push(() => {
          log.push(`end ${name}`);
          resolve(name);
        });
      });
    const a1 = lock.runExclusive('a', turn('a1'));
    const a2 = lock.runExclusive('a', turn('a2'));
    const b1 = lock.runExclusive('b', turn('b1'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a1', 'start b1']);
    releases.shift()!();
    await expect(a1).resolves.toBe('a1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a1', 'start b1', 'end a1', 'start a2']);
    releases.shift()!();
    releases.shift()!();
    await expect(Promise.all([b1, a2])).resolves.toEqual(['b1', 'a2']);
    expect(lock.pending()).toBe(0);
  });

  it('lets the next turn run after one that failed', async () => {
    const lock = new InProcessTurnLock();
    const failed = lock.runExclusive('a', async () => {
      throw new Error('turn failed');
    });
    const next = lock.runExclusive('a', async () => 'ran');
    await expect(failed).rejects.toThrow('turn failed');
    await expect(next).resolves.toBe('ran');
  });
});
