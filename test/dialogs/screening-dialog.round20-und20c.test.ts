import { messages } from '../helpers/dialog-deps';
import {
  answerNoUntil,
  buttons,
  questionAsked,
  screeningQuestion,
  startScreening,
  type TestReply,
  withoutProgress,
} from '../helpers/screening';

/** Round 20 (und20c), issue 12 item 4: replies in the health check that are not a plain answer. */
const texts = (replies: readonly TestReply[]) => replies.map((r) => withoutProgress(String(r.text ?? '')));
const question = (id: string) => screeningQuestion(id).text;

describe('questions about the question are answered in place', () => {
  it.each([
    ['abdominal_cautions', 'why would you need to know about my bowels?'],
    ['clot_now', 'why are you asking me about clots'],
    ['pregnant', 'how is that relevant to a lymph massage?'],
  ])('%s: "%s" gets the reason, then the same question', async (id, text) => {
    const chat = await startScreening();
    await answerNoUntil(chat, id);
    const q = screeningQuestion(id);
    expect(texts(await chat.say(text))).toEqual([q.help, q.text]);
  });
});

describe('a reply that asks whether its own news counts', () => {
  it('is kept as "not sure", said so, and the check goes on', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'infection_now');
    const replies = texts(await chat.say('I have a stye on my eyelid, would that count?'));
    expect(replies[0]).toBe(messages.text('screening_question_taken_not_sure'));
    expect(replies).not.toContain(question('infection_now'));
    expect(questionAsked(await chat.say('back'))?.id).toBe('infection_now');
  });
});

describe('an answer the parser cannot place', () => {
  it('is asked again once with "Not sure" and a person, never a third time, and gets no article', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'swelling_any');
    const again = await chat.say('my feet feel tight in my work boots on long shifts');
    expect(texts(again)).toEqual([messages.text('screening_unclear_offer'), question('swelling_any')]);
    expect(buttons(again.at(-1))).toEqual(
      expect.arrayContaining([messages.text('choice_not_sure'), messages.text('choice_talk_to_human')]),
    );
    const next = texts(await chat.say('the boots are steel toe caps, size 9'));
    expect(next[0]).toBe(messages.text('screening_assumed_not_sure'));
    expect(next).not.toContain(question('swelling_any'));
  });

  it('reads "not really" as neither yes nor no: asked again with the buttons', async () => {
    const chat = await startScreening();
    await answerNoUntil(chat, 'low_blood_pressure');
    expect(texts(await chat.say('not really'))).toEqual([
      messages.text('screening_unclear_offer'),
      question('low_blood_pressure'),
    ]);
  });
});
