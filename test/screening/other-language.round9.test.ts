import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 9 (issue 11): bleeding through a garment or dressing after body contouring, and all-clears for a
// pregnancy, in every lexicon language.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('other languages, round 9', () => {
  it.each([
    'hace dos días me hicieron una lipo y la sangre atraviesa el vendaje',
    'ma gaine est trempée de sang depuis ce matin',
    'a cinta de compressão está ensopada de sangue',
    'seit heute Morgen blutet es durch die Kompressionshose',
    'la panciera è tutta impregnata di sangue',
    'krew przesiąka przez opatrunek po operacji',
    'mijn drukkleding is doorgebloed sinds de buikwandcorrectie',
    'el drenaje se llena de sangre muy rápido',
  ])('answers "%s" with the emergency advice', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    '¿puedo ponerme la faja el día de la sesión?',
    "j'ai une prise de sang demain, est-ce que je peux garder ma gaine ?",
    'ich nehme Blutverdünner, darf ich eine Lymphdrainage mit Kompressionsmieder machen?',
    'estoy de 32 semanas con los pies hinchados y la matrona me revisó y todo está bien',
    'grávida de 8 meses com os tornozelos inchados, a enfermeira disse que está tudo bem',
    'zwanger en dikke voeten, de verloskundige zegt dat alles in orde is',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('keeps a sudden new sign after an all-clear urgent', () => {
    expect(urgent('estoy embarazada, la matrona dijo que todo estaba bien pero de repente se me hinchó la cara')).toBe(true);
  });
});
