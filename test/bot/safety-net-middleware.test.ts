import { messages, spa } from '../helpers/dialog-deps';
import {
  conversation,
  FIRST_QUESTION,
  questionAsked,
  redFlagContent,
  replyOf,
  safetyContent,
  type TestReply,
  texts,
} from '../helpers/screening';

const advice = (id: string) => redFlagContent.flags.find((f) => f.id === id)!.advice;
const spanish = safetyContent.otherLanguages.languages.find((l) => l.code === 'es')!;

describe('a message that describes a symptom but is no clear emergency', () => {
  it('gets the safety net and a person first, never a plain fallback', async () => {
    const chat = await conversation();
    const replies = await chat.say('my knee has been a bit sore');
    expect(texts(replies)[0]).toBe(messages.text('safety_net'));
    expect(texts(replies)).not.toContain(messages.text('fallback'));
    expect(replyOf(replies[0])?.choices?.map((c) => c.value)).toEqual([messages.text('choice_talk_to_human')]);
    expect(replyOf(replies[0])?.call?.number).toBe(spa.emergencyNumber);
  });

  it.each(['bye, my back aches a bit', 'cancel, my ankle is a bit puffy', 'start over, I feel dizzy'])(
    'is never taken for a command: "%s"',
    async (text) => {
      const chat = await conversation();
      const replies = texts(await chat.say(text));
      expect(replies[0]).toBe(messages.text('safety_net'));
      for (const command of ['goodbye', 'nothing_to_cancel', 'cancelled', 'restarted'] as const)
        expect(replies).not.toContain(messages.text(command));
    },
  );

  it('does not delete anything when it comes during the delete confirmation', async () => {
    const chat = await conversation();
    expect(texts(await chat.say('delete my data'))).toEqual([messages.text('delete_confirm')]);
    expect(texts(await chat.say('my wrist hurts a little'))[0]).toBe(messages.text('safety_net'));
    expect(texts(await chat.say('no'))).toEqual([messages.text('delete_kept')]);
  });

  it('lets the health check read it as an answer', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    expect(texts(await chat.say('yes')).at(-1)).toBe(FIRST_QUESTION);
    expect(texts(await chat.say('no, my knee is a bit sore though'))).not.toContain(messages.text('safety_net'));
  });
});

describe('a red flag the urgency model doubts (round 57)', () => {
  const text = 'watched a Netflix doc about sepsis, had no idea it was that common. do u sell gift cards';

  it('gets the safety net and a person, not the emergency answer, and places no hold', async () => {
    const chat = await conversation();
    const replies = await chat.say(text);
    expect(texts(replies)[0]).toBe(messages.text('safety_net'));
    expect(replyOf(replies[0])?.call?.number).toBe(spa.emergencyNumber);
    expect(texts(replies)).not.toContain(advice('spreading_infection'));
    expect(await chat.safetyHoldSince()).toBeUndefined();
    expect(await chat.records.safetyEventsFor({ conversationId: 'Convo1', userId: 'user1' })).toEqual([]);
  });
});

describe('what the conversation already knows', () => {
  it('escalates one sign after surgery was mentioned earlier, and keeps only the context id', async () => {
    const chat = await conversation();
    await chat.say('I had a tummy tuck last week');
    expect(texts(await chat.say('my calf is sore'))).toEqual([advice('blood_clot_limb')]);
    const stored = await chat.storedConversation();
    expect(stored).toContain('recent_surgery');
    expect(stored).not.toContain('tummy tuck');
  });
});

describe('delete my data', () => {
  it('takes the safety hold, its recorded events and the remembered contexts with it', async () => {
    const chat = await conversation();
    await chat.say('I had a tummy tuck last week');
    await chat.say('my calf is sore');
    expect(await chat.safetyHoldSince()).toBeDefined();
    await chat.say('delete my data');
    await chat.say('yes');
    expect(await chat.records.safetyEventsFor({ conversationId: 'Convo1', userId: 'user1' })).toEqual([]);
    expect(await chat.safetyHoldSince()).toBeUndefined();
    expect(await chat.storedConversation()).not.toContain('recent_surgery');
  });
});

describe('an urgent health-check outcome', () => {
  it('is recorded as a safety event (visible to staff, durable) and holds every suggestion', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    await chat.say('yes');
    const urgent = await chat.say('yes');
    expect(replyOf(urgent.at(-1))?.kind).toBe('urgent');
    const events = await chat.records.safetyEventsFor({ conversationId: 'Convo1' });
    expect(events.map((e) => e.flagId)).toEqual(['screening_urgent']);
    expect(texts(await chat.say('recommend me something'))).toEqual([messages.text('gate_safety_hold_recent')]);
  });
});

describe('what the health check learned', () => {
  it('makes one sign enough after "yes" to recent surgery, with no surgery word in the message', async () => {
    const chat = await conversation();
    await chat.say('recommend me something');
    let replies: TestReply[] = await chat.say('yes');
    for (let turn = 0; turn < 20 && questionAsked(replies)?.id !== 'recent_surgery'; turn++) {
      const asked = questionAsked(replies);
      // "Yes" to the grouped question that opens the surgery questions, "no" to the rest.
      replies = await chat.say(asked?.id === 'surgery_or_pregnancy' ? 'yes' : asked?.type === 'number' ? '40' : 'no');
    }
    expect(questionAsked(replies)?.id).toBe('recent_surgery');
    await chat.say('yes');
    expect(texts(await chat.say('my calf is sore'))).toEqual([advice('blood_clot_limb')]);
  });
});

describe('a message in another language', () => {
  it('gets the emergency advice in Spanish, marked urgent, with the number and a person', async () => {
    const chat = await conversation();
    const replies = await chat.say('me duele mucho el pecho y no puedo respirar');
    expect(texts(replies)).toEqual([spanish.emergencyAdvice]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(replyOf(replies[0])?.choices?.[0]?.label).toBe(spanish.talkToPerson);
    expect(await chat.safetyHoldSince()).toBeDefined();
  });

  it('gets the crisis line in Spanish', async () => {
    const chat = await conversation();
    expect(texts(await chat.say('no quiero seguir viviendo'))).toEqual([spanish.crisisAdvice]);
  });

  it('never starts a health check: it says, in Spanish, that the assistant speaks English', async () => {
    const chat = await conversation();
    expect(texts(await chat.say('¿Me pueden recomendar un masaje para mis piernas?'))).toEqual([spanish.notSupported]);
    expect(texts(await chat.say('hola, quiero reservar una cita'))).toEqual([spanish.notSupported]);
  });
});
