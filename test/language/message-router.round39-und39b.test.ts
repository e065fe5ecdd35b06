import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 39 (und39b, issue 12 §3): personal requests that batch 34 showed declined or answered, by cause, in wordings
// written for this test (not batch 34's). Each reaches the health check whatever the classifier read.
describe('round 39: personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // The writer's age said bare ("I'm 64"), as "a 64 year old" already was: a body the request is about.
    "I'm 69 and a bit doddery these days, would it do me good",
    "i'm 80 and a bit creaky, would it do me any good",
    // One's own recovery or training, and the sport one plays.
    'whats best for my training recovery, i do crossfit most days',
    'whats best for my sports recovery',
    // How one wants to feel, in body words.
    'i just want to feel less sluggish, what should i try',
    // Oneself as a kind of person "like me".
    'what would suit a night-shift worker like me',
    'which is best for a long-haul flyer like me',
    // Whether one may have it, said with a medicine or a GP's complaint of one's own.
    'is it fine for me to have it, I get bad eczema',
    'would it be ok for me to have one while im on the pill',
    // Whether now is the time to start.
    "is this week a good time for me to begin, I've had a rash",
    'is it the right time for me to start? getting over flu',
    // What the team would tell one to book, and which one to go for.
    'if you were me what would you tell me to book',
    'just tell me which appointment to grab',
    // A session asked for that would fit or suit one.
    'please advise a session that would fit me, shift worker here',
    // Which of ours helps one's own body most.
    'which session helps my puffy ankles best',
    'which treatment helps my numb hands the most',
    // What would be best after one's own operation.
    'what would be best after my tummy tuck in june',
    // A plan of sessions or how often to come, asked of us for oneself.
    'could you recommend how often I should book, 3 months post lipo and the surgeon is pleased',
    'could you plan me out a schedule of treatments for afterwards',
    // Someone close described between "for my" and who they are.
    'is lymphatic drainage fine for my 90 yo grandad',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // Look-alikes: the same words without a personal request of ours.
  const asQuestion = [read('ask_question'), read('none', 1), read('out_of_scope')];
  it.each([
    "I'm 30 minutes late, is that ok",
    'which laptop is right for a student like me',
    "what's best after a facelift, ice or heat",
    'how often should I come in after lipo',
    'can you plan me a trip to Lisbon',
    'is it safe to take antibiotics and the pill together',
    'is lymph drainage safe for older adults',
    'which phone is best for a gamer like me',
    "should I pay into my pension or clear my loan first, I'm 41",
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});
