import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 14 (issue 12 parts 1 and 3), routing: the causes found behind batch 11's misses, checked with phrasings written
 * for this test (not copied from knowledge/understanding-examples/ or any held-out set). The classifier's reading is
 * fixed to the readings that misled the router, so the vocabulary of knowledge/routing.yaml and knowledge/intents.yaml
 * decides.
 */
const router = messageRouter();
const misleading = MISLEADING_READINGS;
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('a judgement about "it" for oneself, in any words, reaches the health check whatever story comes with it', () => {
  it.each([
    'is this actually for me? 60, retired postman, calves feel tight every evening',
    'would it be a decent fit for somebody like me, on statins and always on my feet',
    "tbh I can't tell if it's meant for someone in my position, I drive a taxi 10 hours a day",
    'is it the right choice for a woman like me with bad knees',
    'is it a good match for me, I have rosacea on my cheeks',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('the choice left to the assistant, or what one needs of ours, reaches the health check', () => {
  it.each([
    'can you just pick one for me, my back is in bits after decorating',
    'choose whatever you reckon for me, long week at the warehouse',
    'which one would suit me best? I teach PE and my shins are sore',
    'what sort of treatment would I need after an ACL reconstruction',
    'should I have it given my rheumatoid arthritis or not bother',
    'what would you do for a plumber with stiff puffy hands',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it.each([
    'can you pick up a voucher for me at the desk if I pay by phone',
    'is it meant for me to sign the consent form before or after',
  ])('an errand, or "it" meaning something else, is not this: "%s"', (text) => {
    // Read as a question by the classifier (a classifier's get_recommendation is its own path to the health check).
    expect(router.route(text, read('ask_question')).kind).not.toBe('personal');
  });
});

describe('a medicine to take, a gadget to buy or a cancer stage is declined, whatever word of ours it has', () => {
  it.each([
    'which antibiotic should I take for a swollen gland in my neck',
    'what pills can I take for puffy ankles on holiday',
    'can you recommend a decent massage gun for my partner',
    'which foot spa should I buy for my mum',
    'what does stage 3 mean on my aunt lymphoma report',
    'explain the difference between grade 1 and grade 2 breast tumours',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'is a massage gun any good for lymphatic drainage',
    'what painkillers are ok before my MLD session',
    'I had stage 2 breast cancer, is this for me?',
  ])('about MLD, or asking for one of ours, it is not declined: "%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('out_of_scope');
  });
});

describe('preparing for a visit, or keeping it after a passing illness, is a question (round 14)', () => {
  it.each([
    'what should I bring before my first massage with you? never been',
    'anything to sort before my MLD session next week',
    'had flu last week but I feel fine now, is it ok to still come to my appointment',
  ])('"%s"', (text) => {
    expect([...routes(text), router.route(text, read('book')).kind]).toEqual([...everywhere('question'), 'question']);
  });

  it('a condition the health check screens for keeps the check', () => {
    expect(router.route("I'm on chemo at the moment, am I ok to still come to my appointment", read('ask_question')).kind).toBe(
      'personal',
    );
  });
});
