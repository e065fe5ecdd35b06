import { modelRoute } from '../../src/language/route-fallback';
import type { RouteModel } from '../../src/language/route-model';
import type { RouteModelSettings } from '../../src/language/route-model-content';
import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 19 (und19e): causes found with the tuner's own probe (/work/probe19e.yaml, 229 messages written before any rule
 * was read) and tried on fresh variants: another spa's or salon's service asked for by name, to book, of the team or
 * whether on offer (hot stone, cupping, Reiki, microneedling, IV drips); a medicine named after "take"; something of
 * one's own broken with "who do I call" (handed to the team before); heavy legs and water retention as ours; someone
 * close described with a story and "can she come / have it", or brought for a session of their own; "someone like me";
 * what one should wear. The classifier's reading is fixed to readings that would mislead the router, so the knowledge
 * files decide.
 */
const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, misleading);
const personalReadings = [read('ask_question'), read('none', 1), read('get_recommendation')];
const routesFromQuestion = (text: string) =>
  personalReadings.map((recognition) => router.route(text, recognition).kind);

describe('a service that is not ours, asked for by name, is declined', () => {
  it.each([
    'can you do a hot stone massage',
    'do u guys do facials with microneedling',
    'can you do cupping therapy',
    'do you do Reiki sessions',
    'do y’all offer reflexology',
    'are you able to do reflexology',
    'can I book a hot stone massage with you',
    "I'd like to book acupuncture please",
    'have you got IV drips',
    'do your therapists do Reiki',
    'is hijama something you offer',
    'can I get a facial with microneedling',
    'does the spa do colonic hydrotherapy',
    'how much is a brazilian wax',
    // After probe19e-2 (scored once before these): no verb after "I'd like", the team as subject without a verb.
    "I'd like a reiki healing session please",
    'any of your therapists trained in Hopi ear candling',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'out_of_scope'));
  });

  it.each([
    'can I have lymphatic drainage after botox',
    'can you have reflexology the same day as MLD',
    'do you do MLD on kids or is it adults only',
    'do you do deep tissue massage or only lymphatic',
    'is cupping basically lymphatic drainage',
  ])('"%s" is not declined for the other service', (text) => {
    for (const kind of routes(text.replace(/’/g, "'"))) expect(kind).not.toBe('out_of_scope');
  });
});

describe("a pharmacist's or a tradesman's question is declined, not handed to the team", () => {
  it.each([
    'is it safe to take paracetamol with alcohol',
    'is it ok to take ibuprofen and paracetamol together',
    'my boiler is broken, who do I call',
    'my car broke down on the motorway, who do i call',
    'my fridge stopped working who do I phone',
    'locked out of my flat, who do I call',
    'my phone screen is cracked, where can I get it fixed',
    'my keys snapped in the lock, who do I ring',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'out_of_scope'));
  });

  it.each([
    'ok bot, you’re not helping. who can I phone?',
    'my phone is broken so I can’t ring, can someone email me',
    'the booking link is broken, who do I contact',
    'who do I call about my appointment',
  ])('"%s" still reaches the team', (text) => {
    expect(routes(text.replace(/’/g, "'"))).toEqual(misleading.map(() => 'handoff'));
  });
});

describe('a personal request said as a story reaches the health check', () => {
  it.each([
    'my legs feel heavy all the time, what should I do',
    'legs like tree trunks by 5pm, what should I do',
    'my arms feel like lead by the evening, what do you suggest',
    'I retain so much water before my period, what would help me',
    'my mother-in-law has a DVT history, can she come',
    'My son plays rugby and has a swollen knee, can he come in',
    'my daughter is 14 with swollen ankles, can she have it',
    'my gran is 90 with swollen feet, could she come in',
    'my bestie had lipo last week, can she have one',
    'can I bring my mum in for a session, she has lymphoedema',
    'for someone like me with fibromyalgia, would it help',
    // After probe19e-2: "my best bet", a person described ending "like me", post-partum with "can I come in".
    "legs go like balloons on night shifts, what's my best bet",
    'is this a good fit for a 60 year old with diabetes like me',
    "I'm 12 weeks post-partum and still puffy, can I come in",
  ])('"%s"', (text) => {
    expect(routesFromQuestion(text)).toEqual(personalReadings.map(() => 'personal'));
  });

  it.each([
    'kindly tell me what one should wear for the session',
    'what are we supposed to wear',
    'can my 8 year old have lymph drainage',
    'my mum wants to come with me, can she sit in the room',
    'does lymphatic drainage help swollen ankles',
    "what's the best bet for getting there by bus",
  ])('"%s" asks no personal judgement of ours', (text) => {
    for (const kind of routesFromQuestion(text)) expect(kind).not.toBe('personal');
  });

  it('bringing someone to sit with one is no personal cue', () => {
    expect(router.asksForPersonalAdvice('can I bring my husband to sit with me')).toBe(false);
    expect(router.asksForPersonalAdvice('can I bring my husband along for a session, he had a knee op')).toBe(
      true,
    );
  });
});

describe('the route model does not turn a decline for someone else’s business into a hand-off', () => {
  const settings = {
    minWords: 1,
    unsureAnswerBelow: 0.5,
    thresholds: { handoff: 0.8, out_of_scope: 0.9, personal: 0.9 },
  };
  const saysHandoff = { probabilities: () => ({ question: 0, out_of_scope: 0, handoff: 1, personal: 0 }) };
  const model = saysHandoff as unknown as RouteModel;
  const at = (namesSomeoneElsesBusiness: boolean) =>
    modelRoute(
      'I would like to book acupuncture please',
      { kind: 'out_of_scope' },
      undefined,
      model,
      settings as unknown as RouteModelSettings,
      { namesSomeoneElsesBusiness },
    );

  it('keeps the decline when the rules named the other service', () => {
    expect(router.namesSomeoneElsesBusiness("I'd like to book acupuncture please")).toBe(true);
    expect(at(true)).toBeUndefined();
  });

  it('may still hand off a decline the classifier alone made', () => {
    expect(
      router.namesSomeoneElsesBusiness(
        'in my day a nice girl answered and sorted it, can I get one of those',
      ),
    ).toBe(false);
    expect(at(false)).toEqual({ kind: 'handoff' });
  });
});
