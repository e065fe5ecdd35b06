import { buildSearchIndex, loadKnowledgeBase, loadSpa, selectAnswer } from '../../src/kb';
import { articleModelOf, attachArticleModel } from '../../src/kb/article-blend';
import { trainArticleModel, trainedArticleModelCount, UNKNOWN_CLASS } from '../../src/kb/article-model';
import {
  loadArticleModel,
  loadArticleModelSettings,
  readArticleExamples,
} from '../../src/kb/article-model-content';
import { REAL_DIR } from '../helpers/kb';

/**
 * Issue 12 part 5: the trained article model beside lexical retrieval, through selectAnswer as the product
 * (QuestionDialog, MessageUnderstanding via decideKnowledgeReply) calls it.
 */
const kb = loadKnowledgeBase(REAL_DIR, loadSpa(REAL_DIR));
const lexical = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
const withModel = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
const { model, blend } = loadArticleModel(REAL_DIR, kb.articles);
attachArticleModel(withModel, model, blend);

describe('the article model', () => {
  it('loads from knowledge/: one class per article and the unknown class', () => {
    expect(model.labels).toHaveLength(kb.articles.length + 1);
    expect(model.labels).toContain(UNKNOWN_CLASS);
    expect(model.examples).toBeGreaterThan(kb.articles.length * 4);
    expect(articleModelOf(withModel)).toBeDefined();
    expect(articleModelOf(lexical)).toBeUndefined();
  });

  it('is deterministic: training twice afresh gives the same probabilities', () => {
    const settings = loadArticleModelSettings(REAL_DIR);
    const examples = readArticleExamples(REAL_DIR, kb.articles, { unknownClass: true }).slice(0, 600);
    const recipe = { ...settings, epochs: 2 };
    const a = trainArticleModel(examples, recipe, { reuse: false });
    const b = trainArticleModel(examples, recipe, { reuse: false });
    for (const text of ['does it hurt', 'can I have it when pregnant', 'what are your prices']) {
      expect(a.predict(text).top).toEqual(b.predict(text).top);
      expect(a.labels.map((label) => a.predict(text).probabilityOf(label))).toEqual(
        b.labels.map((label) => b.predict(text).probabilityOf(label)),
      );
    }
  });

  it("averages the training orders the settings name (round 14: orders 5), and an example's place moves it less", () => {
    expect(loadArticleModelSettings(REAL_DIR).orders).toBe(5);
    const examples = readArticleExamples(REAL_DIR, kb.articles, { unknownClass: true }).slice(0, 600);
    const recipe = { epochs: 2, l2: 1e-4, learningRate: 0.1 };
    const reordered = [...examples.slice(300), ...examples.slice(0, 300)];
    const spread = (orders: number) => {
      const a = trainArticleModel(examples, { ...recipe, orders }, { reuse: false });
      const b = trainArticleModel(reordered, { ...recipe, orders }, { reuse: false });
      return ['does it hurt', 'can I have it when pregnant', 'what are your prices'].reduce(
        (sum, text) =>
          sum +
          a.labels.reduce(
            (s, label) =>
              s + Math.abs(a.predict(text).probabilityOf(label) - b.predict(text).probabilityOf(label)),
            0,
          ),
        0,
      );
    };
    expect(spread(5)).toBeLessThanOrEqual(spread(1));
  });

  it('trains once per process for the same examples (memoised)', () => {
    const before = trainedArticleModelCount();
    loadArticleModel(REAL_DIR, kb.articles);
    expect(trainedArticleModelCount()).toBe(before);
  });

  // Fresh wordings (round 12): lexical retrieval says "I don't know" to each, sharing few words with the phrasings.
  it.each([
    ['will it make my cellulite vanish', 'cellulite-claims'],
    ['is it alright to have it done if im on warfarin', 'mld-blood-thinners'],
    ['will i feel wiped out afterwards', 'normal-after-effects'],
    ['does it boost your immune system or is that a myth', 'immunity-claims'],
  ])('answers the paraphrase "%s" that lexical retrieval missed', (text, articleId) => {
    expect(selectAnswer(lexical, text).kind).not.toBe('answer');
    expect(selectAnswer(withModel, text)).toMatchObject({ kind: 'answer', articleId });
  });

  it.each([
    'what is the best pizza in naples',
    'can you recommend a good film for tonight',
    'how do I change a flat tyre on my bike',
  ])('does not answer the off-topic "%s"', (text) => {
    expect(selectAnswer(withModel, text).kind).not.toBe('answer');
  });
});
