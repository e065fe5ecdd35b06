import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 44 (und44b, issue 12 §1 and §3): personal requests that batch 39 showed missing the health check's door, and
// private-life decisions that reached it, by cause, in wordings written for this test (not batch 39's), with look-alikes
// that must stay where they were.
describe('round 44 (und44b): personal requests reach the health check, private-life decisions are declined', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);

  describe('a personal request in shapes the cues lacked', () => {
    it.each([
      // Scots and northern spellings of "for" and "anything".
      'would it be safe fur me wi my pacemaker',
      'do ye think it would do owt for my ankles, they puff up by teatime',
      // "ought I" as "should I".
      'ought I book the lighter-touch one then',
      // One's age said with "at".
      'am I too far gone for this at 79?',
      // Someone close by a possessive name, and named with the in-law spelt with spaces.
      'reckon it would do anything for our Jack\'s knees? he plays rugby and they swell',
      'would my sister in law benefit, she\'s 70 and never been pampered in her life',
      // The body told by what one does not want it to look like.
      'christening on sunday and i dont want to look bloated in the pictures, tummy or face for me',
      // A session named by its part of the body, and lymph drainage named bare after "any reason I shouldn't get".
      'i bruise easily, am i still allowed an arm session',
      'been on HRT for a year, any reason i should not get lymph drainage',
      // Advice asked for oneself as one of a kind.
      'what is your advice for a bloke like me, knee op in march and the leg is still huge',
      // Bringing someone close in, with "worth" and nothing after.
      'is it worth taking my nan in? her feet swell every afternoon',
      // Whether it is all right for oneself, the question ending there, beside a practical general cue.
      'period started this morning, should I rebook or is that fine for me',
      // The light-touch way of working named.
      'i have fibromyalgia, is the light touch type ok for me',
    ])('"%s"', (text) => {
      expect(routes(text)).toEqual(everywhere('personal'));
    });
  });

  describe('look-alikes that stay general or declined', () => {
    it.each([
      'is it ok for me to come in on my period or should I rebook',
      'how should I prepare for my first session',
      'can lymphatic massage make you sick',
      'any reason people should not get lymph drainage?',
    ])('"%s" is not screened', (text) => {
      expect(routesUnder(router, [read('ask_question'), read('none', 1)])(text)).not.toContain('personal');
    });
    it.each([
      'my dog\'s legs are swollen, would it do anything for him',
      'can you recommend a series on netflix',
    ])('"%s" is not a personal request of ours', (text) => {
      expect(routes(text)).not.toContain('personal');
    });
  });

  describe('a decision in one\'s private life or a game', () => {
    it.each([
      'should i dump him or give it another go',
      'who should I draft first overall',
      'should i bench my kicker at flex this week',
      // Already declined before; they must stay so.
      'should I text her back after she ghosted me',
      'do I forgive my boyfriend for forgetting my birthday',
    ])('"%s" is declined', (text) => {
      expect(routes(text)).toEqual(everywhere('out_of_scope'));
    });
    it('a request for oneself with a partner named still reaches the health check', () => {
      expect(routes('should I book a session before my husband takes me to the wedding? my ankles are awful')).toEqual(
        everywhere('personal'),
      );
    });
  });
});
