import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 15 (und15), asking for a person: the team by any of its role names with any verb of talking, whether one of
 * them is free to talk, chat spellings, a clause opened by a conjunction; and one of the team reported as having said
 * something, which asks for no one. Phrasings written for this test (not copied from the examples, the probes or any
 * held-out set). The classifier's reading is fixed to readings that would mislead the router, so the vocabulary of
 * knowledge/routing.yaml decides.
 */
const router = messageRouter();
const misleading = MISLEADING_READINGS;
const routes = routesUnder(router, misleading);
const everywhere = sameUnder(misleading);

describe('a request for one of the team, by any role name or in chat spellings, reaches the team', () => {
  it.each([
    'my ankles swell every evening since the op and I would like to talk it over with one of your practitioners',
    'could I go through my notes with a masseuse before I pay',
    'is a nurse free to answer a couple of things about my sleeve',
    'are any of the clinicians available for a quick chat this week',
    'pls can i tlk 2 sum1',
    'cud i spek wiv sumone real',
    'I know you are trying, but I just want a person',
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });
});

describe('one of the team reported as having said something is not a request for a person', () => {
  it.each([
    'the receptionist told me to bring loose shorts, is that right',
    'your manager said I could use my voucher on a facial, which ones do you do',
    'the practitioner mentioned my lymph nodes were a bit up, what do lymph nodes do',
    'a therapist at another place recommended weekly sessions, how often do people come',
  ])('"%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('handoff');
  });

  it('a request in the same message still reaches the team', () => {
    expect(routes('the receptionist said you could help, but can somebody ring me instead')).toEqual(
      everywhere('handoff'),
    );
  });

  it('a therapist available on a day is a booking question, not a hand-off', () => {
    for (const kind of routes('is a therapist available on sunday afternoons'))
      expect(kind).not.toBe('handoff');
  });
});
