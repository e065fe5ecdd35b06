import path from 'node:path';
import { buildUnderstanding } from '../../src/cli/understanding-eval';
import type { MessageUnderstanding } from '../../src/language/understanding';

// Round 20 (und20d): everyday words for what an article says in its own terms: "prep" and "beforehand" for preparing,
// "weekly" or "monthly" for how often, "knackered" or "groggy" for tired after a session. Phrasings written for this
// test, none copied from a read batch.
let understanding: MessageUnderstanding;
beforeAll(async () => {
  understanding = await buildUnderstanding(path.join(__dirname, '../../knowledge'));
});

/** The right article, or a "Did you mean…?" that offers it. */
async function expectOffered(text: string, articleId: string) {
  const { knowledge } = await understanding.understand(text);
  if (knowledge?.kind === 'answer') expect(knowledge.articleId).toBe(articleId);
  else if (knowledge?.kind === 'clarify') expect(knowledge.candidates).toContain(articleId);
  else throw new Error(`"${text}" got ${knowledge?.kind ?? 'nothing'}`);
}

describe('everyday words for an article topic (round 20, und20d)', () => {
  it.each([
    ['prep for a visit', 'how do people prep before a lymphatic drainage session', 'before-session'],
    ['beforehand', 'what should I avoid doing beforehand on the day of my MLD', 'before-session'],
    ['weekly or monthly', 'do most people get lymph drainage weekly or monthly', 'how-often-sessions'],
    ['fortnightly', 'would fortnightly lymph drainage sessions be enough', 'how-often-sessions'],
    ['knackered after', 'completely knackered after my lymph massage yesterday, is that normal', 'normal-after-effects'],
    ['knackered all evening', 'I was knackered all evening after my session', 'normal-after-effects'],
    ['hammam after', 'is the hammam ok straight after the session', 'aftercare'],
    ['groggy after', 'felt groggy after my lymphatic drainage session, is that a normal thing', 'normal-after-effects'],
  ])('%s: "%s"', async (_what, text, articleId) => expectOffered(text, articleId));
});

describe('properly trained, in everyday words (round 20, und20d)', () => {
  it.each([
    ['someone legit', 'how can I tell a lymph drainage therapist is legit and not self-taught', 'finding-qualified-therapist'],
    ['properly trained', 'how would I check a lymphatic massage person is properly trained', 'finding-qualified-therapist'],
  ])('%s: "%s"', async (_what, text, articleId) => expectOffered(text, articleId));
});
