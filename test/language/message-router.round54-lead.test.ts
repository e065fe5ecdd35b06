import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 54 (lead, issue 12 §1-3; dev set 54B read after being scored unread): being transferred asked in the passive, a
 * person to run something by, one of a named rank of the team to get back to one, another organisation's person asked for
 * "there" a sentence later, and what would be gentlest or suitable for oneself. Wordings written for this test.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);

describe('round 54: a person of ours asked for in new words', () => {
  it.each([
    'could we get transferred please',
    'can i be put through?',
    'can this be escalated, nobody has answered my email',
    'is there a therapist or someone qualified I could run a few things by? 3 weeks post lipo',
    'can I bounce my plan off one of your therapists before I book',
    'it would help if one of your lead therapists went over my notes and got back to me this week',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('a voucher that may be transferred is no request for a person', () => {
    expect(routes('can my gift voucher be transferred to my sister?')).not.toContain('handoff');
  });
});

describe("round 54: another organisation's person asked for 'there' a sentence after it is named", () => {
  it.each([
    'My bank keeps cutting me off. How do I get a human being there to sort it?',
    'Ryanair lost my case last week. how do I reach an agent there',
  ])('"%s" is declined as someone else\'s', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('a person asked for "there" after our flyer at a gym is still ours', () => {
    expect(routes('saw your flyer at my gym. can I talk to someone there')).toEqual(everywhere('handoff'));
  });
});

describe('round 54: what would be gentlest or suitable for oneself is a personal request', () => {
  it.each([
    'never been to a spa and I have lupus. what would be gentlest for me?',
    'I bruise really easily, what would be the most suitable treatment for me',
    'my mum is 80 and frail, what would be the safest option for my mum?',
  ])('"%s" goes to the health check', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it('what would be good for a named aim is asked in general, not routed as personal under every reading', () => {
    expect(routes('what would be good for puffy eyes?')).not.toEqual(everywhere('personal'));
  });
});
