import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 44 (und44, issue 12 §1-2): hand-offs and out-of-scope requests that batch 39 showed misrouted, by cause, in
// wordings written for this test (not batch 39's), with the look-alikes that must stay where they were.
describe('round 44: the router reads the classes of phrasing batch 39 showed it lacked', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  const calm = [read('ask_question'), read('none', 1), read('out_of_scope')];

  describe('a person asked for', () => {
    it.each([
      // The wish with its "I" dropped at the clause's start.
      'would much rather talk my lipo aftercare through with a nurse over the phone',
      'would feel safer going through my voucher problem with an actual human',
      // A wait in a queue for one of ours.
      "I don't mind waiting in the queue for a real assistant",
      // Letting one of ours in, or joining in without naming the chat.
      'this is going in circles, let one of the team take over',
      'could a therapist hop in please',
      // One of ours by what they do and a plain word for a person.
      'i want to ask the spa lady about my package on the phone',
      // A joke for a living one.
      'a carbon-based unit please, not you',
    ])('"%s"', (text) => {
      expect(routes(text)).toEqual(everywhere('handoff'));
    });
    it.each([
      'would rather have the face session than the legs',
      'can I jump in the pool straight after',
      'can my partner come in too',
      'will the therapist go through my history on the day',
      'the massage lady said to drink lots of water, is that right?',
    ])('"%s" is not a hand-off', (text) => {
      expect(routesUnder(router, calm)(text)).not.toContain('handoff');
    });
  });

  describe('someone else’s business', () => {
    it.each([
      // A word's sense told apart with "not the computer": no machine refused.
      'I need a password for my apple, the laptop not the fruit',
      'I need help with my mouse, the pet not the computer',
      // A complaint to one's housing association is theirs.
      'help me word a complaint to our housing association about the leaking roof',
    ])('"%s"', (text) => {
      expect(routes(text)).not.toContain('handoff');
    });
    it('a machine refused is still a request for a person', () => {
      expect(routes('I need to talk to someone, not the bot')).toEqual(everywhere('handoff'));
      expect(routes('please not the chatbot again, I need a human')).toEqual(everywhere('handoff'));
    });
  });
});
