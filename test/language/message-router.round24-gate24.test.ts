import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, routesUnder } from '../helpers/router-readings';

/**
 * Round 24 (gate24): a plain request for a suggestion of one's own that a general-question cue used to overrule
 * (intents.yaml `explicitRequests`); personal requests the rules declined (a clock time read as a place, "a guy like me",
 * wasting one's money, what to have before one's trip); out-of-scope requests that share spa words (another service's
 * safety, an animal's swelling, a TENS machine, design work, a plan after a preface, a gym with its street); hand-offs told
 * indirectly. Messages written for this test, none from a batch.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);

describe('a plain request at the end of a story is not overruled by a general-question cue', () => {
  it.each([
    'My physio says I overtrain and my calves are like rocks after every session at the track. What would you suggest?',
    'they took three nodes from my armpit in 2021 and I want to stop the arm swelling up, would it be worth it for me?',
    '32 weeks along and my feet are puffy every night. How often would you recommend I come in?',
    'had lip filler on tuesday, should I book a facial drainage now or wait a bit?',
    "my gran had a lumpectomy and her arm feels tight, is lymphatic drainage right for her or is it physio she'd need?",
    'two kids, a desk job and ankles like balloons by friday, anyway what would you go for?',
  ])('"%s" reaches the health check', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });

  it.each([
    'how often would you recommend sessions after a tummy tuck',
    'what would you recommend wearing to the appointment',
    'how should I prepare for my first session',
    'what do I need to do to get ready for my session tomorrow',
  ])('a general question stays answered: "%s"', (text) => {
    expect(routes(text)).not.toContain('personal');
  });
});

describe('personal requests the rules used to decline', () => {
  it.each([
    "can you recommend a treatment for me, I'm on a till all day and my feet are done in by 6pm",
    'is it worth it for a bloke like me who lifts weights five days a week',
    'honestly, would I just be throwing my money away',
    "what's the best session that would help me sleep, I work nights",
    'any thoughts on what I should book? shoulder op in march',
    "what should I have done before my wedding? it's in five weeks",
  ])('"%s" reaches the health check', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'personal'));
  });

  it.each(['is spotify premium worth it for a student like me', 'what would you go for, a kindle or a paperback?'])(
    'someone else’s thing is still not ours: "%s"',
    (text) => {
      expect(routes(text)).not.toContain('personal');
    },
  );
});

describe('out-of-scope requests that share spa words are declined', () => {
  it.each([
    'is it ok to get a gel manicure when you are breastfeeding',
    "my pony's hock is puffy after the show, what do I do",
    'our cat has a lump on her belly, should I massage it',
    'TENS unit or massage gun, which one works better for a stiff neck?',
    'could you design a flyer for my beauty room',
    'I run a small salon - draft me a marketing plan for the spring',
    'is the leisure centre by the train station open on bank holidays',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'out_of_scope'));
  });

  it.each([
    'I take my dog out every morning and my calves ache by lunch, what would you suggest',
    'can I have a pedicure after my lymphatic session',
    'can you recommend something for my legs, I work in a cafe and stand till 3pm',
  ])('ours stays ours: "%s"', (text) => {
    expect(routes(text)).not.toContain('out_of_scope');
  });
});

describe('hand-offs told indirectly reach the team', () => {
  it.each([
    "I'd rather ask one of the therapists directly - is there a way to contact one?",
    'can someone look into my appointment, the time on the email looks wrong',
    'please pass my details on to Marta, she said she would ring me',
    'could you give my number to the manager please',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(readings.map(() => 'handoff'));
  });

  it.each(['is there a way to reduce swelling after a long flight', 'should I check my booking confirmation email'])(
    'not a request for a person: "%s"',
    (text) => {
      expect(routes(text)).not.toContain('handoff');
    },
  );
});
