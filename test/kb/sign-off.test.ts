import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kbCheck } from '../../src/kb';
import { parseArticle } from '../../src/kb/articles';
import {
  assertSafetyContentSigned,
  readSignOff,
  SAFETY_FILES,
  unsignedSafetyFiles,
} from '../../src/kb/sign-off';
import { loadSpa, spaPlaceholders } from '../../src/content/spa';
import { articleText, MINI_DIR, miniCopy, REAL_DIR, removeCopies } from '../helpers/kb';

afterAll(removeCopies);

const TODAY = new Date('2026-06-01T12:00:00Z');
const SIGNED = 'reviewer: Dr A. Clinician\nreviewedOn: 2026-05-01\nstatus: signed\n';
const DRAFT = 'reviewer: Lymph content team\nreviewedOn: 2026-05-01\nstatus: draft\n';
const safetyFiles = (header: string) =>
  Object.fromEntries(
    SAFETY_FILES.map((file) => [
      file,
      () =>
        `${header}${readFileSync(path.join(REAL_DIR, file), 'utf8').replace(/^(reviewer|reviewedOn|status): .*\n/gm, '')}`,
    ]),
  );

describe('sign-off in kb:check', () => {
  it('warns, without failing, about a draft article', () => {
    const dir = miniCopy({
      'articles/lymphedema.md': (t) => t.replace('status: signed', 'status: draft'),
    });
    expect(kbCheck(dir, TODAY)).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'articles/lymphedema.md', field: 'status' }),
    ]);
  });

  it('asks an article written with the old "reviewedBy" key for the new keys, and loads it as a draft', () => {
    const text = readFileSync(path.join(MINI_DIR, 'articles/lymphedema.md'), 'utf8')
      .replace(/^reviewer: (.*)$/m, 'reviewedBy: $1')
      .replace(/^status: signed\n/m, '');
    const dir = miniCopy({ 'articles/lymphedema.md': () => text });
    const problems = kbCheck(dir, TODAY).filter((p) => p.file === 'articles/lymphedema.md');
    expect(problems.map((p) => `${p.severity} ${p.field}`).sort()).toEqual([
      'warning reviewedBy',
      'warning status',
    ]);
    const article = parseArticle('articles/lymphedema.md', text, spaPlaceholders(loadSpa(MINI_DIR)));
    expect(article).toMatchObject({ status: 'draft', reviewer: 'Fixture reviewer' });
  });

  it('warns about draft safety files and accepts signed ones', () => {
    const drafts = kbCheck(miniCopy(safetyFiles(DRAFT)), TODAY);
    expect(drafts.map((p) => `${p.severity} ${p.file}: ${p.field}`)).toEqual(
      SAFETY_FILES.map((file) => `warning ${file}: status`).sort(),
    );
    expect(kbCheck(miniCopy(safetyFiles(SIGNED)), TODAY)).toEqual([]);
  });

  it('counts a safety file without sign-off keys as a draft', () => {
    const dir = miniCopy(safetyFiles(''));
    expect(readSignOff(dir, 'screening.yaml').signOff).toBeUndefined();
    expect(unsignedSafetyFiles(dir)).toEqual([...SAFETY_FILES]);
    expect(kbCheck(dir, TODAY).map((p) => `${p.file}: ${p.field}`)).toEqual(
      SAFETY_FILES.map((f) => `${f}: status`).sort(),
    );
  });

  it('warns when a signed review is older than 12 months', () => {
    const dir = miniCopy(safetyFiles(SIGNED));
    expect(kbCheck(dir, new Date('2027-05-02T00:00:00Z')).filter((p) => p.file === 'screening.yaml')).toEqual(
      [
        expect.objectContaining({
          severity: 'warning',
          field: 'reviewedOn',
          message: expect.stringContaining('12 months'),
        }),
      ],
    );
  });
});

describe('spa information articles', () => {
  const placeholders = spaPlaceholders(loadSpa(MINI_DIR));
  const spaArticle = (extra = '') =>
    articleText({ id: 'spa-parking', questions: ['where do i park', 'b', 'c', 'd'] })
      .replace('evidence: moderate', 'evidence: spa-information')
      .replace(/sources:\n(  .*\n)+/, extra);

  it('takes the spa itself as the source', () => {
    const article = parseArticle('articles/spa-parking.md', spaArticle(), placeholders);
    expect(article.sources).toEqual([
      {
        title: `${placeholders['spa.name']}: spa information`,
        publisher: placeholders['spa.name'],
        url: placeholders['spa.website'],
      },
    ]);
  });

  it('refuses another source on spa information, and graded evidence without a source', () => {
    const withSource = spaArticle(
      'sources:\n  - title: A hospital page\n    publisher: A hospital\n    url: https://example.org/x\n',
    );
    expect(() => parseArticle('articles/spa-parking.md', withSource, placeholders)).toThrow(/spa\.yaml/);
    const graded = articleText({ id: 'graded', questions: ['a', 'b', 'c', 'd'] }).replace(
      /sources:\n(  .*\n)+/,
      '',
    );
    expect(() => parseArticle('articles/graded.md', graded, placeholders)).toThrow(/at least one source/);
  });
});

describe('production start-up guard', () => {
  it('names every unsigned safety file', () => {
    const dir = miniCopy({
      ...safetyFiles(SIGNED),
      'services.yaml': () =>
        `${DRAFT}${readFileSync(path.join(REAL_DIR, 'services.yaml'), 'utf8').replace(/^(reviewer|reviewedOn|status): .*\n/gm, '')}`,
    });
    expect(() => assertSafetyContentSigned(dir)).toThrow(/not clinically signed: services\.yaml\./);
    expect(() => assertSafetyContentSigned(miniCopy(safetyFiles(SIGNED)))).not.toThrow();
  });
});
