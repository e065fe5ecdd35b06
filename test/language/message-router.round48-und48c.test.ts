import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 48 (und48c, issue 12 §2-§3): requests for a person and personal requests batch 41 showed the rules missing, fixed
 * by cause and proved on wordings written for this test (none from the batch). A person set against the machine as a
 * clause of its own ("a person not an faq"); one professional asking to liaise or touch base with one of ours; a treatment
 * of ours that might help, what we would be willing to do or could offer for oneself or someone close, and whether
 * anything on the menu is allowed, each winning over a GP's complaint in the story; a person described with their age
 * after them. Look-alikes stay answered or declined.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);

describe('round 48: a request for a person', () => {
  it.each([
    'do you treat men too? a person not a faq please',
    'can anyone say if you open on sundays? an actual person, not the website',
    'could a person answer me, not a script',
    'district nurse here, could I liaise with whoever is treating Mrs B re her dressings',
    'please liaise with the senior therapist, I am her GP',
  ])('"%s" hands off', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
    expect(router.route(text, read('ask_question'))).toEqual({ kind: 'handoff' });
  });

  it.each([
    'should I liaise with my GP before booking?',
    'I liaise with clients all day at work, would MLD help my tired legs?',
    'is the faq on your website up to date?',
  ])('"%s" asks for no one of ours', (text) => {
    expect(router.asksForPerson(text)).toBe(false);
  });
});

describe('round 48: a personal request reaches the health check', () => {
  it.each([
    'my knees are shot from years of football, is there a session here that could help me',
    "on chemo for breast cancer, anything light you'd be able to do for me this month?",
    'my mum has lymphoedema in one arm, what could you offer her',
    "I take warfarin, is there anything on the price list I'm still allowed?",
    'I get cluster headaches, is there a treatment here that may help me',
    'could a massage suit a woman in her seventies with bad circulation?',
    'would the leg treatment suit a gentleman of 81 who has puffy ankles every evening?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it.each([
    'what do you do to me during the first session?',
    "is there anything I'm allowed to eat before the appointment",
    'is there anything you can do about the parking',
  ])('"%s" is not screened', (text) => {
    expect(routesUnder(router, [read('ask_question'), read('none', 1)])(text)).not.toContain('personal');
  });

  it.each([
    "what's the treatment for lymphoma these days, my uncle was just diagnosed",
    'is there a treatment for migraines that actually works',
  ])('"%s" stays a GP\'s question, declined', (text) => {
    expect(router.route(text, read('ask_question'))).toEqual({ kind: 'out_of_scope' });
  });
});
