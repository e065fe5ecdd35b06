import type { Recognition } from '../../src/language/intents';
import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 21 (und21a): requests that are someone else's business get the out-of-scope reply (the main choices and a
 * person), or the medicine decline, whatever the classifier reads and whatever word of ours they carry: an errand at
 * another business (a booking, an order, a complaint to another company), another trade or a place to stay found for
 * us, the paperwork or job hunt of one's own work, how to work a phone or an app, a medicine's side effect, a
 * medicine's dose or a choice between medicines. Phrasings written for this test (not copied from any read or
 * held-out set). The classifier's reading is fixed to readings that would mislead the router, so the knowledge files
 * decide; look-alikes about our own services keep their route.
 */
const router = messageRouter();
const read = (intent: Recognition['intent'], score = 0.95): Recognition => ({ intent, score, entities: [] });
const misleading = [
  read('get_recommendation'),
  read('talk_to_human', 1),
  read('ask_question'),
  read('book', 1),
  read('complaint', 1),
];
const routes = (text: string) => misleading.map((recognition) => router.route(text, recognition).kind);
const everywhere = (kind: string) => misleading.map(() => kind);

describe('an errand at another business is declined, not booked, handed over or answered', () => {
  it.each([
    'could you book her nail appointment at the place on George St for saturday',
    'pls order me two pairs of flight socks off ebay',
    'help me write a complaint to easyjet, they lost my bag on the way back from Malaga',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('a complaint about our own therapist still reaches the team', () => {
    expect(router.route('I want to complain about the therapist I saw on Monday', read('complaint', 1)).kind).toBe(
      'intent',
    );
  });
});

describe('another trade, professional or place to stay asked to be found is declined', () => {
  it.each([
    'know any good marriage counsellors around Leeds? things are rough at home',
    'looking for a recovery hotel in Istanbul for after my tummy tuck, any tips',
    "what's the email for the clinic in Antalya that did my lipo",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('finding one of our therapists or our own phone number is not this', () => {
    for (const text of ['how do I find a qualified lymphatic therapist', "what's the phone number for the studio"])
      for (const kind of routes(text)) expect(kind).not.toBe('out_of_scope');
  });
});

describe("one's own business, tax or job interview is declined, even as a massage therapist", () => {
  it.each([
    "I'm setting up a mobile massage business, do I need business insurance",
    'how do I fill in my self assessment as a beauty therapist',
    'got an interview tomorrow for a spa receptionist job, what will they ask me',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});

describe('how to work a phone or an app is declined, unless the call is to us', () => {
  it('"how do I screenshot on my samsung" is declined', () => {
    expect(routes('how do I screenshot on my samsung')).toEqual(everywhere('out_of_scope'));
  });

  it('asking to video call the team is still a request for a person', () => {
    expect(router.route('can I video call someone from the team on whatsapp', read('ask_question')).kind).toBe(
      'handoff',
    );
  });
});

describe("a medicine's side effect is a GP's question", () => {
  it('"could the mini pill be the reason I feel so tired" is declined', () => {
    expect(routes('could the mini pill be the reason I feel so tired')).toEqual(everywhere('out_of_scope'));
  });

  it('swollen ankles from blood pressure tablets stay ours', () => {
    for (const kind of routes('can my blood pressure tablets be causing my swollen ankles'))
      expect(kind).not.toBe('out_of_scope');
  });
});

describe('a dose or a choice between medicines goes to the decline, whatever personal cue it carries', () => {
  it.each([
    'nurofen or calpol, which is better for my son after his op',
    "what's the maximum paracetamol my dad can have in a day",
  ])('"%s" is left to the knowledge base, which declines it', (text) => {
    expect(routes(text)).toEqual(everywhere('question'));
  });

  it('a condition the health check screens for keeps the health check', () => {
    expect(router.route("i'm on warfarin, can i still have a lymphatic massage", read('get_recommendation')).kind).toBe(
      'personal',
    );
  });
});
