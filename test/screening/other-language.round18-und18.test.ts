import { readOtherLanguage } from '../../src/screening/other-language';
import { loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 18 (und18): asking to be called back with no one named in French, Italian and Polish, and in chat Portuguese
// with none of its earlier marker words, and the owner asked for in French and Italian, reach the team (they got "I
// speak English" or, read as English, the out-of-scope reply). Fresh phrasings written for this test.

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('a call-back or the owner asked for in another language reaches the team', () => {
  it.each([
    ['vous pouvez me rappeler cet après-midi ?', 'fr'],
    ['je souhaite parler à la patronne', 'fr'],
    ['potete chiamarmi dopo le cinque?', 'it'],
    ['posso parlare con il titolare per favore', 'it'],
    ['proszę oddzwonić jutro rano', 'pl'],
    ['pode me ligar amanhã cedo?', 'pt'],
  ])('%s', (text, language) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'handoff', language });
  });

  it('a Portuguese question with no request for a person still gets "I speak English"', () => {
    expect(readOtherLanguage('quanto custa a sessão amanhã?', otherLanguages)).toMatchObject({
      kind: 'not_supported',
    });
  });
});
