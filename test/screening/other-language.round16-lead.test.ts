import { loadOtherLanguages, readOtherLanguage } from '../../src/screening/other-language';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 16 (lead): Caribbean and West African English is English. Read as Polish or Spanish (its "mi", "na"), a
// request for a person in patois got "I speak English" instead of a person; the English router reads it now.

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('English creoles and pidgins are read as English', () => {
  it.each([
    'mi waan fi talk to a real smaddy, nuh bot',
    'wah gwaan, mi cyaan book online, mi need fi talk to di lady dem',
    'abeg make una connect me to person wey dey work there',
  ])('%s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toBeNull();
  });

  it('a Polish message with "i" and two "mi" is still Polish, and its emergency is found', () => {
    const reading = readOtherLanguage('usta i język mi puchną, trudno mi przełykać', otherLanguages);
    expect(reading).toMatchObject({ kind: 'emergency', language: 'pl' });
  });
});
