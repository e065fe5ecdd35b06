import { messageRouter } from '../helpers/dialog-deps';
import { readInOtherLanguage } from '../helpers/other-language-reading';
import { MISLEADING_READINGS, routesUnder, sameUnder } from '../helpers/router-readings';

/**
 * Round 53 (lead, issue 12 §1-3; dev set 53B read after being scored unread): a message left for one of ours, a bone to
 * pick, a person at an airline or a gym chain asked for "there", personal requests ("which one is right", "am I ok for",
 * "the sort of thing I should have", "treat myself with what"), and hand-offs in Danish, Spanish, French and Polish.
 * Wordings written for this test.
 */
const router = messageRouter();
const routes = routesUnder(router, MISLEADING_READINGS);
const everywhere = sameUnder(MISLEADING_READINGS);

describe('round 53: a person of ours asked for in new words', () => {
  it.each([
    'could I leave a voice note for my therapist, typing hurts my wrists',
    'can I drop a quick message to reception about Saturday',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it('a bone to pick with the management is a complaint, which reaches a person', () => {
    for (const reading of MISLEADING_READINGS) {
      expect(router.route('I have a bone to pick with the management about Friday, who do I see', reading)).toMatchObject({
        kind: 'intent',
        intent: 'complaint',
      });
    }
  });

  it('a note written for oneself is not a request for a person', () => {
    expect(routes('what should I note down before my first session')).not.toContain('handoff');
  });
});

describe('round 53: a person at another organisation, asked for "there", is declined', () => {
  it.each([
    'WestJet cancelled my flight, how do I speak to someone there',
    'want to freeze my PureGym membership, who do I contact over there',
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it('someone "there" asked for after our flyer seen at a gym is handed to the team', () => {
    expect(routes('saw your leaflet at my gym, can I talk to someone there')).toEqual(everywhere('handoff'));
  });
});

describe('round 53: personal requests in new words reach the health check', () => {
  it.each([
    'three weeks after my lipo, the surgeon says massage is fine, which package is best?',
    'I have a few varicose veins on my calves, am I ok for a leg drainage session',
    'treat myself with what? been so puffy and tired lately',
  ])('"%s" goes to the health check', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});

describe('round 53: hand-offs in other languages', () => {
  it.each([
    ['da', 'jeg vil gerne ringes op af en behandler i morgen'],
    ['es', '¿me podrías pasar con el dueño? es por una factura'],
    ['fr', "je voudrais qu'un masseur me rappelle cet après-midi"],
    ['pl', 'chciałbym porozmawiać z właścicielem, chodzi o voucher'],
  ])('%s: "%s" is read as a request for a person in its language', (language, text) => {
    expect(readInOtherLanguage(text)).toMatchObject({ kind: 'handoff', language });
  });
});
