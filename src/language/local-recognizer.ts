import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import { extractEntities } from './entities';
import { INTENTS, type Intent, NO_INTENT, type Recognition, type Recognizer } from './intents';
import type { IntentsContent } from './intents-content';

const LOCALE = 'en';

/**
 * Below this the classifier's best guess is reported as `none` and MainDialog falls back.
 * Chosen on test/fixtures/intents-heldout.yaml (see test/language/local-recognizer.test.ts).
 */
export const MIN_INTENT_SCORE = 0.5;

/** Chat shorthand the classifier's stemmer does not know, mapped to the words the examples use. */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  wat: 'what',
  wht: 'what',
  whats: 'what is',
  hw: 'how',
  cn: 'can',
  im: "i'm",
  dont: "don't",
  cant: "can't",
  wanna: 'want to',
  gonna: 'going to',
  thnx: 'thanks',
  tnx: 'thanks',
  ty: 'thank you',
  rn: 'right now',
  msg: 'message',
  appt: 'appointment',
  appointmnt: 'appointment',
  convo: 'conversation',
};

export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(.)\1{2,}/g, '$1$1') // "helloooo" → "helloo", "pleeease" → "pleease"
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/[^\w']/g, '');
      return SHORTHAND[bare] ?? word;
    })
    .join(' ')
    .trim();
}

/**
 * The embedded default: an NLP.js intent classifier (a small neural network over stemmed words)
 * trained in-process at start-up from knowledge/intents.yaml. No network, no model files.
 */
export class LocalRecognizer implements Recognizer {
  private constructor(private readonly nlp: Nlp) {}

  static async train(content: IntentsContent): Promise<LocalRecognizer> {
    const container = containerBootstrap();
    container.use(LangEn);
    const nlp = new Nlp({
      container,
      languages: [LOCALE],
      autoSave: false,
      autoLoad: false,
      log: false,
      nlu: { log: false },
    });
    for (const intent of INTENTS) {
      for (const utterance of content.intents[intent])
        nlp.addDocument(LOCALE, normalizeUtterance(utterance), intent);
    }
    await nlp.train();
    return new LocalRecognizer(nlp);
  }

  async recognize(text: string): Promise<Recognition> {
    const entities = extractEntities(text);
    const normalized = normalizeUtterance(text);
    if (!normalized) return { intent: NO_INTENT, score: 0, entities };
    const result = await this.nlp.process(LOCALE, normalized);
    const known = (INTENTS as readonly string[]).includes(result.intent);
    if (!known || result.score < MIN_INTENT_SCORE)
      return { intent: NO_INTENT, score: result.score, entities };
    return { intent: result.intent as Intent, score: result.score, entities };
  }
}
