import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTICLE_MODEL_FILE, loadArticleModelSettings } from '../../src/kb/article-model-content';
import { REAL_DIR } from '../helpers/kb';

// A curator's edit to article-model.yaml is refused when the content loads (kb:check and start-up), never found by a
// visitor: a `clausePersonWords` pattern that does not compile would otherwise throw in the middle of a conversation.
describe('article-model.yaml clausePersonWords', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function withClausePersonWords(pattern: string): string {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'article-model-content-'));
    dir = copy;
    cpSync(REAL_DIR, copy, { recursive: true });
    const file = path.join(copy, ARTICLE_MODEL_FILE);
    const edited = readFileSync(file, 'utf8').replace(/^ {2}clausePersonWords: .*$/m, `  clausePersonWords: '${pattern}'`);
    writeFileSync(file, edited);
    return copy;
  }

  it('loads the shipped pattern', () => {
    expect(loadArticleModelSettings(REAL_DIR).blend.clausePersonWords).toBeDefined();
  });

  it('refuses a pattern that is not a regular expression, naming the setting', () => {
    expect(() => loadArticleModelSettings(withClausePersonWords('\\b(i|my'))).toThrow(/clausePersonWords/);
  });

  it('accepts a pattern that compiles', () => {
    expect(loadArticleModelSettings(withClausePersonWords('\\b(i|my)\\b')).blend.clausePersonWords).toBe('\\b(i|my)\\b');
  });
});
