import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 33 (und33, issue 12 §1-§3): English personal requests, hand-off requests and out-of-scope requests batch 28
 * showed the router missing, fixed by cause and proved on wordings written for this test (none from a batch, none from
 * the round's training file, knowledge/understanding-examples/round33-und33.yaml). Each message is routed under the
 * classifier readings that misled the router before.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);
const everywhere = sameUnder(readings);

describe('a general-sounding question tagged as the writer own, in more words, reaches the health check', () => {
  it.each([
    'is it alright for somebody on letrozole to have this? (its me, 3 years on it)',
    'can a person with sarcoidosis have it? Asking for myself, diagnosed last spring',
    'safe for someone with a stent in their leg to have this? it is me btw',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('whether one own condition gets in the way, in words the cues did not read, is a personal request', () => {
  it.each([
    // a condition that might rule one out, or be a problem for one
    'I had a stroke in 2021 and take clopidogrel - does that rule me out?',
    'I get vertigo when I lie flat. would that be an issue for me on your couch?',
    'epilepsy, well controlled on keppra. is that going to be a problem for me with the massage?',
    // whether something one had changes things
    'they removed two nodes under my left arm, does that change anything for me when I come in?',
    // something one could have, with an adverb between
    'my liver enzymes are up a bit. is it something I could still have?',
    // would it work on one
    'my ankles puff up by the end of every shift, would your leg treatment work on me',
    // what makes sense for one
    'which course makes sense if I am having my gallbladder out in March?',
    'does it make sense for me to come weekly while I am on the weight loss jab',
    // still fine to have a part done
    'bad eczema flare on my shins this week, still ok to have my legs done on Thursday?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('a cold sore is not a cold, and "too early for me" is not the arrival time', () => {
  it.each([
    'cold sore popped up on my top lip last night, is it ok for me to come for my face session on friday',
    'three weeks out from my hip replacement. am I ok to come in now or is it too early for me?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('a request to us is not another medical question because a GP complaint comes with it', () => {
  it.each([
    'my psoriasis has flared all winter. what would you choose for me, something calming?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('the same words asked in general, or about something else, stay where they were', () => {
  it.each([
    'can I come for my appointment if I have a cold?',
    'how early should I come in before my first appointment?',
    'does lymphatic drainage make sense as a daily thing?',
    'is it safe to have lymph drainage with a stent?',
  ])('"%s"', (text) => {
    const asQuestion = [read('ask_question'), read('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
  it.each([
    'my GP thinks my cough is viral, should I get a chest x-ray',
    'which antibiotic works best for a chest infection',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});

describe('a person asked for as real, or a desk asked for by name, is a request for a person', () => {
  it.each([
    'do you have a real live nurse I could run my scan results past',
    'honestly I need a flesh and blood human for this',
    'Front desk, please. my locker key is stuck',
    'just get me Sophie or Kat',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
  it.each([
    'is a real therapist doing the session or a machine',
    'are your therapists actual qualified MLD practitioners',
  ])('"%s" is no request for one', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});

describe('a phone assistant task is not ours, even with someone to ring in it', () => {
  it.each([
    'remind me at 6 to phone my sister about the school run',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});

describe('the classifier alone does not hand a message with no person in it to the team', () => {
  it.each([
    'is it worth getting laser on my chin',
  ])('"%s"', (text) => {
    expect(router.route(text, read('talk_to_human', 0.95)).kind).not.toBe('handoff');
  });
  it.each(['can a nurse chat with me', 'any chance of a human'])('"%s" still does', (text) => {
    expect(router.route(text, read('talk_to_human', 0.95)).kind).toBe('handoff');
  });
});

describe('more of one own judgement asked in words the cues did not read (second pass)', () => {
  it.each([
    // what the assistant reckons one goes for, without "should"
    'so that is my whole history, what do you reckon I book',
    // the team asked whether they could work with someone close
    'my aunt has dementia and swollen legs, could your therapists work with her',
    // something wanted for one own complaint
    'after something for my puffy ankles in the evenings, is that a thing you do',
    // one own story, then "ok to ... after?" said telegraphically
    'I have my smear test and a biopsy on Monday. ok to book a session after?',
    // how long one would need, with one own body
    'how long would I need, roughly, with my thighs the size they are',
    // a child by age, then one own child named
    'would it be appropriate for a 9 year old with swollen feet? my son has had it since birth',
    // the tag "mine was" with a year
    'is drainage a good idea for someone who had a clot in the lung? mine was in 2020',
    // before booking, for oneself
    'I have a shunt in my head from years ago. before I book the full session for myself, will that be an issue?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
  it.each([
    'how long do I need to wait after filler before a facial',
    'is drainage appropriate for a 9 year old',
    'want something for my mum for her birthday, what vouchers do you do',
    'what should I ask before I book a course',
  ])('"%s" stays a question', (text) => {
    const asQuestion = [read('ask_question'), read('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});

describe('a person asked for by what they handle, or by name, or after the assistant could not say (second pass)', () => {
  it.each([
    'who would be the right person to speak to about a corporate wellbeing day',
    'who is your marketing contact, we run a wellness podcast',
    'ok you clearly have no idea. so who does?',
    'can you loop in Dana from the desk, my client is waiting',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
  it.each([
    'who does the facials on a Saturday',
    'who is the lymphatic system for',
  ])('"%s" is no request for one', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});
