import path from 'node:path';
import { HIGH_CONFIDENCE } from '../../src/cli/understanding-eval';
import {
  type Article,
  buildSearchIndex,
  DEFAULT_THRESHOLDS,
  loadKnowledgeBase,
  loadQuestionAspects,
  loadSpa,
  loadSynonyms,
  selectAnswer,
} from '../../src/kb';
import { MINI_DIR } from '../helpers/kb';

/** The curated aspects (cost, pain, when to start…) of the real knowledge folder. */
const aspects = loadQuestionAspects(path.join(__dirname, '../../knowledge'));
const synonyms = loadSynonyms(path.join(__dirname, '../../knowledge'));

const kb = loadKnowledgeBase(MINI_DIR, loadSpa(MINI_DIR));
const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });

function article(id: string, questions: string[], body = ''): Article {
  return {
    id,
    title: id,
    questions,
    tags: [],
    evidence: 'moderate',
    sources: [],
    reviewer: 'test',
    status: 'draft',
    reviewedOn: '2026-01-01',
    followUps: [],
    body,
  };
}

describe('selectAnswer', () => {
  it('answers a clear question with its article and a confidence between 0 and 1', () => {
    const selection = selectAnswer(index, 'does lymphatic drainage hurt?');
    expect(selection).toMatchObject({ kind: 'answer', articleId: 'does-it-hurt' });
    if (selection.kind !== 'answer') throw new Error('expected an answer');
    expect(selection.confidence).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.minConfidence);
    expect(selection.confidence).toBeLessThanOrEqual(1);
  });

  it('answers a lay, misspelled question through synonyms and typo correction', () => {
    expect(selectAnswer(index, 'should i get lymphatic drainage after lypo')).toMatchObject({
      kind: 'answer',
      articleId: 'after-liposuction',
    });
  });

  it('is less confident when the message carries words the knowledge base never uses', () => {
    const clean = selectAnswer(index, 'is MLD painful');
    const noisy = selectAnswer(index, 'is MLD painful for my golden retriever puppy');
    if (clean.kind !== 'answer') throw new Error('expected an answer');
    const noisyConfidence = noisy.kind === 'answer' ? noisy.confidence : 0;
    expect(noisyConfidence).toBeLessThan(clean.confidence);
  });

  it('declines messages about other things, with no suggestions when nothing matches', () => {
    expect(selectAnswer(index, "what's the weather in tokyo")).toEqual({ kind: 'unknown', suggestions: [] });
    expect(selectAnswer(index, 'write me a python function').kind).toBe('unknown');
  });

  it('declines a vague in-domain message but suggests the closest articles', () => {
    const selection = selectAnswer(index, 'lymph');
    expect(selection.kind).toBe('unknown');
    if (selection.kind !== 'unknown') throw new Error('expected unknown');
    expect(selection.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(selection.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('asks "did you mean" when two articles answer the message equally well', () => {
    const twins = buildSearchIndex(
      [
        article('arm-swelling', ['lymphatic drainage for a swollen arm']),
        article('leg-swelling', ['lymphatic drainage for a swollen leg']),
        article('unrelated', ['what are your opening hours']),
      ],
      [],
    );
    const selection = selectAnswer(twins, 'lymphatic drainage for a swollen arm or leg');
    expect(selection.kind).toBe('clarify');
    if (selection.kind !== 'clarify') throw new Error('expected clarify');
    expect([...selection.candidates].sort()).toEqual(['arm-swelling', 'leg-swelling']);
  });

  it('answers instead of clarifying once one candidate is clearly better', () => {
    const twins = buildSearchIndex(
      [
        article('arm-swelling', ['lymphatic drainage for a swollen arm']),
        article('leg-swelling', ['lymphatic drainage for a swollen leg']),
      ],
      [],
    );
    expect(selectAnswer(twins, 'lymphatic drainage for my swollen arm')).toMatchObject({
      kind: 'answer',
      articleId: 'arm-swelling',
    });
  });

  it('honours thresholds passed in', () => {
    const strict = { ...DEFAULT_THRESHOLDS, minConfidence: 1.01 };
    expect(selectAnswer(index, 'does lymphatic drainage hurt?', strict).kind).toBe('unknown');
  });
});

describe('selectAnswer reads what a question asks about its topic', () => {
  const tummyTuck = article('after-tummy-tuck', ['lymphatic drainage after a tummy tuck']);
  const hurts = article('does-it-hurt', ['is lymphatic drainage painful']);
  const hours = article('opening-hours', ['what are your opening hours']);
  const painful = 'is lymphatic drainage after a tummy tuck painful';

  it('asks "did you mean" with the article about pain instead of answering the topic article', () => {
    const index = buildSearchIndex([tummyTuck, hurts, hours], synonyms, { aspects });
    expect(selectAnswer(index, painful)).toEqual({ kind: 'clarify', candidates: ['does-it-hurt', 'after-tummy-tuck'] });
  });

  it('answered the topic article before aspects were read (the difference the aspects make)', () => {
    const index = buildSearchIndex([tummyTuck, hurts, hours], synonyms);
    expect(selectAnswer(index, painful)).toMatchObject({ kind: 'answer', articleId: 'after-tummy-tuck' });
  });

  it('never answers with high confidence when only the topic matches', () => {
    const index = buildSearchIndex([tummyTuck, hours], synonyms, { aspects });
    const selection = selectAnswer(index, painful);
    expect(selection).toMatchObject({ kind: 'answer', articleId: 'after-tummy-tuck' });
    if (selection.kind !== 'answer') throw new Error('expected an answer');
    expect(selection.confidence).toBeLessThan(HIGH_CONFIDENCE);
  });

  it("tells how long a session takes from how long its effects last", () => {
    const index = buildSearchIndex(
      [
        article('session-length', ['how long is a lymphatic drainage session']),
        article('effects-duration', ['how long does the effect of lymphatic drainage last']),
        hours,
      ],
      synonyms,
      { aspects },
    );
    expect(selectAnswer(index, 'how long does a lymphatic drainage appointment take')).toMatchObject({
      kind: 'answer',
      articleId: 'session-length',
    });
    expect(selectAnswer(index, 'do the effects of lymphatic drainage wear off')).toMatchObject({
      kind: 'answer',
      articleId: 'effects-duration',
    });
  });
});

describe('round 3 vocabulary (issue 12): lay words for the same concept', () => {
  const detox = article('detox-claims', ['does lymphatic drainage detox the body']);
  const cellulite = article('cellulite-claims', ['does lymphatic drainage get rid of cellulite']);
  const prices = article('spa-prices', ['how much does a session cost']);
  const sessionLength = article('session-length', ['how long is a lymphatic drainage session in minutes']);

  it('finds the detox article for "poisons" in the body', () => {
    const index = buildSearchIndex([detox, cellulite], synonyms, { aspects });
    expect(selectAnswer(index, 'does lymphatic drainage flush poisons out of the body')).toMatchObject({
      kind: 'answer',
      articleId: 'detox-claims',
    });
  });

  it('reads "going rate" as a question about cost, so the minutes in it do not win', () => {
    const index = buildSearchIndex([prices, sessionLength], synonyms, { aspects });
    expect(index.readAspects('what is your going rate for a lymphatic drainage session')).toContain('cost');
    expect(selectAnswer(index, 'what is your going rate for a 60 minute lymphatic drainage session')).not.toMatchObject({
      kind: 'answer',
      articleId: 'session-length',
    });
  });
});

describe('round 6 aspects (issue 12): how one feels after a session, and how to lie after an operation', () => {
  const hurts = article('does-it-hurt', ['does lymphatic drainage hurt', 'is lymph massage painful']);
  const after = article('normal-after-effects', ['is it normal to feel tired after lymphatic drainage', 'sore achy or tender the next day']);
  const bbl = article('after-bbl', ['lymphatic drainage after a bbl']);
  const scope = article('cosmetic-surgery-scope', ['when can i sleep on my side after surgery']);

  it('does not answer "does it hurt" confidently for soreness after a session', () => {
    const index = buildSearchIndex([hurts, after], synonyms, { aspects });
    expect(index.readAspects('why do I ache after lymph drainage')).toContain('after-feeling');
    const selection = selectAnswer(index, 'why do I ache after lymph drainage');
    expect(selection).not.toMatchObject({ kind: 'answer', articleId: 'does-it-hurt' });
  });

  it('does not answer the BBL article confidently for how to lie after a BBL', () => {
    const index = buildSearchIndex([bbl, scope], synonyms, { aspects });
    expect(index.readAspects('how long must I lie on my front after a bbl')).toContain('position');
    const selection = selectAnswer(index, 'how long must I lie on my front after a bbl');
    if (selection.kind === 'answer' && selection.articleId === 'after-bbl')
      expect(selection.confidence).toBeLessThan(HIGH_CONFIDENCE);
  });
});
