import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 12 (issue 12), routing: the causes the lead named from the last batch's misses, checked with phrasings
 * written for this test (not copied from the tuning file or any held-out set). The classifier's reading is fixed to
 * the readings that misled the router, so the vocabulary of knowledge/routing.yaml and knowledge/intents.yaml decides.
 */
const router = messageRouter();
const misleading = MISLEADING_READINGS;
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('the people at the desk, by an everyday name, are the team', () => {
  it.each([
    'could I chat to one of the lads on reception about a gift card',
    'can one of the women behind the front desk check my booking time',
    'is there anyone at the front desk who can help with parking',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('the desk named without anyone at it is not a hand-off', () => {
    for (const kind of routes('what time does your front desk open on saturdays')) expect(kind).not.toBe('handoff');
  });
});

describe('asking that the team contact someone reaches the team', () => {
  it.each([
    'can you get one of your therapists to email my daughter the aftercare sheet',
    'pls get somebody to phone me back about the course',
    'receptionist here - could one of the therapists give Mr Okafor a ring about tomorrow',
    'please pass this on to the therapists, my mum is running late',
    'can you let the team know I have to move my Thursday slot',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('asking a therapist for something during a session is not a hand-off', () => {
    for (const kind of routes('can I ask the therapist to give me a lighter pressure?')) expect(kind).not.toBe('handoff');
  });
});

describe('a member of the team asked for by name is a hand-off', () => {
  it.each([
    'could I speak to Al, the therapist who saw my husband',
    'would it be possible to talk to Bronwyn about my last visit',
    "I'd like the lady called Magda again if that's ok",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('which surgeon to choose abroad is not a request for a person', () => {
    for (const kind of routes('which surgeon would you recommend in Mexico for a BBL')) expect(kind).not.toBe('handoff');
  });
});

describe('another medical question, with nothing of lymph, swelling or MLD, is declined as out of scope', () => {
  it.each([
    'what treatment actually works on nits',
    'should I get this wart on my finger looked at',
    'my chest infection has lasted a month, does that need an xray',
    'is a clinic or the chemist better for a verruca',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'got a stinking cough, should I still come in for my session tomorrow?',
    "I'm on antibiotics for a chest infection, can I still have lymphatic drainage?",
    'can you recommend a treatment for my hay fever and puffy eyes',
  ])('a cold before a session, a screened condition or a request for one of ours is not declined: "%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('out_of_scope');
  });
});

describe('general questions with "should I" or a staff member\'s "can we" are answered, not screened', () => {
  it.each([
    'when I do the tummy breathing I feel faint, am I breathing wrong?',
    'my pee smelt really strong after the lymph massage, normal or should I worry?',
    'puffier that night after my drainage session, should I be worried',
    'did a 10k yesterday, is lymph drainage worthwhile or should I get a deep tissue massage instead?',
    'therapist here - one of our clients has renal failure and is on dialysis, can we still treat her?',
    'receptionist query: a lady booking in has heart failure, are we allowed to take her',
    'is there a surgeon in Turkey you would recommend for lipo?',
  ])('"%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('personal');
  });

  it.each([
    'I have heart failure, can I still have MLD?',
    'should I book MLD or a sports massage for my legs?',
  ])('one\'s own condition, or a choice of ours for oneself, still reaches the health check: "%s"', (text) => {
    expect(router.route(text, read('ask_question')).kind).toBe('personal');
  });
});
