import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 29 (und29, issue 12 §1-§3): English hand-off requests, personal requests and out-of-scope requests batch 25
 * showed the router missing, fixed by cause and proved on wordings written for this test (none from a batch, in other
 * voices than the batch's). Each message is routed under the classifier readings that misled the router before.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);
const everywhere = sameUnder(readings);

describe('a request for a person reaches the team', () => {
  it.each([
    // who one can talk to, the person left as "who"
    'my carer wants to ring for me, who should he talk to?',
    'the practice manager asked who she should speak with',
    // how to reach a team member by name, or the line or number of one of our places or people
    'she said to text her, how can I contact Priya',
    'how would I get hold of Marek',
    "what's the direct line for your reception",
    'can I have the number for the Leith studio',
    // one of the desk asked to do what only a person at the door or the phone can
    "buzzer's dead, could someone from upstairs come down",
    'been ringing for ages, is no one picking up today?',
    'is anybody actually answering the phone there',
    // one of us asked to pass word on to the therapist
    'running ten minutes behind, could someone let my therapist know',
    "can somebody tell the masseuse I'll be late, bus broke down",
    // one of the desk asked to fix a booking's details
    'my voucher shows the wrong amount, can someone sort it',
    'wrong date on my confirmation, can a member of staff sort it',
    // arranging it with a person over the phone
    'booking a treat for my wife, could I organise it with somebody over the phone',
    'want to surprise my partner, can I set it up with one of your team by phone?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
});

describe('questions about the team, and other people, are still not a request for a person', () => {
  it.each([
    // whether the therapist minds something: a question about the session
    'would the therapist mind if I kept my headphones in',
    'does the masseuse care if I fall asleep and snore',
    // telling the therapist oneself
    'can I tell the therapist if the pressure is too much',
  ])('"%s"', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
  it.each([
    // someone else's drains and someone else's clinic
    'our road floods every time it rains because the drains are full of leaves, who do I ring',
    "what's the phone number for the clinic in Istanbul that did my lipo",
  ])('"%s"', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});

describe('a personal request reaches the health check whatever words carry it', () => {
  it.each([
    // whether one of the team could treat, visit or help someone described
    'my nan is housebound with swollen legs, could one of your therapists come and treat her at home',
    'I have MS and use a wheelchair, would that change whether you can treat me',
    'dad has heart failure and his ankles are huge - is there anything your therapists could offer him',
    'i have a skin graft on my calf, would the practitioner still be able to do that leg',
    // a service of ours that one can come for, fit in or have done, after one's story
    'knee scope 3 weeks back. could I come for lymph drainage, or is it too early still?',
    'got a heat rash on my back, can I still have the back bit done?',
    'hen do on saturday - can I squeeze a leg massage in, and what time?',
    'stitches out on Monday from a cyst removal, can I have the tummy part done?',
    'on apixaban for AF, is there anything on your menu I could safely have',
    // what the team would book or put someone on
    'marathon in a fortnight, what would you book for me',
    'what would you put my mum on, her feet puff up on long coach trips',
    // "would <one of ours> help me" with the story between
    'would a lymph session before my long-haul flight help me at all',
    'my face is always puffy, would the facial one help me, or should I just get a normal facial?',
    // an open suggestion as a fragment, or "for someone like me"
    'Night-shift nurse, 52. Anything to help my puffy ankles?',
    'which package and how many for someone like me, desk job and heavy legs',
    // what would suit, or the best use of a voucher, for oneself
    'my sister and I both get puffy ankles, what would suit the two of us?',
    "I've been given a £80 voucher and my legs ache, what's the best use of it for me?",
    // a profession in one's own story is not a business asked to be found
    "any suggestions for my husband? he's a plumber, knees are shot and his feet swell",
    "I'm a personal trainer and one of my ladies had a tummy tuck, what would you recommend for her",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('general questions are still answered, not screened', () => {
  it.each([
    // help, an offer or a service asked of us that is about no one's body
    'can you help me write a letter to my landlord about the damp',
    'when should you not have lymphatic drainage?',
    'do most people book a course of sessions or just the one',
    'do clients usually have it weekly or monthly',
    // whether people in some situation can have it, asked of people in general
    'can people recovering from a stroke book a lymph massage, or do places say no',
    'could patients on dialysis have drainage at a spa like yours?',
  ])('"%s"', (text) => {
    expect(routes(text)).not.toContain('personal');
  });
});

describe('a question for the team that asks nothing for anyone is not screened by the new cues', () => {
  // The classifier's own recommendation reading still sends these to the check (unchanged); read otherwise, the cues for
  // "would the therapist be able to do my legs" and "could one of your therapists treat her" leave them alone.
  const otherwise = routesUnder(router, [read('out_of_scope'), read('ask_question'), read('none', 1)]);
  it.each(['could you offer me a discount if I buy five sessions', 'new piercing in my ear, can you still do my face?'])(
    '"%s"',
    (text) => {
      expect(otherwise(text)).not.toContain('personal');
    },
  );
});

describe('requests outside what we do are declined whatever words of ours they share', () => {
  it.each([
    // an animal's lymph or swelling
    'can horses get lymphoedema in their legs',
    "do cats' lymph nodes get big when they have a cold",
    // becoming a therapist: courses and pay
    'how much does a lymphatic drainage therapist earn in Australia',
    'which lymphatic massage course should I do to get certified as a therapist',
    // another surgery's own operation
    'how long is the operation for a hip replacement and what anaesthetic is used',
    'which tests should I ask the doctor to run, the gland under my jaw is still up',
    // another business's place or therapist in a town, asked to be recommended or known
    'recommend a good foot massage place near Lisbon airport',
    'know any good sports massage therapist in Cardiff? somewhere nearer than you',
    // an exam question with its marks
    'describe the role of lymph in fat absorption (4 marks)',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });
});
