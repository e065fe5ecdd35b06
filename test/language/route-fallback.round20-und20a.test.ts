import path from 'node:path';
import { buildUnderstanding, outcomeOf } from '../../src/cli/understanding-eval';
import { loadKnowledgeBase, loadSpa } from '../../src/kb';
import { loadIntents } from '../../src/language/intents-content';
import type { Route } from '../../src/language/message-router';
import { modelRoute } from '../../src/language/route-fallback';
import type { MessageKind, RouteModel } from '../../src/language/route-model';
import { loadRouteModel } from '../../src/language/route-model-content';
import { messageRouter } from '../helpers/dialog-deps';

/**
 * Round 20 (und20a): a "should I" about one's own life that names nothing of ours (a car, a partner, a tax return) was
 * read as a personal request by the cues or the classifier and started the health check. The route model's confident
 * out-of-scope reading now declines such a message; a personal request that names anything of ours, someone close or a
 * condition the health check screens for is never declined this way. Messages written for this test.
 */
const KNOWLEDGE = path.join(__dirname, '../../knowledge');
const articles = loadKnowledgeBase(KNOWLEDGE, loadSpa(KNOWLEDGE)).articles;
const loaded = loadRouteModel(KNOWLEDGE, articles, loadIntents(KNOWLEDGE))!;
const router = messageRouter();
const text = 'a message of several words';
const personal: Route = { kind: 'personal' };
// The router read that the personal request names nothing of ours (RuleReadings.personalWithNothingOfOurs).
const nothingOfOurs = { personalWithNothingOfOurs: true };
const sure = (kind: MessageKind, p = 1): RouteModel => ({
  examples: 0,
  trainingMs: 0,
  probabilities: () => ({ question: 0, out_of_scope: 0, handoff: 0, personal: 0, [kind]: p }),
  predict: () => ({ kind, probability: p }),
});

describe('a personal route that names nothing of ours (src/language/route-fallback.ts)', () => {
  const { settings } = loaded;

  it('is declined only at a very confident out-of-scope reading', () => {
    const declined = modelRoute(text, personal, undefined, sure('out_of_scope'), settings, nothingOfOurs);
    expect(declined?.kind).toBe('out_of_scope');
    expect(modelRoute(text, personal, undefined, sure('out_of_scope', 0.9), settings, nothingOfOurs)).toBeUndefined();
  });

  it('is never moved to a hand-off or a question by it, nor is a personal route naming something of ours', () => {
    for (const kind of ['handoff', 'question', 'personal'] as const)
      expect(modelRoute(text, personal, undefined, sure(kind), settings, nothingOfOurs)).toBeUndefined();
    expect(modelRoute(text, personal, undefined, sure('out_of_scope'), settings)).toBeUndefined();
  });

  it.each([
    'should I put my savings into an ISA',
    'my flatmate eats my food, should i say something',
    'can you look over my tax figures',
  ])('"%s" names nothing of ours', (message) => {
    expect(router.personalWithNothingOfOurs(message)).toBe(true);
  });

  it.each([
    'should I get lymphatic drainage for my puffy ankles',
    "my nan's legs are swollen, what should my nan book",
    "I'm on warfarin, can I still have a session",
    'which massage should I book, my legs are swollen',
  ])('"%s" names something of ours, someone close or a screened condition', (message) => {
    expect(router.personalWithNothingOfOurs(message)).toBe(false);
  });
});

describe('with the real model', () => {
  let understanding: Awaited<ReturnType<typeof buildUnderstanding>>;
  beforeAll(async () => {
    understanding = await buildUnderstanding(KNOWLEDGE);
  }, 60_000);
  const kind = async (message: string) => outcomeOf(await understanding.understand(message)).kind;

  it.each(['should i try keto or intermittent fasting'])('"%s" is declined', async (message) => {
    expect(await kind(message)).toBe('declined');
  });

  it.each([
    'what would you suggest for me, I stand all day at work and my feet ache',
    'is it ok for me, I had a blood clot in my leg last year',
    'which one would suit me, I just want to relax',
  ])('"%s" still reaches the health check', async (message) => {
    expect(await kind(message)).toBe('health_check');
  });
});
