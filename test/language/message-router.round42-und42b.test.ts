import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 42 (und42b, issue 12 §3): personal requests that batch 37 showed declined, answered or left unknown, by cause, in
// wordings written for this test (not batch 37's), with the look-alikes that must stay where they were.
describe("round 42: a judgement asked on one's own case reaches the health check whatever frame it comes in", () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // One's own case named beside a general frame ("how often", "or should I stick to").
    'given my circumstances, how often ought I to come',
    'in my case is once a month enough or do i need weekly',
    'what length of appointment would work in my particular situation',
    // A verdict on what one has told, or the next step in slang.
    'going by everything I have said so far, what would you do',
    "from what i described above what's the plan for me then",
    'whats the call for my mum, her feet balloon by teatime',
    // Whether we would say someone should come or book.
    "d'you reckon i ought to be coming more often",
    'would you say my husband should book in, his legs feel heavy',
    // Whether it would suit a person named by pronoun, after a story a general cue reads.
    'a friend told me she needs it after her section, would it suit her',
    // Another word for the judgement, asked as a question.
    'is an hour long enough for me or should I go for 90 minutes',
    'would the facial be appropriate for me, I have rosacea',
    // Whether bringing or booking someone in is the right step.
    'would bringing my son along be a smart call, his foot is swollen',
    'is signing myself up for a course of drainage a good shout',
    // A bundle of sessions is ours as a package is.
    'coming in every fortnight, which bundle is best for me',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // Look-alikes: asked in general, a time that suits, someone else's bundle, a plan that is not ours.
  const calm = [read('ask_question'), read('none', 1), read('out_of_scope')];
  it.each([
    'how often do people usually come in',
    '3pm tuesday is fine for me',
    'what time is fine for me to arrive',
    'in my case the swelling went down after two days',
    'which broadband bundle should i get',
    "what's the move for the weekend, any good bars near you",
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, calm)(text)).not.toContain('personal');
  });
});
