import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import { extractEntities } from './entities';
import { normalizeUtterance } from './normalize-utterance';
import { PERSONAL_CUE_SCORE, PersonalAdviceCues } from './personal-advice';
import { INTENTS, type Intent, NO_INTENT, type Recognition, type Recognizer } from './intents';
import type { IntentsContent } from './intents-content';

const LOCALE = 'en';

/**
 * Below this the classifier's best guess is reported as `none` and MainDialog falls back.
 * Chosen on test/fixtures/intents-heldout.yaml (see test/language/local-recognizer.test.ts).
 */
export const MIN_INTENT_SCORE = 0.5;

/**
 * The embedded default: an NLP.js intent classifier (a small neural network over stemmed words)
 * trained in-process at start-up from knowledge/intents.yaml. No network, no model files.
 */
export class LocalRecognizer implements Recognizer {
  private constructor(
    private readonly nlp: Nlp,
    private readonly personalAdviceCues: PersonalAdviceCues,
  ) {}

  /**
   * @param extraExamples more utterances per intent from other content: the articles' listed phrasings
   * teach `ask_question` the whole vocabulary of the knowledge base, not only intents.yaml's examples.
   */
  static async train(
    content: IntentsContent,
    extraExamples: Partial<Record<Intent, readonly string[]>> = {},
  ): Promise<LocalRecognizer> {
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
      const utterances = [...content.intents[intent], ...(extraExamples[intent] ?? [])];
      for (const utterance of utterances) nlp.addDocument(LOCALE, normalizeUtterance(utterance), intent);
    }
    await nlp.train();
    return new LocalRecognizer(nlp, PersonalAdviceCues.fromContent(content));
  }

  async recognize(text: string): Promise<Recognition> {
    const entities = extractEntities(text);
    const normalized = normalizeUtterance(text);
    if (!normalized) return { intent: NO_INTENT, score: 0, entities };
    const result = await this.nlp.process(LOCALE, normalized);
    const known = (INTENTS as readonly string[]).includes(result.intent);
    const generalQuestion = !known || result.intent === 'ask_question';
    // A question about oneself goes to screening, however the classifier read it (see intents.yaml).
    if (generalQuestion && this.personalAdviceCues.matches(text)) {
      return { intent: 'get_recommendation', score: PERSONAL_CUE_SCORE, entities };
    }
    if (!known || result.score < MIN_INTENT_SCORE)
      return { intent: NO_INTENT, score: result.score, entities };
    return { intent: result.intent as Intent, score: result.score, entities };
  }
}
