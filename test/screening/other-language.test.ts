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
