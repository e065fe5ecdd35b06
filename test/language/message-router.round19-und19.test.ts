import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 19 (und19): the causes of read batch 15's (and 14's) personal requests that missed the health check and
 * everyday requests that were not declined, each tried on fresh messages written for it: a suitability question for a
 * person described ("someone with my …", "the groom") or with a heart stent, someone close wanting to come with a
 * screened condition, "advise if I can", "any reason I shouldn't", an option chosen for oneself by price or effect,
 * "should I book one" after a story, someone close as the one who would try or come; and outside what we do: a recipe,
 * shopping by brand, shop or budget, a home's plumbing, something rude or funny to be said. A medicine taken daily, said of
 * oneself with "can I have it", is the health check's too. The classifier's reading is fixed to readings that would
 * mislead the router, so the knowledge files decide.
 */
const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, misleading);

describe('a personal request said as a story, for someone described or close, reaches the health check', () => {
  it.each([
    'would it be alright for somebody with my kidney stones to book in',
    'is this suitable for a person with my kind of arthritis',
    "what treatment would suit the groom, he's had a hernia op this year",
    'which package would suit a mum-to-be at 30 weeks',
    'could you let me know if I can have it, I had lip filler on Friday',
    'kindly advise whether my mother can come, she has a bad hip',
    "is there any reason I shouldn't get it done, I'm on tamoxifen",
    "any reason my dad can't have this? he's 81",
    "what's the most affordable option for me, I'm a pensioner with puffy ankles",
    'which session would actually help my swollen knees the most',
    'flew back from Bali with fat feet, should we book one?',
    'got a wedding and my face is like a pumpkin, should I try one?',
    "should my nan come too? she's 88 and walks with a frame",
    'I had two stents fitted last spring, can I have a lymph massage',
    "my dad wants to come along but he's on chemo",
    "I'm on metformin every day for my sugar, can I have a leg massage with you",
    'I take blood pressure tablets each morning, could I still book a session?',
    'im on tamoxifen, can i get the lymphatic facial',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'personal'));
  });

  it.each([
    'is lymphatic drainage safe for older people',
    'is lymphatic massage suitable for someone with diabetes',
    'is it safe to have lymphatic drainage after a heart stent',
    'what should I wear to my session',
    'how should I prepare for the appointment',
    'what do you suggest bringing to the first appointment',
    'do you suggest wearing anything loose',
    'should my son take the job in leeds',
    'which day suits the bride best for the hen party',
    'what time would suit you for a call',
    'can I have MLD while on warfarin',
    "can I do my own drainage while I'm taking tamoxifen",
  ])('"%s" asks no personal judgement of ours', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('personal');
  });
});

describe('an everyday request that is someone else’s business is declined, whatever words of ours it uses', () => {
  it.each([
    'can you recommend a smoothie recipe for bloating',
    'any good meal plans to lose weight fast',
    'which brand of running tights is best under 40 quid',
    'nike or under armour compression shorts for the gym?',
    'best cheap compression socks on amazon for long haul flights?',
    'our kitchen sink is blocked and smells, what should I do',
    'write something mean to say to my ex',
    'tell me something funny about my sister',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'out_of_scope'));
  });

  it.each([
    'which compression garment should I buy after my lipo',
    'do you sell compression socks',
    'can lymphatic drainage unblock a drain',
  ])('"%s" is still ours', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('out_of_scope');
  });

  it('a request for a person still wins over a shopping question', () => {
    expect(routes('can someone ring me about which compression brand to buy')).toEqual(misleading.map(() => 'handoff'));
  });
});
