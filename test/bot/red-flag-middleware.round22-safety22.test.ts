import { messages } from '../helpers/dialog-deps';
import { conversation, redFlagContent, replyOf, texts } from '../helpers/screening';

// Round 22 (safety22): the concepts this round added, through the whole bot (red-flag middleware, safety net, MainDialog)
// in three dialog states: idle, in the middle of the health check, and right after a knowledge question. Messages written
// for this test, not taken from any read set.
const advice = (flagId: string) => {
  const flag = redFlagContent.flags.find((f) => f.id === flagId);
  if (!flag) throw new Error(`no red flag ${flagId} in red-flags.yaml`);
  return flag.advice;
};

type State = 'idle' | 'mid health check' | 'after a knowledge question';
const STATES: readonly State[] = ['idle', 'mid health check', 'after a knowledge question'];

async function chatIn(state: State) {
  const chat = await conversation();
  if (state === 'mid health check') {
    await chat.say('recommend me something');
    await chat.say('yes');
  }
  if (state === 'after a knowledge question') await chat.say('what is lymphatic drainage?');
  return chat;
}

const EMERGENCIES: readonly (readonly [string, string])[] = [
  ['my dad came off his ladder and now he says he cannot feel his legs', 'spinal_injury'],
  ['I am on wegovy and the pain at the top of my stomach goes straight through to my back, I keep being sick', 'sudden_severe_pain'],
  ["I don't think he's breathing, he went grey and slumped over the steering wheel", 'collapse'],
  ['we pulled her out of the pool, she is coughing and breathing really fast', 'breathing_difficulty'],
  ["I don't feel safe with myself tonight and I don't know who to tell", 'crisis_self_harm'],
];

describe.each(STATES)('round 22 emergencies through the whole bot, %s', (state) => {
  it.each(EMERGENCIES)('answers "%s" with the urgent advice only and holds suggestions', async (text, flagId) => {
    const chat = await chatIn(state);
    const replies = await chat.say(text);
    expect(texts(replies)).toEqual([advice(flagId)]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(await chat.safetyHoldSince()).toBeDefined();
  });
});

describe('round 22 look-alikes through the whole bot', () => {
  it.each([
    'quick question, do you do gift vouchers for a lymphatic facial?',
    'my blue lips are from the blueberry smoothie haha, can I still come at 4?',
    'what do your therapists do if a client faints on the table?',
    "I don't want to be around people much after my tummy tuck, can I book a quiet room?",
  ])('lets "%s" through with no urgent advice and no hold', async (text) => {
    const chat = await conversation();
    const replies = await chat.say(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => replyOf(r)?.kind === 'urgent')).toBe(false);
    expect(await chat.safetyHoldSince()).toBeUndefined();
  });
});

describe('after a round 22 emergency the next request for a suggestion is held', () => {
  it('says the hold stands and suggests no service after a spinal injury message', async () => {
    const chat = await conversation();
    await chat.say('my son fell off the trampoline onto his neck and now he cannot move his arms');
    const blocked = await chat.say('recommend me something');
    expect(texts(blocked)[0]).toBe(messages.text('gate_safety_hold_recent'));
    expect(blocked.some((r) => replyOf(r)?.kind === 'recommendation')).toBe(false);
  });
});
