import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 41 (und41b, issue 12 §3 and §5): personal requests that batch 36 showed declined or answered, and general
// questions it showed sent to the health check, by cause, in wordings written for this test (not batch 36's).
describe('round 41: a request of one\'s own wins over the general cue reading its story', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // Which of ours, asked in question order after a story a general cue reads (illness, how often).
    'been poorly with a virus all winter and still feel drained, which of your sessions should I book',
    'run down since the baby came, which package do I go for',
    // What one would even get, after someone else's say-so.
    'my sister keeps telling me to try lymph drainage, what would I actually book',
    'my wife wants me to try a lymphatic massage, what should I actually get',
    // Whether one's own trying is worth it, after a story about energy.
    "I've had glandular fever and I'm exhausted, would drainage be worth me having",
    // Which of ours and how often, asked for oneself in one breath.
    'swollen ankles every evening, what package and how often for me?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // Look-alikes: the same topics asked in general keep their articles.
  const readings = [read('ask_question'), read('none', 1)];
  it.each([
    'should I come in if I have a cold',
    'how often should I book sessions after liposuction',
    'which bus should I get to reach you from the station',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, readings)(text)).not.toContain('personal');
  });
});

describe('round 41: judgements for oneself and someone close in words the cues did not read', () => {
  const router = messageRouter();
  const readings = [read('get_recommendation'), read('ask_question'), read('none', 1)];
  it.each([
    // "going to work for me"
    "I'm on my feet 12 hours a day in a warehouse, is this gonna work for my legs",
    'honestly is lymph drainage going to do anything for me',
    // whether someone close would benefit, with nothing else named
    'would my dad benefit, he is 71 and his ankles puff up',
    'could my partner benefit? she stands all day at the salon',
    'would my brother benefit at all, he sits at a desk all day',
    // one's own tummy tuck by its abbreviation
    'three weeks post tt, which course should I get',
  ])('"%s"', (text) => {
    expect(routesUnder(router, readings)(text)).toEqual(readings.map(() => 'personal'));
  });

  // Look-alikes: an idea or benefit for something that is not ours, a time that suits.
  const calm = [read('ask_question'), read('none', 1), read('out_of_scope')];
  it.each([
    'would my son benefit from maths tutoring',
    'is 4pm a good time for me to ring you back',
    'is it a smart move for me to switch banks this year',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, calm)(text)).not.toContain('personal');
  });
});

describe('round 41: a general question mentioning a booking is answered, not booked', () => {
  const router = messageRouter();
  const readings = [read('book')];
  it.each([
    // A yes/no question as a clause of its own, its question mark left off.
    'my gran is booked for a knee replacement, do people usually have drainage after',
    'got an appointment friday, does it leave you sleepy afterwards',
    // A walk-through asked for.
    'walk me through what happens at an appointment',
    // A booking of someone else's thing, with a question before it.
    'approximately how long does an appointment take, I need to book the babysitter',
  ])('"%s"', (text) => {
    expect(routesUnder(router, readings)(text)).toEqual(['question']);
  });

  // Look-alikes: a booking asked for stays a booking (or the health check, for one's own body).
  it.each([
    'booking for next tuesday please',
    'can you book me in for a lymphatic massage on friday',
    'I need to book an appointment for my legs',
  ])('"%s" stays a booking', (text) => {
    expect(routesUnder(router, readings)(text)).not.toEqual(['question']);
  });
});
