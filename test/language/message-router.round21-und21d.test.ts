import type { Recognition } from '../../src/language/intents';
import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 21 (und21d): general questions about a visit are answered, not screened. A question that only mentions a
 * booking (how to book, whether anyone can book, a booking one already has) is not a request for one; an everyday thing
 * done around one's visit (a coffee, a meal, shaving, what to keep on) asked as "should I" or "is it ok to" is a
 * practical question. A booking asked for, and a request for a suggestion, still reach the health check.
 * Messages written for this test.
 */
const router = messageRouter();
const read = (intent: Recognition['intent'], score = 0.95): Recognition => ({ intent, score, entities: [] });

describe('a question that mentions a booking without asking for one is answered', () => {
  it.each([
    'how do I go about booking a session, is there a number I can text?',
    'can anyone book lymphatic drainage or do you need a doctor to send you?',
    'my first appointment is on friday, anything I should do after it to keep the results?',
    'got a booking next week and my period will probably be on, still fine to come?',
  ])('"%s"', (text) => {
    expect(router.route(text, read('book')).kind).toBe('question');
  });
});

// A booking reaches the health check either as the booking itself or as a personal request ("can I book…").
describe('a booking asked for still reaches the health check', () => {
  it.each([
    'I would like to book a lymphatic massage for next tuesday',
    'book me in for a lymphatic massage on thursday please',
    'can I book a session for saturday?',
    'any availability for a lymph drainage session this week?',
    'looking to book a facial drainage for my mum, is friday free?',
    'I need to move my appointment to next week',
  ])('"%s"', (text) => {
    const route = router.route(text, read('book'));
    expect(route.kind === 'personal' || (route.kind === 'intent' && route.intent === 'book')).toBe(true);
  });
});

describe('everyday things around a visit are practical questions, not requests for a treatment', () => {
  it.each([
    'is it ok to have a latte before the session or is caffeine bad',
    'can I eat a proper meal before my appointment or should I wait till after',
    'should I shave before the leg drainage or leave it',
    'am I allowed to keep my bra on during the massage',
    'can I have a pint after my session or should I stick to water',
  ])('"%s"', (text) => {
    expect(router.route(text, read('get_recommendation')).kind).not.toBe('personal');
  });
});

describe('a request for a suggestion about oneself still reaches the health check', () => {
  it.each([
    'should I book the full body one or the face one, my legs are always heavy',
    'is lymphatic drainage right for me? I get really puffy ankles',
    'what should I book, I had lipo a month ago',
    'can you recommend something for me to have before my holiday, I feel bloated',
  ])('"%s"', (text) => {
    expect(router.route(text, read('get_recommendation')).kind).toBe('personal');
  });
});
