import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex, loadKnowledgeBase, loadSpa, selectAnswer } from '../../src/kb';
import type { SearchIndex } from '../../src/kb/search-index';

export const MINI_DIR = path.join(__dirname, '..', 'fixtures', 'kb-mini');
export const REAL_DIR = path.join(__dirname, '..', '..', 'knowledge');
export const EVAL_FILE = path.join(__dirname, '..', 'fixtures', 'kb-eval.yaml');

const made: string[] = [];

let realIndexOnce: SearchIndex | undefined;
/** The search index of the real knowledge folder, built once per test file. */
export function realIndex(): SearchIndex {
  if (!realIndexOnce) {
    const kb = loadKnowledgeBase(REAL_DIR, loadSpa(REAL_DIR));
    realIndexOnce = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
  }
  return realIndexOnce;
}

/** The right article, or a "Did you mean…?" offering it: never a wrong article, never none. */
export function expectRightOrOffered(index: SearchIndex, text: string, articleId: string): void {
  const selection = selectAnswer(index, text);
  if (selection.kind === 'answer') expect(selection.articleId).toBe(articleId);
  else if (selection.kind === 'clarify') expect(selection.candidates).toContain(articleId);
  else throw new Error(`"${text}" got no answer (${JSON.stringify(selection)})`);
}

/** A throw-away copy of the kb-mini fixture; `edit` rewrites files in it (relative path → new text). */
export function miniCopy(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-mini-'));
  made.push(dir);
  cpSync(MINI_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    let text = '';
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      // a new file
    }
    writeFileSync(full, edit(text));
  }
  return dir;
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A valid article file, for tests that build their own folders. */
export function articleText(fields: {
  id: string;
  title?: string;
  questions: string[];
  tags?: string[];
  evidence?: string;
  reviewedOn?: string;
  followUps?: string[];
  body?: string;
}): string {
  const body =
    fields.body ??
    'This is a plain answer written for a test. It has enough words to pass the length rule, which asks ' +
      'for at least forty words in the body of every article. It says nothing medical at all, and it only ' +
      'exists so that the loader and the checker have something valid to read in this test.';
  return [
    '---',
    `id: ${fields.id}`,
    `title: ${fields.title ?? fields.id}`,
    'questions:',
    ...fields.questions.map((q) => `  - ${q}`),
    `tags: [${(fields.tags ?? ['test']).join(', ')}]`,
    `evidence: ${fields.evidence ?? 'moderate'}`,
    'sources:',
    '  - title: A source',
    '    publisher: A publisher',
    '    url: https://example.org/source',
    'reviewer: Test reviewer',
    'status: signed',
    `reviewedOn: ${fields.reviewedOn ?? '2026-01-15'}`,
    `followUps: [${(fields.followUps ?? []).join(', ')}]`,
    '---',
    body,
    '',
  ].join('\n');
}
