import { answerUnderstanding } from '../helpers/answer-understanding';

// Round 24 (ans24, issue 12 "answers miss the question"): a session's length in minutes or hours, another therapy than
// MLD, doing the drainage oneself, MLD spelled out in a student's question. Messages written for this test, not taken
// from any batch.
const { understood, readAspects } = answerUnderstanding();

describe('a session length said as minutes or hours (session-duration)', () => {
  it.each([
    'is the 45 minute session enough for both legs or do I need the longer one',
    'why is there a minimum of 60 minutes, I only want my face done',
    'other salons do it in 40 minutes, why does yours take an hour and a half',
  ])('"%s" asks how long a session is', (text) => {
    expect([...readAspects(text)]).toContain('session-duration');
  });

  it.each([
    'can I go swimming 2 hours after the massage',
    'I had my surgery 3 hours before I was discharged, how soon can I start MLD',
    'the therapist did 40 hours of training, is that enough',
  ])('"%s" (minutes or hours of something else) does not', (text) => {
    expect([...readAspects(text)]).not.toContain('session-duration');
  });
});

describe('another therapy than MLD (other-therapy): an honest "I don\'t know", not a near article', () => {
  it.each([
    'does acupuncture shift the water in puffy ankles',
    'my chiropractor says his adjustments unblock lymph, is that a real thing',
    'is reflexology for lymph drainage on the feet any use for swollen legs',
  ])('"%s"', async (text) => {
    const { route, knowledge } = await understood(text);
    expect(route).toBe('question');
    expect(knowledge?.kind).not.toBe('answer');
  });

  it('needles in an arm at risk after node removal stay the at-risk-limb article\'s question', () => {
    const text = 'is acupuncture ok on the arm where they took my lymph nodes out';
    expect([...readAspects(text)]).not.toContain('other-therapy');
  });

  it('a compression "lymphatic pump" is not another therapy', () => {
    expect([...readAspects('is a lymphatic pump machine worth buying for my leg')]).not.toContain(
      'other-therapy',
    );
  });
});

describe('doing the drainage oneself is a general question, not the health check', () => {
  it.each([
    'my sister is in the middle of radiotherapy - is it alright for her to do the light massage on herself?',
    'can I learn to do the drainage on myself at home, or should I wait till the swelling is worse?',
  ])('"%s" is answered', async (text) => {
    const { route } = await understood(text);
    expect(route).toBe('question');
  });

  it.each([
    'would doing it myself at home suit me or should I book in with one of your therapists?',
    'my husband won\'t ask himself, would your lymphatic massage be worth him trying after his hip op?',
  ])('"%s" (a choice or a judgement for oneself) still reaches the health check', async (text) => {
    const { route } = await understood(text);
    expect(route).toBe('personal');
  });
});

describe('MLD spelled out is ours even in a student\'s question', () => {
  it.each([
    'revising for my exam - is manual lymphatic drainage safe for children?',
    'Földi technique - how is it different from the others? it is for my coursework',
  ])('"%s" is answered from the knowledge base', async (text) => {
    const { route } = await understood(text);
    expect(route).toBe('question');
  });

  it('a homework task about the lymphatic system is still declined', async () => {
    const { route } = await understood('give me ten likely exam questions on the lymphatic system for my biology test');
    expect(route).toBe('out_of_scope');
  });
});
