import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { readOtherLanguage } from '../../src/screening/other-language';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 17 (und17): a request for a person in another language handed to the team at once (not "I speak English"):
// asking to be called back with no one named, whether a human is there at all, the physio, "reden", "aan de lijn".
// And "can't talk on the phone at work" is where one is, not a stroke sign. Fresh phrasings written for this test.

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('a request for a person in another language reaches the team', () => {
  it.each([
    ['¿me podrían llamar esta tarde? gracias', 'es'],
    ['¿hay alguien humano que me atienda?', 'es'],
    ['tem alguém de verdade aí? quero saber do meu horário', 'pt'],
    ['Kann ich bitte mit jemandem vom Team reden?', 'de'],
    ['Kunt u mij vandaag terugbellen? Dank u', 'nl'],
    ['Ik wil graag de eigenaar aan de telefoon', 'nl'],
  ])('%s', (text, language) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'handoff', language });
  });

  it('a question in another language with no request for a person still gets "I speak English"', () => {
    expect(readOtherLanguage('¿cuánto cuesta una sesión de masaje?', otherLanguages)).toMatchObject({
      kind: 'not_supported',
    });
  });
});

describe('not able to talk because of where one is raises no stroke alarm', () => {
  const safety = { redFlags, otherLanguages };
  it.each(['please email me instead, I cant take calls during the day', "ring me after 6, can't talk at work"])(
    '%s',
    (text) => {
      expect(isUrgentVerdict(checkSafety(text, safety))).toBe(false);
    },
  );

  it('speech that will not come is still a stroke sign', () => {
    expect(isUrgentVerdict(checkSafety("my dad suddenly can't talk and his words are slurred", safety))).toBe(true);
  });
});
