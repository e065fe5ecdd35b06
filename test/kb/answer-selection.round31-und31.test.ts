import { answerUnderstanding } from '../helpers/answer-understanding';

// Round 31 (und31, issue 12 §5 "answers miss the question"): a question asked in general between sentences of story. The
// article model reads some stories as none of ours as a whole ("keeps sending me videos", "won't shut up about it"), and
// the sentence's answer then needed the model's top class to agree; a sentence that names nobody asks what it asks
// whatever the story around it. Messages written for this test, not taken from any batch or training file.
const { understood: knowledgeOf } = answerUnderstanding();

describe('a question asked in general between sentences of story gets its article', () => {
  it.each([
    ['my flatmate keeps sending me videos of it. how long does an mld session take? she lives on her phone', 'session-length'],
    [
      'So my nephew keeps sending me clips about it. what is a lymphatic massage? he reckons it sorted his knee out',
      'what-is-mld',
    ],
    [
      'my neighbour had it done and talks of nothing else. how much does a lymphatic massage cost? she paid a fortune I think',
      'spa-prices',
    ],
  ])('"%s" gets %s', async (text, articleId) => {
    const { knowledge } = await knowledgeOf(text);
    expect(knowledge).toMatchObject({ kind: 'answer', articleId });
    // Never a high-confidence answer: the story is not explained by the article.
    if (knowledge?.kind === 'answer') expect(knowledge.confidence).toBeLessThan(0.7);
  });
});

describe('a sentence about somebody in such a story still needs the model to agree', () => {
  it('"can you fix her legs before she flies home" after a story the model reads as none of ours is not answered', async () => {
    const { knowledge } = await knowledgeOf(
      'my friend keeps sending me videos. can you fix her legs before she flies home? she is so worried',
    );
    expect(knowledge?.kind).not.toBe('answer');
  });
});
