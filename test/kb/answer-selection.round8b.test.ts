import path from 'node:path';
import { buildSearchIndex, loadKnowledgeBase, loadSpa } from '../../src/kb';
import { selectAnswer } from '../../src/kb/answer-selection';
import type { SearchIndex } from '../../src/kb/search-index';

// Round 8b (issue 12): retrieval after correct routing. The article that answers what the question asks
// about its topic (arriving, being ill before a visit, pain during, looking swollen afterwards, preventing
// swelling after node removal) is given or offered, never the neighbour that shares its words. Phrasings
// written for this test, not copied from any fixture or held-out set.
let index: SearchIndex;
beforeAll(() => {
  const dir = path.join(__dirname, '../../knowledge');
  const kb = loadKnowledgeBase(dir, loadSpa(dir));
  index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
});

function expectRightOrOffered(text: string, articleId: string) {
  const selection = selectAnswer(index, text);
  if (selection.kind === 'answer') expect(selection.articleId).toBe(articleId);
  else if (selection.kind === 'clarify') expect(selection.candidates).toContain(articleId);
  else throw new Error(`"${text}" got no answer (${JSON.stringify(selection)})`);
}

describe('what the question asks decides between neighbouring articles (round 8b)', () => {
  it.each([
    ['arriving, not cancelling', 'what time should I turn up for my appointment', 'before-session'],
    ['ill and whether to cancel, not the fee policy', 'I feel really unwell, should I cancel or still come in', 'visit-practical'],
    ['pain during, not what MLD is', 'will there be any pain during the MLD session', 'does-it-hurt'],
    ['sore afterwards is an after-effect', 'should I feel sore the day after a lymphatic drainage session', 'normal-after-effects'],
    ['preventing swelling after node removal', 'my mum had lymph nodes removed, what can she do to stop her arm swelling', 'at-risk-limb'],
  ])('%s: "%s"', (_what, text, articleId) => expectRightOrOffered(text, articleId));
});

describe('the fee policy keeps its question', () => {
  it('"if I cancel because I am sick do I still have to pay"', () => {
    expectRightOrOffered('if I cancel because I am sick do I still have to pay', 'spa-cancellation-policy');
  });
});

describe('a hard, fixed lump to massage oneself has no article', () => {
  it('is not answered by the article about swollen glands', () => {
    const selection = selectAnswer(index, 'I have a hard lymph node that does not move, should I massage it to drain it');
    expect(selection.kind === 'answer' && selection.articleId === 'lymph-nodes').toBe(false);
  });
});
