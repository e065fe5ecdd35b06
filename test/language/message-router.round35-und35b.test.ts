import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 35 (und35b, issue 12 §3): personal requests batch 29 showed the router answering as questions or declining, by
// cause, in wordings written for this test (not batch 29's messages). Each request must reach the health check under
// every misleading classifier reading; the look-alikes must not.
describe('round 35: personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // A booking asked for in words for the writer's own body (routing.yaml bookingRequests + ownBody, message-router.ts).
    'could I get a slot for my legs? they feel like lead by friday',
    'can you fit me in this week, my feet have swollen up since the heatwave',
    'book me in please, my arm has been puffy since the op',
    // "alright for me" and Caribbean English "good fi mi".
    "I'm 71 with a replaced knee, is the leg session alright for me?",
    'mi ankle dem big every evening, dis massage safe fi mi?',
    // Whether one or someone close can be seen or treated here.
    "my son's 14 and has lymphoedema in his leg, could he be seen by one of your therapists?",
    'would you treat me? I had a skin graft on my shin last year',
    // "what can I do?" ending one's own story.
    'my right leg started swelling after my hysterectomy and I was diagnosed with lymphoedema last spring. what can I do?',
    // A recommendation in its short form, and a plan built after surgery.
    "any recs? new mum, shattered, can't switch off",
    'could you put together a recovery plan for me? had a tummy tuck in Istanbul',
    // Suits our / a man given by a short age.
    'me and my sister both had lipo, is there a package that would suit our healing?',
    'would the body session suit a 52 y/o man with a dad bod',
    // A screened condition with the one of ours named by its length.
    "can I have the 60 minute leg one? I'm on apixaban",
    // An exam is the story, the writer's own swollen body the request.
    'A-levels next month, revising till 2am and my eyes are so puffy every morning, what would you suggest for me?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  const asQuestion = [reading('ask_question'), reading('none', 1)];
  it.each([
    // A booking asked for with no body of one's own, and a time that is alright.
    'can I book a gift voucher for my sister?',
    'is 3pm on Thursday alright for me to come?',
    // The general ways in.
    'can I be seen without a referral from my GP?',
    // "what can I do" that is not the end of one's story.
    'what can I do to prepare for my first session?',
    // A rec centre, a plan that is not ours.
    'is there a rec centre near you with a pool?',
    'make me a meal plan for losing weight',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });

  it.each([
    'revision notes on the lymphatic system for my GCSE biology',
  ])('"%s" stays a student\'s task', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});

// Round 35 (und35b): a person described as the subject of a question, and "a person or a style", are not a person asked
// for (routing.yaml handoffRequests).
describe('round 35: a person talked about is no request for one', () => {
  const router = messageRouter();
  const asQuestion = [reading('ask_question'), reading('none', 1)];
  it.each([
    'person on warfarin, can they have lymph drainage?',
    'Vodder, is that a person or a kind of massage?',
  ])('"%s" is not handed to the team', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });
  it.each(['person please', 'a human please, this bot is useless', 'is this a real person?'])(
    '"%s" is still handed to the team',
    (text) => {
      expect(routesUnder(router, MISLEADING_READINGS)(text)).toEqual(sameUnder(MISLEADING_READINGS)('handoff'));
    },
  );
});
