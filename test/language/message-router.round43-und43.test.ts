import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 43 (und43, issue 12 §1-3): hand-offs, personal requests and out-of-scope requests that batch 38 showed misrouted,
// by cause, in wordings written for this test (not batch 38's), with the look-alikes that must stay where they were.
describe('round 43: the router reads the classes of phrasing batch 38 showed it lacked', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  const calm = [read('ask_question'), read('none', 1), read('out_of_scope')];

  describe('a person asked for', () => {
    it.each([
      // Whether a human is there at all, asked as a presence question: in a chat with a machine, the request.
      'any humans working tonight? my voucher code will not work',
      'are there any humans on duty',
      'hello, any real people in today?',
      // One of ours named, "or whoever" is in, asked to pick up or listen to a message left for them.
      'could Jess or whoever is at reception pick up my message',
      'can Mark or one of the therapists listen to my voicemail please',
    ])('"%s"', (text) => {
      expect(routes(text)).toEqual(everywhere('handoff'));
    });
    it.each([
      'any therapists on shift saturday?',
      'do humans have lymph nodes in the groin',
      'any people here tried it after lipo?',
      'can I check my messages in the app',
    ])('"%s" is not a hand-off', (text) => {
      expect(routesUnder(router, calm)(text)).not.toContain('handoff');
    });
  });

  describe('a personal request', () => {
    it.each([
      // Learners' English drops the "do" of "what do you think I should…".
      'my ankles swell after work, what you think I should book?',
      'three weeks after lipo, what you suggest for me?',
      // The plan or next step asked as one's own ("what's my plan") after the story.
      'had a tummy tuck ten days ago, what is my plan now',
      'lipo on my thighs last month so whats my next step',
      // Which one of the team would suit oneself, by any quality ("gentlest", "best").
      "I'm very ticklish, which of your therapists would be the gentlest with me?",
      'nervous about being touched, which practitioner would be best for me',
      // Whether to wait, asked after a question a general cue reads ("could MLD help the swelling").
      'my knee op was 3 weeks ago, could MLD help the swelling or should I hold off?',
      // Which option fits someone close, after "asked me to" (a general cue's frame for advice passed on).
      'my husband is 2 weeks after his lipo and asked me to find him something, which package fits him?',
      // A judgement on a body "like hers": the possessive pronoun read as the writer's own.
      'my sister has really swollen ankles, is drainage a no-go for ankles like hers?',
      'is lymph work off the table for legs like mine, I have thread veins everywhere',
      // A condition the health check screens for, then whether "this treatment" is ok for someone like oneself.
      'I have rosacea on my cheeks, is this treatment alright for somebody like me?',
    ])('"%s"', (text) => {
      expect(routes(text)).toEqual(everywhere('personal'));
    });
    it.each([
      'what you think about politics',
      "what's my plan for the weekend",
      "what's my booking reference",
      'how long should I wait after botox before a facial',
      'which laptop would be best for me',
      'which is better for my heavy arms: a sleeve or one of those pumps?',
      'can I have a sauna after my drainage or should I wait a day',
      'does the therapist talk during the session',
    ])('"%s" is not sent to the health check', (text) => {
      expect(routesUnder(router, calm)(text)).not.toContain('personal');
    });
  });

  describe('someone else’s business', () => {
    it.each([
      // Words for a speech, a eulogy or a toast: a writing task whoever it is for.
      "help me find the right words for my grandad's eulogy",
      'can you help me think of something to say at my best friends wedding',
      // A supplement named before "should I take".
      'how much iron should i take when i feel run down',
      'how many fish oil capsules should I take each day',
    ])('"%s"', (text) => {
      expect(routes(text)).toEqual(everywhere('out_of_scope'));
    });
    it.each([
      'how many sessions should I have after lipo',
      'can you help me find the right treatment for my mum',
    ])('"%s" is not declined', (text) => {
      expect(routesUnder(router, calm)(text)).not.toContain('out_of_scope');
    });
  });
});
