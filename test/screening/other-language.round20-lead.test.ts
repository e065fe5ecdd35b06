import { checkSafety, isUrgentVerdict, loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('an abbreviation in capitals is no word of another language (round 20, lead)', () => {
  // und20c's probe found a health-check answer about a past clot, "once, a PE in 2008", answered "this assistant only
  // speaks English": "pe" and "in" are common Romanian words. Written for this test.
  it.each([
    'once, a PE in 2008',
    'yes a PE in 2015',
    'PE in 2008, on warfarin since',
    'had a DVT and PE years ago',
  ])('"%s" is English', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toBeNull();
  });

  it('still reads a Romanian answer about the same clot as Romanian', () => {
    expect(readOtherLanguage('am avut o embolie pulmonara in 2008', otherLanguages)).toMatchObject({
      kind: 'not_supported',
      language: 'ro',
    });
  });

  it('still reads a message shouted in capitals in its language, and gives the emergency number', () => {
    expect(isUrgentVerdict(checkSafety('NO PUEDO RESPIRAR, AYUDA', { redFlags, otherLanguages }))).toBe(true);
    expect(readOtherLanguage('TENGO CITA EL SABADO POR LA MAÑANA?', otherLanguages)).toMatchObject({
      language: 'es',
    });
  });
});
