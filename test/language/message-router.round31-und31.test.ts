import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 31 (und31, issue 12 §1-§3): English hand-off requests, personal requests and out-of-scope requests batch 27
 * showed the router missing, fixed by cause and proved on wordings written for this test (none from a batch, none from
 * the round's training file). Each message is routed under the classifier readings that misled the router before.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);
const everywhere = sameUnder(readings);

describe('one of the team asked to do something for the writer is a request for a person', () => {
  it.each([
    // to look at one's situation or papers, or to look something up
    'could a specialist on your side look at my circumstances, three surgeons have given me three answers',
    'would one of the nurses have a look through my discharge paperwork before Friday',
    'my loyalty points vanished overnight, can somebody there look them up',
    // to sit down with one, on a video call or a channel
    'could a therapist sit down with me over skype, I live on a farm two hours out',
    'is one of your practitioners able to hop on a quick zoom with my carer and me',
    'could someone from your team join our google meet with the occupational health lead on Monday',
    // to drop one a line
    'when a practitioner is free could they drop me an email about the maternity package',
    'whoever manages the Chester branch, could they shoot me a message about parking',
    // a message to be passed on
    'please pass this on to the owner: the changing room lock is broken',
    'kindly forward my query to whoever deals with group bookings',
    // heard from one of ours by title, rather than the bot
    "I'd feel more comfortable hearing it from the founder, this is about my late mother's account",
    // our own health form done over the phone
    'my tremor makes typing hard, could somebody fill in the health questionnaire with me over the phone',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
});

describe('the same words without one of ours asked to act are not a request for a person', () => {
  it.each([
    'can I look at the treatment menu online before I choose',
    'does the practitioner look at my medical history on the day',
    'how do I forward the booking email to my sister',
    "I'd feel better knowing how long a session lasts",
  ])('"%s"', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});

describe('a personal request reaches the health check in the shapes batch 27 showed', () => {
  it.each([
    // a general-sounding question made one's own by a tag after it
    'is it fine for people with Crohns? thats me btw',
    'can someone with a shunt have it, I am asking for myself',
    // whether the spa would take one on
    'would your therapists take on someone like me with a pacemaker and swollen shins',
    'would you put me on the couch with a fresh tattoo on my calf',
    // whether one may now come or start
    'my wound has finally closed over, am I now allowed to come back in',
    'had a c-section four weeks ago, can I start with you now',
    // which of ours one needs
    'which of yours should I go for after a neck lift',
    // what would suit an age or a routine
    'do you think the relaxing one would suit a 12 year old with growing pains',
    'shift worker on nights, which session would suit my rota',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('suitability asked in general, and a booking moved, stay questions', () => {
  const asQuestion = [read('ask_question'), read('none', 1)];
  const questionRoutes = routesUnder(router, asQuestion);
  it.each([
    'is lymphatic drainage suitable for people with crohns disease',
    'can I change my Tuesday appointment to the evening',
    'which of your treatments is the most relaxing',
  ])('"%s"', (text) => {
    expect(questionRoutes(text)).toEqual(sameUnder(asQuestion)('question'));
  });
});

describe('the office helpdesk is not ours', () => {
  it.each([
    '@Lymph could you trade my Friday late shift with Megan',
    'who drew up the staff rota, I am on six days in a row',
    'is payday early this month because of the bank holiday',
    'I still have not had my payslip for October',
    'the scanner in the office keeps jamming on the consent forms',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});
