import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 40 (und40a, issue 12 §2): the hand-off causes batch 35 showed in English, in wordings written for this test (not
// batch 35's messages): a person named as a human against the machine, wanted for something other than talking
// (handoffConcept `realPeople`); a want said as what one is after or waiting for; one of "yous" on the line; a clause that is
// nothing but one of ours named (`summons`); whether anyone is there now, with words between. Look-alikes: a person set
// against a device in a comparison, something one is after that is no one, a human's body.

describe('round 40: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    'could an actual human just fix the date on my voucher',
    'I need a real person to work out why I was charged twice',
    "we're after a real person, not some automated system",
    "happy to wait for a human, no rush",
    'can you put one of youse on the blower',
    'this is going nowhere. manager please.',
    'useless. human.',
    'anybody working in there today?',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'do compression pumps work as well as a real therapist for lymphoedema?',
    "I'm after a facial drainage for my sister's wedding",
    'does lymph drainage work on the human body the same way for everyone?',
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });
});
