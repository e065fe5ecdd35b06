import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 37 (und37b, issue 12 §3): personal requests that batch 32 showed answered or declined, and general questions it
// showed sent to the health check, by cause, in wordings written for this test (not batch 32's).
describe('round 37: personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // Doing it oneself weighed against travelling in to us.
    'no clinic anywhere near our farm. should I just do the drainage myself or make the trip in every few weeks?',
    'should we try self-massage at home or travel over to you once a fortnight',
    // A screened organ or illness named in the plural.
    'both my kidneys are only working at 30 percent, can I still have a massage?',
    "I've had three chest infections since October, am I okay to come in for MLD?",
    // Which of the team suits oneself or a person described by a trait.
    'which of your therapists would be best for a nervous first-timer like me',
    // Whether to keep to a frequency someone else set.
    'the lymphoedema nurse wants me on it every day for two weeks, should I really come that often?',
    'my GP told me I need drainage twice weekly, should I go that often?',
    'my surgeon suggested daily sessions after the lipo, should I book that often',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // The spa's own rooms are ours, and so is one of our team asked for by role: a personal request about them is not
  // declined as none of ours, whatever the classifier read (unless it is sure the message is off-topic, which the router
  // then leaves to the route model).
  it.each([
    'which practitioner is right for a guy who hates being touched',
    "I'm claustrophobic, would the side-by-side suite be better for me than a small treatment room?",
    'my anxiety is bad, is the couples room or a solo room better for me and my daughter',
  ])('"%s"', (text) => {
    const readings = [read('ask_question'), read('get_recommendation'), read('none', 1)];
    expect(routesUnder(router, readings)(text)).toEqual(sameUnder(readings)('personal'));
  });

  // Look-alikes: the same words without a personal request of ours.
  const asQuestion = [read('ask_question'), read('none', 1)];
  it.each([
    'should I learn to drive or keep getting the bus in',
    'what do the kidneys actually do',
    'which therapist trained the others here',
    'how often should I go after a tummy tuck',
    'should I book a double room or a twin at the hotel',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});

describe('round 37: general questions are answered, not screened', () => {
  const router = messageRouter();
  // The classifier's recommendation reading sent these to the health check; the general cues answer them.
  const asRecommendation = [read('get_recommendation'), read('get_recommendation', 1)];
  it.each([
    // What to do after a session, the time said first.
    "once the massage is over, what should I be avoiding? coffee?",
    'post treatment what do I need to be eating',
    // Whether it hurts, asked first in a few words.
    "will it be painful? I've got a low pain threshold",
    'does it hurt? I cry at injections',
    // Whether it is only an ordinary massage.
    "isn't lymphatic drainage basically just a posh rub down?",
    'is it really only a regular massage with a new label',
    // Whom to ask about something elsewhere.
    'who should I check with about whether my surgeon abroad is registered?',
  ])('"%s" is a question', (text) => {
    expect(routesUnder(router, asRecommendation)(text)).toEqual(['question', 'question']);
  });

  it('"who do I speak to about changing my booking" still asks for a person', () => {
    expect(router.route('who do I speak to about changing my booking', read('ask_question')).kind).toBe('handoff');
  });
});
