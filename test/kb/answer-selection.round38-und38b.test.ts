import { answerUnderstanding } from '../helpers/answer-understanding';

// Round 38 (und38b, issue 12 §5 "answers miss the question"): questions batch 33 showed answered with a wrong article, by
// cause, in wordings written for this test (not batch 33's).
const { understood: knowledgeOf } = answerUnderstanding();

describe('round 38: the article that answers what is asked', () => {
  it.each([
    // The period in everyday words: "time" and "month" alone pulled the cancellation and visit articles.
    ['is drainage ok with the monthlies or do people avoid it', 'mld-periods'],
    ["does it matter if it's that time of the month when I come for MLD", 'mld-periods'],
    // Whether it is done once or kept up: how often, not the practical visit.
    ['one session and done, or do people keep coming back for more?', 'how-often-sessions'],
  ])('"%s" gets %s', async (text, articleId) => {
    const { knowledge } = await knowledgeOf(text);
    expect(knowledge).toMatchObject({ kind: 'answer', articleId });
  });

  it.each([
    // The month and the time in their own senses keep their articles.
    ['what time do you open on the first of the month', 'spa-hours'],
  ])('"%s" still gets %s', async (text, articleId) => {
    const { knowledge } = await knowledgeOf(text);
    expect(knowledge).toMatchObject({ kind: 'answer', articleId });
  });
});
