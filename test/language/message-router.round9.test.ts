import type { Recognition } from '../../src/language/intents';
import { messageRouter } from '../helpers/dialog-deps';
import { read } from '../helpers/router-readings';

/**
 * Round 9 (issue 12), routing: the causes the lead found in a fresh held-out batch, checked with phrasings written
 * for this test (not copied from the tuning file or any held-out set). The classifier's reading is fixed, and each
 * request is tried with the readings that misled the router before, so the vocabulary of knowledge/routing.yaml
 * and knowledge/intents.yaml is what decides.
 */
const router = messageRouter();
/** Readings the classifier gave such messages in the tuning sets: elsewhere, a booking, a question, a goodbye. */
const misleading = [read('out_of_scope'), read('book', 1), read('ask_question'), read('goodbye', 1), read('none', 1)];
const reachesTheTeam = (text: string) =>
  misleading.map((recognition) => router.route(text, recognition).kind === 'handoff' || isComplaint(text, recognition));
const isComplaint = (text: string, recognition: Recognition) => {
  const route = router.route(text, recognition);
  return route.kind === 'intent' && route.intent === 'complaint';
};

describe('asking for a person with urgency and another topic reaches the team', () => {
  it.each([
    'need a human urgently, my massage is booked for 9 tomorrow and I have to cancel',
    'Really need to talk to a member of staff today, booked for tomorrow after my BBL',
    'hi - I want a person please, my lymph session is tomorrow and the car has broken down',
    'can a member of your team get in touch before tomorrow? I have my first appointment',
  ])('"%s"', (text) => {
    expect(reachesTheTeam(text)).toEqual(misleading.map(() => true));
  });
});

describe('a complaint about a charge, a bill or a therapist reaches the team', () => {
  it.each([
    'the card machine took my payment twice on Friday, who do I speak to',
    'I was billed for a massage my daughter cancelled last week',
    'I would like to complain about how rough my therapist was',
    'who should I complain to about being overcharged?',
    'you charged me a late fee even though I arrived on time',
    'I want the money back for the double charge, please sort it',
  ])('"%s"', (text) => {
    expect(reachesTheTeam(text)).toEqual(misleading.map(() => true));
  });

  it.each([
    'you have billed me for three massages but I only went to two',
    "a payment to your studio is on my credit card statement and I don't recognise it",
    'why was I charged the full price when I had cancelled the day before?',
    'I have a grievance about the lady on the front desk',
    'I want to give feedback about my session, the therapist arrived 20 minutes late',
    'you took £95 off my card when I was quoted £70',
  ])('a disputed charge or conduct, said any way: "%s"', (text) => {
    expect(reachesTheTeam(text)).toEqual(misleading.map(() => true));
  });

  it.each(['will I be charged if I cancel the day before?', 'do you charge extra for weekend appointments?'])(
    'asking what is charged is not a complaint: "%s"',
    (text) => {
      expect(isComplaint(text, read('ask_question'))).toBe(false);
    },
  );

  it.each([
    'my gas supplier billed me twice, how do I complain',
    'my mobile network charged me twice this month, who do I complain to',
  ])('a complaint about another organisation is not ours: "%s"', (text) => {
    expect(router.route(text, read('out_of_scope'))).toEqual({ kind: 'out_of_scope' });
  });

  it.each([
    "what's your policy on refunds if I cancel late?",
    'do you charge a fee for missed appointments',
    'my legs complain after a long day, would MLD help?',
  ])('a question about money, or a symptom, is not a complaint: "%s"', (text) => {
    expect(isComplaint(text, read('ask_question'))).toBe(false);
  });
});

describe('customer services, the front desk, reception or the office reach the team', () => {
  it.each([
    'could I be put through to customer services about a gift voucher',
    'how do I reach the front desk, the voucher I was given is out of date',
    'please email reception for me, I have a voucher question',
    "who at the studio looks after vouchers? mine won't scan",
    'can the office give me a ring about the voucher I bought',
    'is there a bookings team I could phone about a voucher?',
    'front desk please - question about a voucher',
  ])('"%s"', (text) => {
    expect(reachesTheTeam(text)).toEqual(misleading.map(() => true));
  });

  it.each([
    'how do I get hold of Amazon customer services',
    'what is the number for customer care at my bank',
    'how do I email the Argos customer service team',
  ])(
    "another company's customer services is not ours: \"%s\"",
    (text) => {
      expect(router.route(text, read('out_of_scope'))).not.toEqual({ kind: 'handoff' });
    },
  );

  it('asking when reception is open is a question', () => {
    expect(router.route('what time does your reception open on mondays?', read('ask_question'))).toEqual({
      kind: 'question',
    });
  });
});

describe('a call-back from someone qualified about a garment fitting reaches the team', () => {
  it.each([
    'can somebody qualified phone me about being measured for a compression garment',
    'I would like someone trained in fittings to get back to me about my stockings',
  ])('"%s"', (text) => {
    expect(reachesTheTeam(text)).toEqual(misleading.map(() => true));
  });
});

describe('an open request for a suggestion reaches the health check, whatever the story', () => {
  it.each([
    ['a medicine and what one can have', "I'm on propranolol, what could I safely have done?"],
    ['a medicine and which treatment', 'taking lithium - which of your treatments could I book?'],
    ['not knowing what one needs', "honestly no idea what I'm looking for, help me out?"],
    ['not knowing which treatment', 'totally lost on which massage I need'],
    ['a newcomer asking for ideas', 'first time at a spa like this, any ideas?'],
    ['not knowing where to start', 'no clue where to begin with all this, can you help me pick?'],
    ['new to all of it', "I'm new to all of this and haven't the foggiest what to go for"],
    ['what one\'s options are', 'what are my options? I take immunosuppressants after a transplant'],
    ['recommend me something with a story', 'recommend me something - I teach and stand all day and by 4pm my feet ache'],
    ['the right thing said with a condition', 'I have had lymphoedema since my op, would MLD be the right option?'],
    ['the way to go, said without "I"', 'Stage 3 lipoedema, both legs. Is lymph drainage the way to go?'],
  ])('%s: "%s"', (_what, text) => {
    for (const recognition of misleading) expect(router.route(text, recognition)).toEqual({ kind: 'personal' });
  });

  it.each([
    'recommend me something to listen to on my drive to work',
    "not sure what phone I need, what's good?",
    'first time buying a car, any advice?',
    'beginner at yoga, any suggestions for a class?',
    'I need something for a headache, what can I take?',
  ])('a suggestion of something that is not ours is declined: "%s"', (text) => {
    expect(router.route(text, read('out_of_scope'))).toEqual({ kind: 'out_of_scope' });
  });

  it('the options for paying are not a personal request', () => {
    expect(router.route('what are my options for paying in instalments?', read('ask_question'))).not.toEqual({
      kind: 'personal',
    });
  });

  it('the right treatment for a condition, asked in general, is the question', () => {
    expect(router.route('is MLD the right treatment for lipoedema in general?', read('ask_question'))).toEqual({
      kind: 'question',
    });
  });
});

describe('a general question with personal context is answered, not screened', () => {
  it.each([
    ['a first appointment', "my first MLD is on thursday, what will the therapist actually do?"],
    ['what a first session involves', 'what does the first lymphatic appointment involve? mine is next week'],
    ['healing faster', 'does lymphatic massage make you recover faster after a mummy makeover?'],
    ['when to worry', 'when should I be concerned about lumps after my liposuction'],
    ['a referral', 'does my doctor have to refer me, or can I book myself in?'],
    ['who can come', 'can guys book lymphatic drainage too?'],
    ['who can come, another group', 'are pregnant ladies allowed to book?'],
    ['reported advice', 'my surgeon mentioned I should get lymph drainage, what is it?'],
    ['advice one was given', 'my nurse wants me to try a pump, what are the alternatives?'],
    ['getting back on one\'s feet sooner', 'will MLD get me back to normal sooner after my knee replacement?'],
    ['how the day works', 'my appointment is on friday, how will it all work?'],
    ['at what point to worry', 'at what stage should I be concerned about hard lumps after lipo?'],
  ])('%s: "%s"', (_what, text) => {
    for (const recognition of [read('get_recommendation'), read('book', 1)])
      expect(router.route(text, recognition)).toEqual({ kind: 'question' });
  });

  it('a request for a suggestion in the same message still goes to the health check', () => {
    expect(
      router.route('my first session is next week, which treatment should I book?', read('get_recommendation')),
    ).toEqual({ kind: 'personal' });
  });
});

describe('a relative refusing treatment, or a therapist mentioned, is not a request for a person', () => {
  it.each([
    'my aunt will not wear her compression stockings, how can I support her?',
    'my brother refuses to see his lymphoedema therapist any more, what can I do?',
    'my therapist said to keep moving after the session, why?',
    'should I need somebody with me for my first session?',
  ])('"%s"', (text) => {
    for (const recognition of [read('ask_question'), read('talk_to_human', 0.7)])
      expect(router.route(text, recognition)).not.toEqual({ kind: 'handoff' });
  });
});
