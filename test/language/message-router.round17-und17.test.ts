import { messageRouter } from '../helpers/dialog-deps';
import { read, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 17 (und17): a line where a person answers and "is it bots" ask for a person; a suggestion asked for someone
 * close, "which one's right for me", an act of ours that "would help me" and "which would you suggest … and how
 * often" reach the health check, while "how often would you recommend sessions" stays a general question. Phrasings
 * written for this test (not copied from any read or held-out set). The classifier's reading is fixed to readings
 * that would mislead the router, so the knowledge files decide.
 */
const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1)];
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('wanting a line a person answers, or asking whether it is all bots, reaches the team', () => {
  it.each([
    'do you have an email address that a real person reads',
    'what number do I ring so someone actually picks up',
    'is it just bots on this website or what',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('a question about machines used in a treatment asks for no one', () => {
    for (const kind of routes('is it all machines or is it done by hand')) expect(kind).not.toBe('handoff');
  });
});

describe('a personal request in new words reaches the health check', () => {
  it.each([
    'my gran gets awful swollen feet in the heat, anything you would recommend for her?',
    'not convinced at all. which one’s best for me then? I have restless legs',
    'would having a few sessions with you help my ankles after the op?',
    'I play five-a-side twice a week. which session would you recommend, and how often?',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });

  it('"how often would you recommend sessions" is still answered as a general question', () => {
    for (const kind of routes('how often would you recommend sessions for general wellbeing'))
      expect(kind).not.toBe('personal');
  });
});
