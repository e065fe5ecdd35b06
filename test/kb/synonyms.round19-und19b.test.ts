import path from 'node:path';
import { buildUnderstanding } from '../../src/cli/understanding-eval';
import type { MessageUnderstanding } from '../../src/language/understanding';

// Round 19 (und19b): concepts the read batches lacked, through the whole understanding (retrieval with the article
// model): sports by name and their sprains, filariasis as lymphedema, bandaging as the CDT articles' word, cancer
// spreading in lay and doctors' words, an infection in a swollen limb as cellulitis, and eating, drinking or the gym
// "after the session" as aftercare. Phrasings written for this test, none copied from a read batch.
let understanding: MessageUnderstanding;
beforeAll(async () => {
  understanding = await buildUnderstanding(path.join(__dirname, '../../knowledge'));
});

async function answerOf(text: string) {
  const { knowledge } = await understanding.understand(text);
  return knowledge;
}

/** The right article, or a "Did you mean…?" that offers it: what the person sees is the article they asked for. */
async function expectOffered(text: string, articleId: string) {
  const knowledge = await answerOf(text);
  if (knowledge?.kind === 'answer') expect(knowledge.articleId).toBe(articleId);
  else if (knowledge?.kind === 'clarify') expect(knowledge.candidates).toContain(articleId);
  else throw new Error(`"${text}" got ${knowledge?.kind ?? 'nothing'}`);
}

describe('concepts found in round 19', () => {
  it.each([
    ['a sport by name', "I'm a netball player, is lymph drainage worth it after matches", 'sports-recovery'],
    ['a game of football', 'does lymphatic massage help after a football game, legs are wrecked', 'sports-recovery'],
    ['a competition', 'crossfit competitor here, can MLD speed up recovery between events', 'sports-recovery'],
    ['a sprain at sport', 'sprained my ankle playing basketball, will lymphatic drainage bring the swelling down faster', 'sports-recovery'],
    ['filariasis is lymphedema', 'my uncle has lymphatic filariasis in one leg, can manual drainage help him', 'lymphedema-and-cdt'],
    ['bandaging is CDT, not a garment', 'what does multilayer bandaging do for lymphoedema', 'lymphedema-and-cdt'],
    ['spreading in doctors words', 'could lymph drainage make my cancer metastasise', 'mld-and-cancer-spread'],
    ['spreading in lay words', 'is there a risk MLD pushes tumour cells into other parts of the body', 'mld-and-cancer-spread'],
    ['an infected swollen leg', 'how can I tell if my swollen leg has got infected', 'cellulitis'],
    ['wine after a session', 'is a glass of wine ok after my lymph drainage tonight', 'aftercare'],
    ['a swim after', 'after the session can I go for a swim', 'aftercare'],
    ['coffee after', 'how long should I avoid coffee after a lymphatic massage', 'aftercare'],
    ['a meal after', 'can I have a big meal after MLD or will it undo it', 'aftercare'],
  ])('%s: "%s"', async (_what, text, articleId) => expectOffered(text, articleId));
});

describe('look-alikes that keep their article (round 19)', () => {
  it.each([
    ['eating before is preparation', 'can i eat before a lymphatic massage', 'before-session'],
    ['coffee before is preparation', 'is it fine to drink coffee before my appointment', 'before-session'],
    ['a garment is still a garment', 'how tight should my compression stockings be', 'compression-garments'],
    ['spread said plainly', 'does lymph massage spread cancer', 'mld-and-cancer-spread'],
    ['infection after an operation', 'signs of infection after my tummy tuck', 'surgery-complications'],
    ['fighting infections is the immunity claim', 'can lymphatic drainage help me fight off infections', 'immunity-claims'],
    ['everyday swollen feet', 'my feet swell up every evening, would lymphatic drainage help', 'swollen-legs-ankles'],
    ['breast implants are still augmentation', 'swelling after breast implants, will mld help', 'after-breast-surgery'],
  ])('%s: "%s"', async (_what, text, articleId) => {
    const knowledge = await answerOf(text);
    expect(knowledge?.kind === 'answer' ? knowledge.articleId : knowledge?.kind).toBe(articleId);
  });
});
