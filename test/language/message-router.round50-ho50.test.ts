import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 50 (ho50, issue 12 §1-§2; dev set 50C read): what we would put one on or start one on is a personal request of
 * ours whatever complaint of a GP's comes with it; another trade's professional needed, with who to ring for one, is theirs
 * (declined), not a request for our team. Wordings written for this test, none from a set.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);

describe('round 50: what we would put one on', () => {
  it.each([
    'what would you start me on, I have been drained since flu',
    'what would you put me on? exhausted since my covid jab',
    'what would you sign me up for, my eczema is flaring',
  ])('"%s" is personal', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it('a medicine named after it stays a GP question', () => {
    expect(routes('what would you put me on tablets for, my eczema')).toEqual(everywhere('out_of_scope'));
  });
});

describe('round 50: who to ring for another trade', () => {
  it.each([
    'we need a plumber for a burst pipe, who do I call',
    'who should I phone about a solicitor for the house sale',
    'need an accountant for my tax return - who can I contact',
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each(['who should I ring to book a massage', 'I need someone to ring me about my booking'])(
    '"%s" still hands off',
    (text) => {
      expect(routes(text)).toEqual(everywhere('handoff'));
    },
  );
});
