import { answerUnderstanding } from '../helpers/answer-understanding';

// Round 37 (und37b, issue 12 §5 "answers miss the question"): questions batch 32 showed answered with a wrong article, by
// cause, in wordings written for this test (not batch 32's).
const { understood: knowledgeOf } = answerUnderstanding();

describe('round 37: the article that answers what is asked', () => {
  it.each([
    // Which way up one lies during a session: "face" alone pulled the facial article.
    ['during the treatment am I lying face down or on my back?', 'session-what-to-expect'],
    // A facelift in everyday words.
    ['my sister got her face done last month and is still swollen, can lymph drainage settle it?', 'after-facelift'],
  ])('"%s" gets %s', async (text, articleId) => {
    const { knowledge } = await knowledgeOf(text);
    expect(knowledge).toMatchObject({ kind: 'answer', articleId });
  });

  // The methods besides one named: never the named method's article, which says nothing of the others; the overview
  // where the words find it.
  it.each([
    ['is there some technique other than Leduc? so many names out there', 'leduc-method'],
    ['any other kinds of lymph massage besides the Vodder one? confused by all the names', 'vodder-method'],
  ])('"%s" is not answered by %s alone', async (text, named) => {
    const { knowledge } = await knowledgeOf(text);
    expect(knowledge).not.toMatchObject({ kind: 'answer', articleId: named });
  });

  it('"what else is there apart from the Vodder approach" gets the methods overview', async () => {
    const { knowledge } = await knowledgeOf('what else is there apart from the Vodder approach');
    expect(knowledge).toMatchObject({ kind: 'answer', articleId: 'mld-methods-overview' });
  });

  it('"what is the Vodder method?" keeps its own article', async () => {
    const { knowledge } = await knowledgeOf('what is the Vodder method?');
    expect(knowledge).toMatchObject({ kind: 'answer', articleId: 'vodder-method' });
  });
});

describe('round 37: a condition no article names gets an honest "I don\'t know"', () => {
  it.each([
    'can lymph drainage stop my snoring',
    'is MLD ok if I have an umbilical hernia?',
    'is facial drainage safe for someone with the coil fitted',
    'is lymphatic drainage dangerous with ab separation after my twins',
  ])('"%s" gets no article', async (text) => {
    const { knowledge } = await knowledgeOf(text);
    expect(knowledge?.kind).not.toBe('answer');
  });

  it('"is MLD safe after hernia repair surgery?" is still answered', async () => {
    const { knowledge } = await knowledgeOf('is MLD safe after hernia repair surgery?');
    expect(knowledge?.kind).toBe('answer');
  });
});

describe('round 37: the price asked in slang gets the price list', () => {
  it.each([
    "what's the damage for the 90 minute one?",
    'how much will it set me back for the leg one',
    'how much dosh is the facial drainage',
  ])('"%s" gets spa-prices', async (text) => {
    const { route, knowledge } = await knowledgeOf(text);
    expect(route).toBe('question');
    expect(knowledge).toMatchObject({ kind: 'answer', articleId: 'spa-prices' });
  });

  it.each(['can lymphatic drainage repair nerve damage', 'will missing a week of MLD set me back after my op'])(
    '"%s" is no price question',
    async (text) => {
      const { knowledge } = await knowledgeOf(text);
      expect(knowledge).not.toMatchObject({ kind: 'answer', articleId: 'spa-prices' });
    },
  );
});
