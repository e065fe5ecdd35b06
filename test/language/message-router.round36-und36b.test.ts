import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 36 (und36b, issue 12 §3 and §5): personal requests that batch 31 showed answered, declined or not understood, and
// general questions it showed sent to the health check, by cause, in wordings written for this test (not batch 31's).
describe('round 36: personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // Someone close in chat's short names (intents.yaml / routing.yaml relatives: bf, gf, bestie, hubs, wifey).
    'best one for my gf, she does pilates and spin',
    "what do you reckon for my bestie, she's a nurse on nights",
    // The choice handed to us outright.
    "no forms thanks, you pick my session",
    'u decide for me which treatment',
    // One of ours weighed against something else for oneself, ours named first.
    'massage or compression tights for me? my calves ache by the end of a shift',
    // Whether the team can see someone close.
    'is your therapist able to see him, my 7 yo was born with swelling in his foot',
    // Whether it, or coming in, is wise or allowed for oneself, the question ending there.
    'I take nine different pills a day. Would it be sensible for me?',
    'seven months along with twins, am I alright to come in?',
    'had a kidney transplant in 2019, am I still allowed to have this',
    // "would it help the … in my …": the writer's own body, further along.
    'could it help the bloating around my tummy? I am on the pill',
    // "it" opening the message is ours: whether it would help one's own complaint, a GP's word in it or not.
    "could it help my hay fever? I'm bunged up all summer",
    'would this help my sinuses, they throb every winter',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // A good option asked for a person described by a trait: the health check unless the classifier is sure it is off-topic
  // (a story in words we never use, with no word of ours, is still declined then).
  it.each(["what's a decent option for a fella who lifts weights"])('"%s"', (text) => {
    const readings = [read('ask_question'), read('get_recommendation'), read('none', 1)];
    expect(routesUnder(router, readings)(text)).toEqual(sameUnder(readings)('personal'));
  });

  // Look-alikes: the same words without a personal request of ours.
  const asQuestion = [read('ask_question'), read('none', 1)];
  it.each([
    'u choose my outfit for tonight',
    'would it help the drainage if I drink more water?',
    'got a job interview at 9, am I ok to come in?',
    'thinking of selling my flat, is it wise for me?',
    'my GP gave me a nasal spray, will it help my sinus?',
    'does ibuprofen help my headache',
    'how should I prepare for my first visit?',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});

describe('round 36: general questions are answered, not screened', () => {
  const router = messageRouter();
  // The classifier's recommendation reading sent these to the health check; the general cues answer them.
  const asRecommendation = [read('get_recommendation'), read('get_recommendation', 1)];
  it.each([
    // What to do or avoid after a session, said as "should I".
    'after the session should I stay out of the hot tub?',
    'after my session should I steer clear of the steam room?',
    // Asked to explain or describe.
    'can you explain the lymph system to me in simple words',
    'describe the Vodder technique to me please',
    // Whether something else does as much as ours.
    'would a brisk walk shift the fluid just as well?',
  ])('"%s" is a question', (text) => {
    expect(routesUnder(router, asRecommendation)(text)).toEqual(['question', 'question']);
  });

  // A booking mentioned in a story with a question of its own clause is asked, not booked.
  it('"my appointment lands on my sister\'s wedding day, will that matter" is no booking', () => {
    expect(router.route("my appointment lands on my sister's wedding day, will that matter", read('book')).kind).toBe(
      'question',
    );
  });
});
