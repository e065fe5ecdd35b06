import { answerUnderstanding } from '../helpers/answer-understanding';

// Round 40 (lead, issue 12 §1 and §5): questions about us in words the router's domain list lacks were declined as none
// of ours, by the catch-all (the classifier's "out of scope", words the articles never use), by the booking branch's
// "not one of ours", or by the knowledge base's "no topic of ours", while the article model placed them on the right
// article at 0.9 or more (batch 35: 44 of its 514 questions declined). A message the model places so is ours
// (knowledge/article-model.yaml `placedAbove`). Wordings written for this test, none from a batch.
const { understood } = answerUnderstanding();

describe('round 40: a question the article model places on one of ours is not declined', () => {
  it.each([
    // The classifier read it as out of scope; no word of the domain list.
    ['I had a tummy bug on tuesday, ok to come friday?', 'visit-practical'],
    // Read as a booking with a word the articles never use ("wee"): "book me a haircut" was the rule's aim.
    ['will it make me wee loads afterwards', 'normal-after-effects'],
  ])('"%s" gets %s', async (text, articleId) => {
    expect(await understood(text)).toMatchObject({ route: 'question', knowledge: { kind: 'answer', articleId } });
  });

  it('slang the articles never use still gets an honest "I don\'t know" with the article offered, not a decline', async () => {
    const { route, knowledge } = await understood(
      'will I still look snatched a week later or does it wear off fast',
    );
    expect(route).toBe('question');
    expect(knowledge).toMatchObject({ kind: 'unknown' });
    expect(knowledge?.kind === 'unknown' && knowledge.suggestions).toContain('effects-duration');
  });
});

describe('round 40: off-topic requests near our words stay declined', () => {
  it.each([
    'what should I wear to a job interview at a bank',
    'is reflexology good for sleep',
    'how much is botox in turkey',
    'can you recommend a good moisturiser for dry skin',
    'best time to book a holiday to greece',
  ])('"%s"', async (text) => {
    const { route, knowledge } = await understood(text);
    expect(route === 'out_of_scope' || knowledge?.kind === 'out_of_scope').toBe(true);
  });
});
