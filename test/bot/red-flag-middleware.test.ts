import path from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { createMemoryAccessor } from '../../src/conversation/conversation-memory';
import { RedFlagMiddleware } from '../../src/bot/red-flag-middleware';
import { FixedClock } from '../../src/clock';
import { detectRedFlag } from '../../src/screening';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { channelRendering, messages, spa } from '../helpers/dialog-deps';
import { readSafetyCorpus } from '../../src/cli/safety-corpus';
import {
  answerAll,
  conversation,
  FIRST_QUESTION,
  redFlagContent,
  replyOf,
  safetyContent,
  screeningContent,
  screeningQuestion,
  texts,
} from '../helpers/screening';
import { TEST_NOW } from '../helpers/test-app';

const legacy = readSafetyCorpus(path.join(__dirname, '../../knowledge/urgency-examples/legacy.yaml'));
const fixture = { urgent: legacy.urgent, not_urgent: legacy.lookalike.map((l) => l.text) };
/** A flag's advice as red-flags.yaml words it (spa numbers filled in), by flag id: never from the detector. */
const advice = (flagId: string) => {
  const flag = redFlagContent.flags.find((f) => f.id === flagId);
  if (!flag) throw new Error(`no red flag ${flagId} in red-flags.yaml`);
  return flag.advice;
};

const CALF = 'my left calf is really swollen and hot, and it hurts when I walk';
const BURIED = fixture.urgent.find((u) => u.text.startsWith('So I booked the 90 min'))!.text;

describe('red flags at every turn', () => {
  it('answers a red flag in the middle of the health check with the urgent advice only', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    await chat.say('no');
    const replies = await chat.say(CALF);
    expect(texts(replies)).toEqual([advice('blood_clot_limb')]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
  });

  it('finds a red flag buried in a long message', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    const replies = await chat.say(BURIED);
    expect(texts(replies)).toEqual([advice('blood_clot_limb')]);
  });

  it.each(
    fixture.not_urgent.filter((text) =>
      ['chest day', 'hot yoga', 'never had a blood clot', 'no chest pain', 'calves are sore'].some((p) =>
        text.includes(p),
      ),
    ),
  )('lets a look-alike through to the dialog: "%s"', async (text) => {
    const chat = await conversation();
    const replies = await chat.say(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => replyOf(r)?.kind === 'urgent')).toBe(false);
    expect(await chat.safetyHoldSince()).toBeUndefined();
  });

  it('never fires on an answer button', async () => {
    // The emergency-signs question's options name the emergencies themselves: pressing one is a red flag
    // (the next test), so they are left out here.
    const labels = screeningContent.questions.flatMap((q) =>
      q.type === 'choice' && q.id !== 'red_flag_symptoms' ? q.options.map((o) => o.label) : [],
    );
    const answers = ['choice_yes', 'choice_no', 'choice_not_sure'] as const;
    for (const text of [...labels, ...answers.map((id) => messages.text(id))]) {
      expect(detectRedFlag(text, redFlagContent)).toBeNull();
    }
  });

  it('gives urgent advice when an emergency sign is pressed in the health check, whoever answers it', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    const signs = screeningQuestion('red_flag_symptoms');
    const chest = signs.type === 'choice' ? signs.options.find((o) => o.id === 'chest')!.label : '';
    const replies = await chat.say(chest);
    expect(replies.map((r) => replyOf(r)?.kind)).toContain('urgent');
    expect(await chat.safetyHoldSince()).toBe(TEST_NOW.toISOString());
  });

  it('sets the safety hold and records a safety event with the flag and time, never the message', async () => {
    const chat = await conversation();
    await chat.say(CALF);
    expect(await chat.safetyHoldSince()).toBe(TEST_NOW.toISOString());
    const events = await chat.records.safetyEventsFor({ conversationId: 'Convo1' });
    expect(events).toEqual([
      {
        id: expect.any(String),
        conversationId: 'Convo1',
        userId: 'user1',
        flagId: 'blood_clot_limb',
        at: TEST_NOW,
        channelId: 'test',
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('calf');
  });

  it('stops the turn and leaves the active dialog where it was', async () => {
    const chat = await conversation();
    expect(texts(await chat.say('delete my data'))).toEqual([messages.text('delete_confirm')]);
    expect(texts(await chat.say('I have chest pain'))).toEqual([advice('chest_or_breathing')]);
    expect(texts(await chat.say('no'))).toEqual([messages.text('delete_kept')]);
  });

  it('asks the health check again from the symptom question, since earlier answers predate the symptom', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    await chat.say('no');
    await chat.say(CALF);
    expect(texts(await chat.say('ok, I will call my doctor'))).toEqual([
      messages.text('screening_recheck_after_red_flag'),
      FIRST_QUESTION,
    ]);
  });

  it('blocks the next recommendation until a new health check clears it', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    const first = await answerAll(chat, [{ text: FIRST_QUESTION }]);
    expect(first.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(true);

    chat.clock.advance(60 * 60_000);
    await chat.say('I have chest pain');
    chat.clock.advance(24 * 60 * 60_000);
    const blocked = await chat.say('recommend me something');
    expect(texts(blocked)[0]).toBe(messages.text('gate_safety_hold'));
    expect(blocked.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(false);

    await chat.say('yes');
    const second = await answerAll(chat, [{ text: screeningQuestion('red_flag_symptoms').text }]);
    expect(second.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(true);
  });
});

describe('RedFlagMiddleware on its own', () => {
  it('saves the hold itself, because no dialog and no bot runs after it', async () => {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const events = new MemoryScreeningRecords();
    const middleware = new RedFlagMiddleware({
      content: safetyContent,
      messages,
      emergencyNumber: spa.emergencyNumber,
      conversationState,
      memory: createMemoryAccessor(conversationState),
      events,
      clock: new FixedClock(TEST_NOW),
    });
    let botRan = false;
    const adapter = new TestAdapter(async () => {
      botRan = true;
    })
      .use(channelRendering())
      .use(middleware);
    await adapter.send(CALF).assertReply(advice('blood_clot_limb')).startTest();
    expect(botRan).toBe(false);
    const stored = Object.values(await storage.read(['test/conversations/Convo1/']))[0] as {
      memory: { safetyHoldSince: string };
    };
    expect(stored.memory.safetyHoldSince).toBe(TEST_NOW.toISOString());
    expect(await events.safetyEventsFor({ conversationId: 'Convo1' })).toHaveLength(1);

    await adapter.send('what is lymphatic drainage?').startTest();
    expect(botRan).toBe(true);
  });

  it('keeps the hold when recording the audit event fails', async () => {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const warnings: string[] = [];
    const middleware = new RedFlagMiddleware({
      content: safetyContent,
      messages,
      emergencyNumber: spa.emergencyNumber,
      conversationState,
      memory: createMemoryAccessor(conversationState),
      events: {
        async recordSafetyEvent() {
          throw new Error('disk full');
        },
      },
      clock: new FixedClock(TEST_NOW),
      logger: { warn: (_: unknown, message: string) => warnings.push(message) } as never,
    });
    const adapter = new TestAdapter(async () => {}).use(channelRendering()).use(middleware);
    await adapter.send(CALF).assertReply(advice('blood_clot_limb')).startTest();
    expect(Object.keys(await storage.read(['test/conversations/Convo1/']))).toHaveLength(1);
    expect(warnings).toEqual(['could not record a safety event']);
  });
});

describe('round 5 through the whole bot', () => {
  it.each([
    ['my toddler drank some of the lavender essential oil from the bottle', 'swallowed_poison'],
    ['the hot stone left a big burn on her back and the skin has gone white and leathery', 'serious_burn'],
    ['the old clot leg is playing up again today, warm and tight', 'blood_clot_limb'],
  ])('answers "%s" mid health check with the urgent advice only, and holds suggestions', async (text, flagId) => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    const replies = await chat.say(text);
    expect(texts(replies)).toEqual([advice(flagId)]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(await chat.safetyHoldSince()).toBeDefined();
  });

  it.each([
    'my dog had a seizure last night, do you know a good vet near the spa?',
    'if my leg swells up after the flight, should I rebook?',
    'a week ago today I had my first seizure, the neurologist has started me on tablets, is MLD ok?',
  ])('lets a look-alike through with no urgent advice and no hold: "%s"', async (text) => {
    const chat = await conversation();
    const replies = await chat.say(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => replyOf(r)?.kind === 'urgent')).toBe(false);
    expect(await chat.safetyHoldSince()).toBeUndefined();
  });
});
