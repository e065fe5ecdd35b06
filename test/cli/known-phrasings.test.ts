import path from 'node:path';
import { contentWords, findKnown, knownPhrasings } from '../../src/cli/known-phrasings';
import { REPO_ROOT } from '../helpers/test-app';

const known = (text: string) => ({ text, where: 'knowledge/example.yaml' });
const draft = (text: string) => ({ text, where: 'draft.yaml' });

describe('the known-phrasing check for a new held-out batch', () => {
  it('reports a draft that repeats a known phrasing word for word, whatever its case and punctuation', () => {
    const [match] = findKnown([draft('Opening TIMES?')], [known('opening times')]);
    expect(match?.known.text).toBe('opening times');
    expect(match?.share).toBe(1);
  });

  it("reports a draft that shares 60% of the longer message's content words, and passes one that shares less", () => {
    const matches = findKnown(
      [draft('my left calf is swollen and hot after the flight'), draft('my left calf aches after football')],
      [known('left calf swollen and hot since my flight home')],
    );
    expect(matches.map((match) => match.draft.text)).toEqual([
      'my left calf is swollen and hot after the flight',
    ]);
  });

  it('leaves out the words every message here shares, so two different questions about MLD are not one', () => {
    expect([...contentWords('is lymphatic drainage massage safe in pregnancy')]).toEqual([
      'safe',
      'pregnancy',
    ]);
    expect(
      findKnown(
        [draft('is lymphatic drainage safe in pregnancy')],
        [known('what happens in a lymphatic drainage session')],
      ),
    ).toEqual([]);
  });

  it('keeps the vowel signs of Indic scripts in their words, so a Bengali sentence is no repeat of a one-word phrasing', () => {
    expect([...contentWords('আমি বুকে ব্যথা পাচ্ছি')]).toEqual(['আমি', 'বুকে', 'ব্যথা', 'পাচ্ছি']);
    expect(findKnown([draft('আমার বুকে খুব ব্যথা, শ্বাস নিতে পারছি না')], [known('আমি')])).toEqual([]);
    expect(findKnown([draft('मेरे सीने में दर्द है')], [known('मेरे सीने में दर्द है!')])).toHaveLength(1);
  });

  it('reports the second of two drafts that tell the same story in the same words', () => {
    const matches = findKnown(
      [draft('throat closing after the new serum'), draft('Throat closing after new serum!!')],
      [],
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]!.known.where).toBe('draft.yaml');
  });

  it('knows the phrasings of this checkout: articles, tuning sets and the strings of the tests', () => {
    const phrasings = knownPhrasings(
      REPO_ROOT,
      new Set([path.join(REPO_ROOT, 'test/cli/known-phrasings.test.ts')]),
    );
    const files = new Set(phrasings.map((phrasing) => phrasing.where.split(path.sep)[0]));
    expect(files).toEqual(new Set(['knowledge', 'test']));
    expect(phrasings.some((phrasing) => phrasing.where.startsWith(path.join('knowledge', 'articles')))).toBe(
      true,
    );
    expect(phrasings.some((phrasing) => phrasing.where.startsWith(path.join('test', 'fixtures')))).toBe(true);
  });
});
