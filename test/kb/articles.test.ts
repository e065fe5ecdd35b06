import { ContentError } from '../../src/errors';
import { loadKnowledgeBase, loadSpa } from '../../src/kb';
import { MINI_DIR, miniCopy, removeCopies } from '../helpers/kb';

afterAll(removeCopies);

function loadError(dir: string): ContentError {
  try {
    loadKnowledgeBase(dir, loadSpa(dir));
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the knowledge base to be refused');
}

describe('loadKnowledgeBase', () => {
  it('loads every article with its fields, More section and filled placeholders', () => {
    const kb = loadKnowledgeBase(MINI_DIR, loadSpa(MINI_DIR));
    expect(kb.articles.map((a) => a.id)).toEqual([
      'after-liposuction',
      'does-it-hurt',
      'lymphedema',
      'spa-hours',
      'what-is-mld',
    ]);
    const mld = kb.articles.find((a) => a.id === 'what-is-mld')!;
    expect(mld.evidence).toBe('moderate');
    expect(mld.questions).toHaveLength(4);
    expect(mld.sources[0]?.url).toMatch(/^https:/);
    expect(mld.more).toMatch(/Vodder/);
    expect(mld.body).not.toMatch(/## More/);
    const hours = kb.articles.find((a) => a.id === 'spa-hours')!;
    expect(hours.body).toContain('Willow Lymphatic Studio');
    expect(hours.body).toContain('Monday: 09:00–18:00');
    expect(hours.body).not.toContain('{{');
    expect(hours.more).toBeUndefined();
    expect(kb.synonyms.find((g) => g.canonical === 'liposuction')?.variants).toContain('lipo');
  });

  it('names the file and the field when a required field is missing', () => {
    const dir = miniCopy({ 'articles/lymphedema.md': (t) => t.replace(/^evidence: .*\n/m, '') });
    const error = loadError(dir);
    expect(error.file).toBe('articles/lymphedema.md');
    expect(error.field).toBe('evidence');
  });

  it('refuses an evidence level outside the four allowed', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('evidence: strong', 'evidence: great'),
    });
    expect(loadError(dir)).toMatchObject({ file: 'articles/lymphedema.md', field: 'evidence' });
  });

  it('refuses fewer than four question phrasings, naming the questions field', () => {
    const dir = miniCopy({ 'articles/does-it-hurt.md': (t) => t.replace('  - is MLD painful\n', '') });
    expect(loadError(dir)).toMatchObject({ file: 'articles/does-it-hurt.md', field: 'questions' });
  });

  it('refuses a source URL that is not http(s), naming sources.0.url', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('url: https://www.cancer.gov', 'url: ftp://www.cancer.gov'),
    });
    expect(loadError(dir)).toMatchObject({ file: 'articles/lymphedema.md', field: 'sources.0.url' });
  });

  it('refuses an id that does not match the file name', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('id: lymphedema', 'id: lymph-swelling'),
    });
    expect(loadError(dir)).toMatchObject({ file: 'articles/lymphedema.md', field: 'id' });
  });

  it('refuses a review date that is not YYYY-MM-DD', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('reviewedOn: 2026-01-15', 'reviewedOn: 15/01/2026'),
    });
    expect(loadError(dir)).toMatchObject({ file: 'articles/lymphedema.md', field: 'reviewedOn' });
  });

  it('refuses an unknown {{spa.*}} placeholder, naming the body', () => {
    const dir = miniCopy({ 'articles/spa-hours.md': (t) => t.replace('{{spa.phone}}', '{{spa.fax}}') });
    const error = loadError(dir);
    expect(error).toMatchObject({ file: 'articles/spa-hours.md', field: 'body' });
    expect(error.problem).toContain('spa.fax');
  });

  it('refuses a follow-up that names no article', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('followUps: [what-is-mld]', 'followUps: [nope]'),
    });
    expect(loadError(dir)).toMatchObject({ file: 'articles/lymphedema.md', field: 'followUps.0' });
  });

  it('refuses a file without front matter', () => {
    const dir = miniCopy({ 'articles/lymphedema.md': (t) => t.replace(/^---\n/, '') });
    expect(loadError(dir)).toMatchObject({ file: 'articles/lymphedema.md', field: '' });
  });

  it('reports broken YAML in the front matter with its line', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('tags: [conditions]', 'tags: [conditions'),
    });
    const error = loadError(dir);
    expect(error.file).toBe('articles/lymphedema.md');
    expect(error.field).toMatch(/^line \d+$/);
  });

  it('refuses a synonyms file with a group that has no variants', () => {
    const dir = miniCopy({ 'synonyms.yaml': () => 'groups:\n  - canonical: lipo\n    variants: []\n' });
    expect(loadError(dir)).toMatchObject({ file: 'synonyms.yaml', field: 'groups.0.variants' });
  });
});
