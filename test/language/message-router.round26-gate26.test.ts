import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read, routesUnder } from '../helpers/router-readings';

/**
 * Round 26 (gate26, issue 12): personal requests reach the health check whatever story comes with them (the writer's own
 * body or someone close described, routing.yaml `ownBody`; whether one of ours would help oneself; whether we would take
 * someone on; which session one should book; whether it suits a person described), a thing named that is not ours is
 * declined, and a greeting that checks for a person hands off. Messages written for this test, none from a batch.
 */
const router = messageRouter();
const readings = MISLEADING_READINGS;
const routes = routesUnder(router, readings);
const everywhere = (kind: string) => readings.map(() => kind);

describe('personal requests reach the health check whatever story comes with them', () => {
  it.each([
    'my sister swears by it but I think it is a gimmick. my calves are always like bricks though, should I try it?',
    "can I have one if I've got a bit of a sniffle this week",
    'would a lymphatic facial help me look less tired or should I get a regular facial',
    'would regular sessions actually help me sleep, my ankles swell on night shifts',
    'could you let me know whether a course of lymphatic massage would fix my puffy knees',
    "I got turned away by two clinics after my lipo in Antalya, could you take me on?",
    "my best friend has fibromyalgia, would you treat her?",
    "my son's 15 and wants to try it after seeing it on youtube, is it ok for him",
    "so 58, on blood pressure tablets, ankles puff up by teatime. worth me coming in?",
    "honestly would it be a total waste of money for a couch potato like me",
    'would this suit someone with Parkinson’s who can’t lie flat? It’s for my grandad',
    'could I bring my 80 year old mum who has swollen ankles',
    'my legs are fine but my GP mentioned lymphoedema, I wonder which session I should book',
    "my niece is pregnant with twins and her feet are massive, is this something that'd suit her",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('look-alikes stay where they were', () => {
  it.each([
    'what laptop would you reckon is best for me',
    'which gym membership should I get',
    'what tablets should I take for my hay fever',
  ])('"%s" is declined under every reading', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'which phone contract should I go for',
    'can lymphatic drainage help me lose weight',
    'how should I prepare for my first session',
    'what would you recommend wearing to the appointment',
  ])('not the health check: "%s"', (text) => {
    expect(routes(text)).not.toContain('personal');
  });
});

describe('a greeting that checks a person is there hands off', () => {
  it.each(['hi? anybody? hiii', 'hellooo anyone', 'hey... someone there?'])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each(['hello', 'hi there'])('a plain greeting does not: "%s"', (text) => {
    expect(routes(text)).not.toContain('handoff');
  });
});

describe('a practical question about a visit is answered, not screened', () => {
  // The classifier's own get_recommendation reading is left to the route model (route-fallback.ts); the rules must not
  // screen.
  const byRules = routesUnder(router, [read('ask_question'), read('none', 1), read('out_of_scope')]);
  it.each([
    "Can I get lymphatic drainage after a C-section? my mum thinks I'm rushing it at 5 weeks",
    'period arrived this morning, still alright to come in later or should I rebook',
    "is it ok to keep my appointment if I'm on my period on the day",
  ])('"%s"', (text) => {
    expect(byRules(text)).not.toContain('personal');
  });
});
