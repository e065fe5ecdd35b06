import { checkSafety, loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('the language check reads letters typed one at a time as English words (round 5)', () => {
  // Such messages used to be answered "this assistant speaks English" (their single letters looked like
  // French words); the router then never saw the request for a person. Written for this test.
  it.each(['P U T  M E  T H R O U G H  T O  A  P E R S O N', 'T A L K  T O  S O M E O N E  R E A L'])('"%s" is English', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toBeNull();
  });

  it('still answers a message in another language', () => {
    expect(readOtherLanguage('¿Tienen citas el sábado por la mañana?', otherLanguages)).toMatchObject({ kind: 'not_supported' });
  });

  it('gives urgent advice for an emergency typed one letter at a time', () => {
    expect(checkSafety('I  C A N T  B R E A T H E', { redFlags, otherLanguages }).kind).toBe('red_flag');
  });
});

describe('a request for a person in another language (round 13, issue 12 part 2)', () => {
  // Written for this test. Such requests used to get "I speak English" and a button to press; now they are handed to
  // the team, after a line in the person's language.
  it.each([
    ['es', '¿alguien de la clínica me puede llamar esta tarde?'],
    ['fr', "j'aimerais parler à quelqu'un de l'équipe au sujet de ma facture"],
    ['pt', 'alguém pode me ligar? quero falar com uma pessoa'],
    ['de', 'Kann ich bitte mit einer Person vom Team sprechen?'],
    ['it', 'potete richiamarmi? vorrei parlare con una persona'],
    ['pl', 'czy ktoś z obsługi może do mnie oddzwonić?'],
    ['nl', 'kan ik iemand van de balie spreken over mijn factuur'],
  ])('%s: "%s" asks for a person, answered in that language', (language, text) => {
    const reading = readOtherLanguage(text, otherLanguages);
    const expected = otherLanguages.languages.find((l) => l.code === language)!.handoffReply;
    expect(reading).toMatchObject({ kind: 'handoff', language, text: expected });
  });

  it.each([
    'la recepcionista me dijo que la sesión dura una hora, ¿es así?',
    'a atendente disse que a drenagem é boa depois da lipo?',
    'no necesito hablar con nadie, solo quiero saber el precio',
  ])('"%s" mentions staff but asks for no one', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'not_supported' });
  });

  it('an emergency in the same message still comes first', () => {
    const verdict = checkSafety('mi madre no puede respirar, que me llame alguien', { redFlags, otherLanguages });
    expect(verdict).toMatchObject({ kind: 'other_language', reading: { kind: 'emergency' } });
  });
});
