import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 10 (issue 11): each lexicon language's crisis words by concept (not waking, disappearing, being a burden,
// having thought how, no way out) and a heart attack told as a weight or a cold sweat.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('other languages, round 10', () => {
  it.each([
    'quiero dormirme y no despertar nunca más',
    'soy una carga para todos, ya lo tengo decidido',
    "je voudrais ne plus me réveiller, je suis un fardeau pour mes enfants",
    'eu só queria desaparecer, ninguém ia sentir falta',
    'ich wäre lieber tot, ich bin allen nur eine Last',
    'mi piacerebbe addormentarmi e non svegliarmi più',
    'chcę zniknąć na zawsze',
    'ik wil gewoon niet meer wakker worden',
    'tengo una presión como una losa en el pecho',
    'ho un peso sul petto che non passa e sudo freddo',
    'mein Bauch ist steinhart und ich muss mich übergeben',
  ])('answers "%s" with urgent advice', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    '¿cuál es el riesgo o beneficio del drenaje linfático después de la liposucción?',
    'qual o risco ou benefício da drenagem linfática antes da cirurgia?',
    "comment faire pour réserver une séance ?",
    'jak to zrobić, żeby zarezerwować wizytę?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
