import { loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 20 (safety20d): Italian look-alikes read as English reads them (something read about, a specialist following an
// old event, how long swelling lasts), with urgent twins that name a sign now ("ma ora ha", "minuti fa"). Written fresh.
const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);
const kindOf = (text: string) => readOtherLanguage(text, otherLanguages)?.kind ?? null;

describe('Italian look-alikes and their urgent twins', () => {
  it.each([
    'Ho letto che dopo un ictus il linfodrenaggio non si può fare, è vero?',
    'Quanto dura il gonfiore dopo la lipo? Sono a due settimane e la pancia è ancora gonfia',
    'Mio nonno ha avuto un ictus a marzo, è seguito dal neurologo. Fate linfodrenaggio a domicilio?',
  ])('"%s" gets no emergency answer', (text) => {
    expect(kindOf(text)).not.toBe('emergency');
  });

  it.each([
    'Ho letto del linfodrenaggio, ma ora ha la bocca storta e non riesce a parlare, è iniziato cinque minuti fa',
    'Mio padre è seguito dal neurologo ma adesso ha un dolore fortissimo al petto e suda freddo',
  ])('"%s" gets the emergency answer', (text) => {
    expect(kindOf(text)).toBe('emergency');
  });
});
