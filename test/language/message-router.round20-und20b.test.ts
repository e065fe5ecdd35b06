import { messageRouter } from '../helpers/dialog-deps';
import { read } from '../helpers/router-readings';

/**
 * Round 20 (und20b): the router's catch-all decline (no domain word; words the articles never use, or the classifier's
 * "out of scope") yields to the knowledge base when the message points at our service ("you", "it", "this", "my first
 * one"; routing.yaml `pointsAtUs`) and retrieval and the article model agree on its article
 * (knowledge/article-model.yaml `plainAnswerAbove`). A message naming someone else's thing stays declined. Fresh
 * wording, not the read batches'; the classifier's reading is fixed to one that would mislead the router.
 */
const router = messageRouter();

describe('a question about us in everyday words is a question, not out of scope', () => {
  it.each([
    'whats your cancellation policy, my shifts at the hospital get swapped a lot',
    'will my insurance pay for it? I am with aetna',
  ])('%s', (text) => {
    expect(router.route(text, read('out_of_scope')).kind).toBe('question');
  });
});

describe('someone else’s thing in the same everyday words stays declined', () => {
  it.each([
    'what should I wear to a job interview at a bank',
    'is there parking at the football stadium on match days',
    'can I wear jeans to a wedding',
    'how much is a gel manicure these days',
  ])('%s', (text) => {
    expect(router.route(text, read('out_of_scope')).kind).toBe('out_of_scope');
  });
});
