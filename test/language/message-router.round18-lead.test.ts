import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 18 (lead): personal requests the cues did not know in these words, written by the lead as two fresh sets (the
 * first reached the health check 17 times of 24, the second 4 of 12): a verdict for "someone with my …", "alright" or
 * "fine" where the cues knew "ok" and "safe", "you'd recommend", oneself or someone close as a candidate, whether
 * someone close could book something, where to start after a need, and what we have that is right "for that". The
 * classifier's reading is fixed to readings that would mislead the router, so the knowledge files decide.
 */
const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, misleading);

describe('a personal request in the words people use reaches the health check', () => {
  it.each([
    'is this massage a good idea for someone with my varicose veins',
    'thinking of trying it but not sure it is a good idea for someone on my heart tablets',
    'hiya is it alright for me to have this done while breastfeeding',
    "would it be alright to come in for this if I've got psoriasis",
    "is there anything you'd recommend for cellulite on my thighs, budget about 200",
    'what would you guys suggest, my legs feel like lead by friday',
    "do you think I'm a good candidate? type 2 diabetic, swollen feet",
    "reckon I'd be a decent candidate? ex smoker, swollen shins",
    "is he a suitable candidate, he's 72 with a pacemaker",
    'my partner has fluid retention from his meds, could he book something',
    'can my nan book something with you, her feet are puffy',
    'I think I need some lymphatic work after my tummy tuck, where do I start',
    "what have you got that's good for that, I retain loads of water on my period",
    "after my mastectomy my arm feels tight. what do you offer that's right for that",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(misleading.map(() => 'personal'));
  });

  it.each([
    'is it safe to have MLD while breastfeeding?',
    'could he book something at the restaurant next door for us?',
  ])('"%s" asks no personal judgement of ours', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('personal');
  });
});
