import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { EvalSetSchema, MIN_REJECTION, MIN_TOP1 } from '../../src/cli/kb-eval';
import {
  buildSearchIndex,
  formatProblem,
  kbCheck,
  loadKnowledgeBase,
  loadSpa,
  selectAnswer,
} from '../../src/kb';
import { EVAL_FILE, REAL_DIR } from '../helpers/kb';

describe('the real knowledge folder', () => {
  it('passes kb:check with no errors', () => {
    const errors = kbCheck(REAL_DIR, new Date('2026-11-24T00:00:00Z')).filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  describe('on the eval set', () => {
    const kb = loadKnowledgeBase(REAL_DIR, loadSpa(REAL_DIR));
    const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
    const set = EvalSetSchema.parse(YAML.parse(readFileSync(EVAL_FILE, 'utf8')));

    it(`answers at least ${MIN_TOP1 * 100}% of in-scope questions with the expected article`, () => {
      const right = set.inScope.filter((item) => {
        const selection = selectAnswer(index, item.text);
        return selection.kind === 'answer' && selection.articleId === item.expect;
      });
      expect(right.length / set.inScope.length).toBeGreaterThanOrEqual(MIN_TOP1);
    });

    it(`declines at least ${MIN_REJECTION * 100}% of out-of-scope messages`, () => {
      const declined = set.outOfScope.filter((text) => selectAnswer(index, text).kind === 'unknown');
      expect(declined.length / set.outOfScope.length).toBeGreaterThanOrEqual(MIN_REJECTION);
    });

    it('expects only articles that exist', () => {
      const ids = new Set(kb.articles.map((a) => a.id));
      expect(set.inScope.filter((item) => !ids.has(item.expect)).map((item) => item.expect)).toEqual([]);
    });
  });
});
