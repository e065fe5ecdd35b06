import type { Recognition } from '../../src/language/intents';
import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 17 (und17b): four kinds of message outside what we do get the out-of-scope reply (the main choices and a
 * person) whatever the classifier reads: whether a supplement or a medicine is safe or how much of it to take, a
 * request that we prescribe something, homework or exam preparation about the lymphatic system, and a household chore
 * that shares a word with ours. Phrasings written for this test (not copied from any read or held-out set). The
 * classifier's reading is fixed to readings that would mislead the router, so the knowledge files decide.
 */
const router = messageRouter();
const read = (intent: Recognition['intent'], score = 0.95): Recognition => ({ intent, score, entities: [] });
const misleading = [read('get_recommendation'), read('talk_to_human', 1), read('ask_question'), read('book', 1)];
const routes = (text: string) => misleading.map((recognition) => router.route(text, recognition).kind);
const everywhere = (kind: string) => misleading.map(() => kind);

describe('a supplement or medicine dosing question is declined, not sent to the health check', () => {
  it.each([
    'is magnesium glycinate ok to take every night? how many capsules would I need',
    'how much vitamin d should my mum take in winter',
    'are collagen powders safe to take for years',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('how many sessions to have, or how much time off to take, is not a dose', () => {
    for (const text of ['how many sessions should I have after my tummy tuck', 'how much time off should I take after lipo'])
      for (const kind of routes(text)) expect(kind).not.toBe('out_of_scope');
  });
});

describe('asking us to prescribe something is declined, not handed to the team', () => {
  it.each([
    'could you prescribe me some sleeping tablets please',
    'can your nurses write me a prescription for water tablets',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('"do I need a prescription for lymphatic drainage" is still a question', () => {
    for (const kind of routes('do I need a prescription for lymphatic drainage')) expect(kind).not.toBe('out_of_scope');
  });
});

describe('homework and exam preparation is declined even about the lymphatic system', () => {
  it.each([
    'give me ten likely exam questions on lymph nodes for my GCSE',
    'can you write my anatomy assignment on how lymph flows',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('a question about training as a therapist is not homework', () => {
    for (const kind of routes('what is on the exam for MLD therapist certification'))
      expect(kind).not.toBe('out_of_scope');
  });
});

describe('a household chore that shares a word with ours is declined', () => {
  it.each([
    'how can I get a coffee stain off the compression bag I store my duvet in',
    'what is the best way to improve drainage in a soggy lawn',
    'the back door has swollen in the rain and will not shut',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('staining on the skin and washing a garment are not chores', () => {
    for (const text of ['brown staining on my shins after years of swelling, will drainage help', 'can I wash my compression sleeve'])
      for (const kind of routes(text)) expect(kind).not.toBe('out_of_scope');
  });
});

/**
 * General questions that a personal "should I", a "book" or a classifier's reading sent to the health check or a
 * booking: how long a visit lasts, when a symptom after a session needs a doctor, someone coming into the room, an
 * activity after a session, cancelling for a practical reason, what to look for in a therapist, how many days before an
 * event, and a surgeon suggested. They reach the knowledge base (a question), whatever the classifier says.
 */
describe('a general question with a personal cue reaches the knowledge base, not the health check', () => {
  const asking = [read('get_recommendation', 1), read('book', 1)];
  it.each([
    'how long does a first appointment take from arrival to leaving? I need to arrange a lift home',
    'which symptoms count as red flags after treatment, when would I phone my GP',
    'could my interpreter come in with me for the massage',
    'post-treatment am I fine to go for a run or should I rest',
    'I forgot to shave my legs before my appointment tomorrow, should I cancel',
    'what credentials should I be checking for in a lymphoedema therapist',
    'how many weeks before my holiday should I have my final session',
    'can you recommend a decent plastic surgeon for a tummy tuck',
  ])('"%s"', (text) => {
    for (const recognition of asking) expect(router.route(text, recognition).kind).toBe('question');
  });

  it('asking which session to book, or for a treatment, still reaches the health check', () => {
    for (const text of ['which session should I book, my ankles are swollen', 'can you recommend a treatment for my puffy legs'])
      expect(router.route(text, read('get_recommendation', 1)).kind).toBe('personal');
  });
});

describe('a question that names a person but asks for no one is not handed to the team', () => {
  it.each([
    'will I need to make conversation with the practitioner the whole hour or can I just doze',
    'if my aunt cannot use the voucher, can she pass it on to her neighbour',
  ])('"%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });

  it.each([
    'please pass it on to your manager',
    'can you pass me on to a colleague',
    'pass me on to someone else please',
    'do I have to talk to the therapist? I want to speak to someone else',
  ])(
    'a request to be passed on, or for someone, still reaches the team: "%s"',
    (text) => {
      expect(router.asksForPerson(text)).toBe(true);
    },
  );
});
