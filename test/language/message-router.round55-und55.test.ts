import { normalizeUtterance } from '../../src/language/normalize-utterance';
import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 55 (und55; dev sets 54E and 54K read): another organisation's or another clinic's person asked for, whether to see
 * another professional and a CV asked for by name (declined); a person of ours asked for by "whoever", "one of your team",
 * the subjunctive "if I spoke to" and a third-person "contacts me"; the writer's own visit or body asked about as silly or mad,
 * kindest for one's knees, fit to book, worse for one's complaint, or a choice between coming and moving when ill (the health
 * check); "go on" and "the thing" read only as what they mean. Wordings written for this test.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);

describe("round 55: another organisation's or clinic's person is declined", () => {
  it.each([
    'could you get my dentist surgery to call me back, their line is always engaged',
    'can you ring my water company for me and ask about the meter reading',
    'I want to talk to a doctor at NHS 24 please, can you transfer me',
    'please put me through to a receptionist at my GP practice about my sick note',
    'I need a real human at Severn Trent, they doubled my direct debit',
    "had my tummy tuck in Antalya, I need to talk to my surgeon's secretary about the follow-up, can you reach her?",
    'The hospital in Prague that did my breast lift never replies. Could you get someone from there to ring me?',
  ])('"%s" is declined as someone else\'s', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('one of our team asked to ring back after the GP is mentioned is still ours', () => {
    expect(routes('my GP said MLD might help, can one of your therapists ring me back?')).toEqual(
      everywhere('handoff'),
    );
  });

  it("a surgeon's nurse told about, with a person of ours asked for, is still ours", () => {
    expect(routes("my surgeon's nurse told me to book drainage, can someone call me to arrange it")).toEqual(
      everywhere('handoff'),
    );
  });
});

describe('round 55: whether to see another professional, and a CV asked for by name, are declined', () => {
  it.each([
    'my wrist aches when I type all day, should I go to a physio about it?',
    'I need a CV for a job as a beauty therapist at a hotel',
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('whether to see the GP before booking one of ours is not declined', () => {
    expect(routes('should I see my GP before I book a session for my swollen legs?')).not.toContain(
      'out_of_scope',
    );
  });
});

describe('round 55: a person of ours asked for in new words', () => {
  it.each([
    'who handles the diary? I need whoever does the bookings to change my friday appointment',
    'it would be easier if I talked to the receptionist directly about this, can you arrange that',
    "honestly I'd like one of your team now, this isn't working",
    'Would it be possible that a therapist calls me on Monday? Kind regards.',
    "I'm driving all day, please get somebody to bell me after six",
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('whether one needs one of the team with one is no request for a person', () => {
    expect(routes('do I need one of your team to help me undress?')).not.toContain('handoff');
  });

  it('"is that a real thing or rubbish" asks whether a claim is true, not for a person', () => {
    expect(routes('my mate says it melts fat, is that a real thing or rubbish?')).not.toContain('handoff');
  });
});

describe("round 55: the writer's own visit or body asked about goes to the health check", () => {
  it.each([
    'would it be daft to come in the week after my botox?',
    'is it silly of me to book in again so soon? I just love it',
    'what would be gentlest for my hips, I had both replaced',
    'what would be the kindest on my neck? whiplash last year',
    "not sure I'm well enough to come in, is that something you can judge?",
    'will lymph drainage make my arthritis worse?',
    'do you think I would benefit or should I stick to my compression stockings?',
    'is dry brushing something I should be doing after my lipo?',
    'would I get more from a pump at home or coming in to you?',
    "I'm coming down with flu, should I still come in on thursday or push it back?",
    'i hav lupus is it ok 4 me',
  ])('"%s" goes to the health check', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it('a single "should I cancel" when ill stays the practical question (round 8)', () => {
    expect(
      router.route('got a heavy cold, should I cancel my appointment tomorrow', read('ask_question')).kind,
    ).not.toBe('personal');
  });

  it('whether it would be mad to book something else is not a visit of ours', () => {
    expect(routes('would it be mad to book a holiday to Ibiza in November?')).not.toEqual(
      everywhere('personal'),
    );
  });
});

describe('round 55: "go on" and "4" read only as what they mean', () => {
  it('"can this go on my health insurance" is no request for more', () => {
    expect(router.route('can this go on my health insurance?', read('tell_me_more', 1))).toEqual({
      kind: 'question',
    });
  });

  it('"go on then" still asks for more', () => {
    expect(router.route('go on then', read('tell_me_more', 1))).toEqual({
      kind: 'intent',
      intent: 'tell_me_more',
    });
  });

  it('"4" is "for" only before a person or one\'s own', () => {
    expect(normalizeUtterance('is it ok 4 me')).toBe('is it ok for me');
    expect(normalizeUtterance('i want 4 sessions')).toBe('i want 4 sessions');
  });
});
