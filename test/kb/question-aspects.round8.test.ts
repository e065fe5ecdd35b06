import { selectAnswer } from '../../src/kb/answer-selection';
import { HIGH_CONFIDENCE } from '../../src/cli/understanding-eval';
import { realIndex } from '../helpers/kb';

// Round 8 (issue 12): what a question asks (knowledge/question-aspects.yaml) — preventing lymphoedema, training
// to become a therapist, oils and creams — and the visit words (synonyms.yaml). Phrasings written for this test.
const index = realIndex();

describe('questions the articles answer (round 8)', () => {
  it.each([
    ['how to lower one\'s own risk is the limb-at-risk article', 'what can I do to lower my chances of lymphoedema once nodes are removed', 'at-risk-limb'],
    ['whether MLD prevents it stays with the cancer article', 'does lymphatic drainage prevent lymphedema after breast cancer', 'lymphedema-after-cancer'],
    ['being unwell before a visit', 'I have a virus, should I still come to my lymph massage', 'visit-practical'],
    ['when to arrive', 'how early do I need to arrive for a lymphatic massage', 'before-session'],
  ])('%s: "%s"', (_what, text, articleId) => {
    const selection = selectAnswer(index, text);
    if (selection.kind === 'clarify') expect(selection.candidates).toContain(articleId);
    else expect(selection).toMatchObject({ kind: 'answer', articleId });
  });
});

describe('an honest "I don\'t know" where no article answers (round 8)', () => {
  it.each([
    'I am a physio and want to train as a lymphedema therapist, which course',
    'best lymphatic drainage training course for massage therapists',
    'can I use my own massage oil during MLD',
    'does arnica gel help lymph flow',
  ])('"%s" is not answered', (text) => {
    const selection = selectAnswer(index, text);
    if (selection.kind === 'answer') expect(selection.confidence).toBeLessThan(HIGH_CONFIDENCE);
    expect(selection.kind).not.toBe('answer');
  });

  it('what training a certified therapist has is still the CLT article', () => {
    expect(selectAnswer(index, 'what training does a lymphedema therapist have')).toMatchObject({
      kind: 'answer',
      articleId: 'certified-lymphedema-therapists',
    });
  });
});
