import { joinSpacedLetters, normalizeUtterance, withoutEmphasis } from '../../src/language/normalize-utterance';

describe('letters typed one at a time are read as the words they spell (round 5)', () => {
  it.each([
    ['C A L L  M E  B A C K', 'CALL ME BACK'],
    ['g e t  m e  a  h u m a n', 'get me a human'],
    ['h e l p', 'help'],
  ])('"%s" → "%s"', (typed, words) => {
    expect(joinSpacedLetters(typed)).toBe(words);
    expect(normalizeUtterance(typed)).toBe(words.toLowerCase());
  });

  it.each(['is it a b or c', 'vitamin a and b', 'plan A  or plan B', 'I  am fine'])('leaves ordinary text alone: "%s"', (text) => {
    expect(joinSpacedLetters(text)).toBe(text);
  });

  it('still undoes emphasis for a request for a person', () => {
    expect(withoutEmphasis('REAL. PERSON. NOW.')).toBe('real person now');
  });
});
