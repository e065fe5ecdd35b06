import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 41 (und41a, issue 12 §1-2): the hand-off causes batch 36 showed in English, in wordings written for this test (not
// batch 36's messages): being patched or put through with no one named, one of ours put on the line, a matter passed up the
// chain, a living one said by its pulse, a summons after an exasperated opening, an adviser or a desk person by role, one of
// ours described by what they did, the team by a collective word, a person asked to look at one's form, a team member named
// in a bare imperative. And the out-of-scope causes: "a real AI" asks about the machine, a sport or pastime to take up is
// none of ours. Look-alikes keep their other reading.

describe('round 41: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    'just patch us through please',
    'could you patch me thru to someone at the desk',
    'stick someone real on, ta',
    'get a receptionist on the line, my booking is wrong',
    "I'd like this escalated, escalate my complaint please",
    'can you kick this up the chain, the refund never came',
    'this is going in circles. anybody with a heartbeat on the other end?',
    'honestly, a person, any person',
    'ffs a human please',
    'customer adviser please',
    'desk person please, my voucher code failed',
    'need the therapist that saw my husband on monday to phone the care home',
    'can someone have a look at my consent form, i put the wrong date',
    'ok, speak with marek please',
    'is a breathing being checking these messages?',
    'is there staff replying here or is it only you',
    'put me through to your studio crew',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'is a real therapist better than a compression pump for my arm?',
    'does the surgeon who did my lipo do drainage too?',
    'can a person with lipoedema have lymphatic drainage?',
    'talk to mum first then book',
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });
});

describe('round 41: out of scope', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    'are you a real bot or a fake one haha',
    'should I take up pilates or tai chi this spring',
    'should i get into bouldering or padel',
    'should I take up knitting',
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'are you a real person?',
    'should I do yoga after my drainage session?',
    'my legs swell by evening, should I try swimming?',
    'should I take up the offer of a follow-up session?',
  ])('"%s" keeps its reading', (text) => {
    expect(routes(text)).not.toEqual(everywhere('out_of_scope'));
  });
});
