import { loadKnowledgeBase, loadSpa } from '../../src/kb';
import { trainArticleModel } from '../../src/kb/article-model';
import { readArticleExamples } from '../../src/kb/article-model-content';
import { REAL_DIR } from '../helpers/kb';

/**
 * Round 27 (ans27): `stableOrder` fixes each example's place in an epoch by a hash of the example, so the model does not
 * depend on where an example is listed, and a phrasing added to one article leaves the others' places as they were
 * (a shuffle of positions redraws them all). Measured and not adopted this round (knowledge/article-model.yaml).
 */
const kb = loadKnowledgeBase(REAL_DIR, loadSpa(REAL_DIR));
const examples = readArticleExamples(REAL_DIR, kb.articles, { unknownClass: true }).slice(0, 400);
const recipe = { epochs: 2, l2: 1e-4, learningRate: 0.1, orders: 2, stableOrder: true };
const probes = ['does it hurt', 'can I have it when pregnant', 'what are your prices'];

describe('the article model with stableOrder', () => {
  it('gives the same probabilities whatever order the examples are listed in', () => {
    const a = trainArticleModel(examples, recipe, { reuse: false });
    const b = trainArticleModel([...examples.slice(200), ...examples.slice(0, 200)], recipe, { reuse: false });
    for (const text of probes)
      for (const label of a.labels)
        expect(b.predict(text).probabilityOf(label)).toBeCloseTo(a.predict(text).probabilityOf(label), 6);
  });

  it('moves less than a shuffle when one example is added', () => {
    const added = [...examples, { text: 'is a bath fine the evening after my session', label: 'aftercare' }];
    const moved = (stableOrder: boolean) => {
      const a = trainArticleModel(examples, { ...recipe, stableOrder }, { reuse: false });
      const b = trainArticleModel(added, { ...recipe, stableOrder }, { reuse: false });
      return probes.reduce(
        (sum, text) =>
          sum +
          a.labels.reduce(
            (s, label) => s + Math.abs(a.predict(text).probabilityOf(label) - b.predict(text).probabilityOf(label)),
            0,
          ),
        0,
      );
    };
    expect(moved(true)).toBeLessThan(moved(false));
  });
});
