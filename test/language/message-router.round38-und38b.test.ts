import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 38 (und38b, issue 12 §3): personal requests that batch 33 showed declined or answered, by cause, in wordings
// written for this test (not batch 33's).
describe('round 38: personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // One of ours chosen for oneself from what we offer, whatever the story around it says.
    'I cycle to work and play five-a-side twice a week, out of your services which one suits me',
    'I row at dawn and lift at lunch, which of your options fits me',
    'retired postman, still walk miles every day, which of your offerings works best for me',
    // Something asked for a person described rather than named.
    "got anything for a stressed out nurse who can't switch off after nights?",
    'anything good for a knackered mum of twins',
    // What a person described should get.
    'what should a lady with bad knees and swollen hands get',
    'what should a lad who does nights on a building site get',
    // Whether oneself or someone close qualifies, or is eligible.
    'would my dad be eligible with his heart condition',
    'could my wife qualify, she has lipoedema',
    'am i even eligible, i had a stroke last year',
    // The age with a word about the person before it.
    "should i bother, i'm a pretty active 45 year old woman",
    'worth it for me? a fit 30 yo lad who plays rugby on weekends',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // Look-alikes: the same words without a personal request of ours.
  const asQuestion = [read('ask_question'), read('none', 1)];
  it.each([
    'which of your services is cheapest',
    'do i qualify for a student discount',
    'am i eligible for the loyalty points',
    'is a 12 year old whisky worth it',
    'something for a dad who has everything, do you do gift vouchers',
    'which of your services do you do on saturdays',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});

describe('round 38: the way to book is answered, not screened', () => {
  const router = messageRouter();
  // The classifier's booking reading sent these to the booking's health check; they ask how to book.
  const asBooking = [read('book'), read('book', 0.55)];
  it.each([
    'wanna book in, how?',
    'do i phone or message you to make an appointment',
    'can i ring or email to get an appointment',
  ])('"%s" is a question', (text) => {
    expect(routesUnder(router, asBooking)(text)).toEqual(['question', 'question']);
  });

  // A booking asked for without asking how, and which of ours to book, are not this.
  it('"can i book for friday" is still a booking', () => {
    expect(router.route('can i book for friday', read('book')).kind).toBe('intent');
  });
  it('"which should i book, how?" is still personal', () => {
    expect(router.route('which should i book, how?', read('book')).kind).toBe('personal');
  });
});
