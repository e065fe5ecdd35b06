import { type Article, buildSearchIndex, loadKnowledgeBase, loadSpa, search } from '../../src/kb';
import { americanize, tokenize } from '../../src/kb/search-index';
import { MINI_DIR } from '../helpers/kb';

const kb = loadKnowledgeBase(MINI_DIR, loadSpa(MINI_DIR));
const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
const top = (query: string, i = index) => search(i, query, 3)[0]?.articleId;

function article(id: string, fields: Partial<Article>): Article {
  return {
    id,
    title: id,
    questions: [],
    tags: [],
    evidence: 'moderate',
    sources: [],
    reviewer: 'test',
    status: 'draft',
    reviewedOn: '2026-01-01',
    followUps: [],
    body: '',
    ...fields,
  };
}

describe('search', () => {
  it('finds the liposuction article for the lay word "lipo" through the synonyms', () => {
    expect(kb.articles.find((a) => a.id === 'after-liposuction')?.body).not.toMatch(/\blipo\b/);
    expect(top('how soon after lipo can i book')).toBe('after-liposuction');
    expect(top('lypo recovery')).toBe('after-liposuction');
  });

  it('tolerates typos in words the articles use', () => {
    expect(top('what is lymphatic drainge')).toBe('what-is-mld');
    expect(top('does the masage hurt')).toBe('does-it-hurt');
    expect(top('liposuctoin recovery')).toBe('after-liposuction');
    expect(top('lymphedma treatment')).toBe('lymphedema');
  });

  it('does not "correct" short everyday words into domain words', () => {
    expect(search(index, 'pool', 3)).toEqual([]);
  });

  it('matches British and American spellings both ways, without needing synonyms', () => {
    const plain = buildSearchIndex(kb.articles, []);
    expect(top('is lymphoedema curable', plain)).toBe('lymphedema');
    const british = buildSearchIndex(
      [
        article('oedema', { questions: ['why do I get oedema in my ankles'] }),
        article('other', { questions: ['other'] }),
      ],
      [],
    );
    expect(top('edema ankles', british)).toBe('oedema');
    expect(tokenize('Földi’s method')).toEqual(['foldis', 'method']);
    expect(americanize('colour')).toBe('color');
    expect(americanize('centre')).toBe('center');
  });

  it('stems, so "opening" finds "open" and "massages" finds "massage"', () => {
    expect(top('when are you opening')).toBe('spa-hours');
    expect(top('painful massages')).toBe('does-it-hurt');
  });

  it('ranks a word in a listed question above the same word in another body', () => {
    const articles = [
      article('in-question', { questions: ['do I need compression'], body: 'Short answer about garments.' }),
      article('in-body', {
        questions: ['what should I wear'],
        body: 'Compression garments help. Compression is common. Wear compression after surgery.',
      }),
    ];
    const boosted = buildSearchIndex(articles, []);
    expect(search(boosted, 'compression', 2).map((h) => h.articleId)).toEqual(['in-question', 'in-body']);
  });

  it('returns nothing for a message made only of stop words', () => {
    expect(search(index, 'what is it and can you', 3)).toEqual([]);
  });

  it('ranks by the same scores every time (pure)', () => {
    expect(search(index, 'lymph drainage after surgery', 5)).toEqual(
      search(index, 'lymph drainage after surgery', 5),
    );
  });
});
