import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 40 (und40b, issue 12 §3 and §5): personal requests that batch 35 showed declined or answered, and general
// questions it showed sent to the health check, by cause, in wordings written for this test (not batch 35's).
describe('round 40: personal requests reach the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // A closing "should I?" after what someone else advised: the writer's own decision.
    'my physio says I need lymphatic drainage after the op, should I?',
    'the nurse told me to get lymphatic massage for my swelling, so should I',
    'the surgeon told me to get lymphatic massage after my lipo. should i',
    // What suits a person described by a role or trait, "whose" body included.
    'what suits a teacher whose legs ache by Friday',
    'what suits a chef whose feet swell by the end of a shift',
    // A member of staff relaying a client's request for a suggestion, or a client's quoted request handed on.
    'a lady on the phone is asking which of our packages she should book',
    "receptionist here, client emailed: 'could MLD help me after my knee op?' what do I tell her?",
    // "what all" names nothing.
    'what all would you recommend for a sore-footed postman like me',
    // Which is best for oneself in its contracted form, with a GP's complaint as the story.
    "what's the best choice for me for hay fever",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  // "the X one" is one of the options on offer, not a thing named: with nothing of ours in it, only a confident
  // out-of-scope reading may still decline it (the catch-all), so it is checked under the other readings.
  it('"should I get the sports one or the relaxing one before my marathon"', () => {
    const readings = [read('ask_question'), read('get_recommendation'), read('none', 1)];
    expect(
      routesUnder(router, readings)('should I get the sports one or the relaxing one before my marathon'),
    ).toEqual(readings.map(() => 'personal'));
  });

  // Look-alikes: the same words without a personal request of ours.
  const asQuestion = [read('ask_question'), read('none', 1), read('out_of_scope')];
  it.each([
    'which laptop is right for a student like me',
    "what's the best treatment for head lice",
    'recommend me a good book for the beach',
    'should i get the iphone 15 or the samsung',
    'therapist here, a client is asking if she can drink wine after MLD, what do I tell her?',
    'what suits a dry skin type best, oil or cream',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});

describe('round 40: general questions are answered, not screened', () => {
  const router = messageRouter();
  // The classifier read most of these as get_recommendation: the rules must keep them questions under that reading too.
  const readings = [read('get_recommendation'), read('ask_question'), read('none', 1)];
  it.each([
    // Doing it oneself during cancer treatment: whether the self-care is safe, not a screening of one's own.
    "can I do lymphatic drainage on myself while I'm having radiotherapy",
    'could I do the lymph massage on myself during chemo',
    // Going home, staying in or going out after a session: aftercare.
    'can I go shopping after my appointment or should I head home and put my feet up',
    'is it alright to go into town straight after the massage or should I stay in',
    // How ours compares with another massage.
    'how does it compare with a normal spa massage I get on holiday',
    'is lymph drainage really different from the deep tissue I have at the gym',
    // A claim someone else made, put to us.
    'my sister says it flushes out cellulite, is she right',
    'my trainer reckons it melts fat, is that actually true',
    // Our earliest or latest time, told with one's own timetable: the opening hours.
    "what's your latest slot on a friday, I finish work at 6",
    "how early do you start in the mornings, I'm on shifts",
    // Keeping one's defences up, and making weight, as claims.
    'will it keep my immune system strong through flu season',
    'can it help me make weight for my boxing weigh-in',
  ])('"%s"', (text) => {
    expect(routesUnder(router, readings)(text)).toEqual(readings.map(() => 'question'));
  });

  // Look-alikes: a request of one's own keeps the health check.
  it.each([
    "I'm on chemo, can I still have a lymphatic drainage session?",
    "I'm on chemo, can I do self-massage or should I book in with you instead",
    'my GP says I need MLD for my lymphoedema, is she right, should I get it',
    "what's the difference between the 60 and the 90 minute one, which should I get",
    'will MLD help my swollen ankles',
    "what's the earliest appointment you'd recommend for me after my op",
  ])('"%s" still goes to the health check', (text) => {
    expect(routesUnder(router, readings)(text)).toEqual(readings.map(() => 'personal'));
  });
});
