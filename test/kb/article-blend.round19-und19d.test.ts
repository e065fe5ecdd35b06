import { buildSearchIndex, loadKnowledgeBase, loadSpa, selectAnswer } from '../../src/kb';
import { attachArticleModel, withoutUnknown } from '../../src/kb/article-blend';
import { type ArticlePrediction, UNKNOWN_CLASS } from '../../src/kb/article-model';
import { loadArticleModel } from '../../src/kb/article-model-content';
import { REAL_DIR } from '../helpers/kb';

/**
 * Round 19 (und19d): re-ranking reads the articles' probabilities renormalised without the unknown class, unless the
 * unknown class is at least 0.1 sure (knowledge/article-model.yaml, rerankWithoutUnknown and unknownDoubtAbove).
 * Through selectAnswer as the product calls it, beside the same model with the settings before round 19.
 */
const kb = loadKnowledgeBase(REAL_DIR, loadSpa(REAL_DIR));
const { model, blend } = loadArticleModel(REAL_DIR, kb.articles);
const indexWith = (settings: typeof blend) =>
  attachArticleModel(buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects }), model, settings);
const adopted = indexWith(blend);
const before = indexWith({ ...blend, rerankWithoutUnknown: false, unknownDoubtAbove: undefined });
const withoutDoubt = indexWith({ ...blend, unknownDoubtAbove: undefined });

/** A prediction over three classes with the given probabilities. */
function predictionOf(probabilities: Record<string, number>): ArticlePrediction {
  const [label, probability] = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0]!;
  return { top: { label, probability }, probabilityOf: (l) => probabilities[l] ?? 0 };
}

describe('the article model re-ranks without its unknown class (round 19)', () => {
  it('is what knowledge/article-model.yaml uses', () => {
    expect(blend).toMatchObject({ rerankWithoutUnknown: true, unknownDoubtAbove: 0.1 });
  });

  it('reads each article as its share of the articles alone, and the best article as the top', () => {
    const labels = ['aftercare', 'before-session', UNKNOWN_CLASS];
    const fresh = withoutUnknown(
      predictionOf({ 'before-session': 0.54, aftercare: 0.18, [UNKNOWN_CLASS]: 0.28 }),
      labels,
    );
    expect(fresh.top.label).toBe('before-session');
    expect(fresh.top.probability).toBeCloseTo(0.75);
    expect(fresh.probabilityOf('aftercare')).toBeCloseTo(0.25);
    expect(fresh.probabilityOf(UNKNOWN_CLASS)).toBe(0);
  });

  it('keeps the plain reading when the unknown class is sure enough to count as doubt', () => {
    const labels = ['aftercare', 'before-session', UNKNOWN_CLASS];
    const doubtful = predictionOf({ 'before-session': 0.3, aftercare: 0.1, [UNKNOWN_CLASS]: 0.6 });
    expect(withoutUnknown(doubtful, labels, 0.1)).toBe(doubtful);
    expect(withoutUnknown(doubtful, labels).probabilityOf('before-session')).toBeCloseTo(0.75);
  });

  // A paraphrase the words alone were just unsure of; the model finds it ours (p(unknown) ~0.03) and the article clear.
  it('now answers "cud i eat before" with the before-your-session article', () => {
    expect(selectAnswer(before, 'cud i eat before').kind).toBe('unknown');
    expect(selectAnswer(adopted, 'cud i eat before')).toMatchObject({
      kind: 'answer',
      articleId: 'before-session',
    });
  });

  // No article covers lupus; the model gives the unknown class ~0.98. Renormalised without that doubt, a swelling
  // article would rise over the threshold and answer.
  it('still says "I don\'t know" to a question no article answers (lupus joints)', () => {
    const text = 'can mld help with swollen joints from lupus';
    expect(selectAnswer(withoutDoubt, text).kind).toBe('answer');
    expect(selectAnswer(adopted, text).kind).toBe('unknown');
    expect(selectAnswer(before, text).kind).toBe('unknown');
  });

  it.each([
    'do you sell gift cards',
    'does lymph drainage help tinnitus',
    'can my dog come with me',
  ])('does not answer "%s", which no article covers', (text) => {
    expect(selectAnswer(adopted, text).kind).not.toBe('answer');
  });

  it.each([
    ['do i need to skip breakfast before my appointment', 'before-session'],
    ['what actually happens during the session', 'session-what-to-expect'],
    ['is it safe pregnant', 'mld-pregnancy'],
  ])('keeps the answer words and model already agreed on: "%s"', (text, articleId) => {
    expect(selectAnswer(adopted, text)).toMatchObject({ kind: 'answer', articleId });
    expect(selectAnswer(before, text)).toMatchObject({ kind: 'answer', articleId });
  });
});
