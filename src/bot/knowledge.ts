import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Recognizer } from '../language/intents';
import { createLanguageBackends, type LanguageBackends } from '../language/language-backends';
import { LocalRecognizer } from '../language/local-recognizer';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import { loadChannelContent } from '../channels';
import { loadServices } from '../booking/services';
import { loadDeclines } from '../kb/declines';
import { buildSearchIndex, loadKnowledgeBase } from '../kb';
import { contentVersion } from '../kb/content-version';
import { attachArticleModel } from '../kb/article-blend';
import { loadArticleModel } from '../kb/article-model-content';
import { assertSafetyContentSigned, hasUnsignedContent } from '../kb/sign-off';
import { MESSAGE_IDS, Messages } from '../content/messages';
import { loadSpaAnswerWords } from '../kb/spa-answers';
import { loadSpa } from '../content/spa';
import { loadIntents } from '../language/intents-content';
import { loadRouteModel } from '../language/route-model-content';
import { loadRouting } from '../language/message-router';
import { loadVocabulary } from '../language/vocabulary';
import {
  checkRedFlagQuestions,
  loadRedFlagContent,
  loadSafetyContent,
  ordinaryPhrasings,
  loadScreeningContent,
  rulesVersion,
} from '../screening';
import { loadPrivacyLexicon } from '../content/personal-data-redaction';

/** Everything the service says and understands, read from knowledge/ and validated once at start-up. */
export type Knowledge = ReturnType<typeof loadKnowledge>;

/**
 * Loads every knowledge/ file the app uses. Clinical sign-off: production refuses unsigned safety files;
 * otherwise staff see a demo-content note (`demoContent`).
 */
export function loadKnowledge(config: Pick<Config, 'knowledgeDir' | 'requireSignedSafetyContent'>) {
  const dir = config.knowledgeDir;
  const spa = loadSpa(dir);
  const knowledgeBase = loadKnowledgeBase(dir, spa);
  const vocabulary = loadVocabulary(dir);
  const screening = loadScreeningContent(dir, spa, vocabulary.answers);
  const redFlags = loadRedFlagContent(dir, spa);
  if (config.requireSignedSafetyContent) assertSafetyContentSigned(dir);
  checkRedFlagQuestions(redFlags, screening.questions);
  const services = loadServices(dir);
  const intents = loadIntents(dir);
  const searchIndex = buildSearchIndex(knowledgeBase.articles, knowledgeBase.synonyms, {
    aspects: knowledgeBase.aspects,
  });
  // Issue 12 part 5: retrieval reads paraphrases through the trained article model (knowledge/article-model.yaml).
  const articleModel = loadArticleModel(dir, knowledgeBase.articles);
  attachArticleModel(searchIndex, articleModel.model, articleModel.blend);
  return {
    spa,
    messages: Messages.load(dir, spa),
    knowledgeBase,
    searchIndex,
    articleModel: articleModel.model,
    declines: loadDeclines(dir, MESSAGE_IDS),
    spaAnswerWords: loadSpaAnswerWords(dir),
    screening,
    redFlags,
    safety: loadSafetyContent(dir, spa, {
      redFlags,
      screening,
      phrasings: ordinaryPhrasings(knowledgeBase.articles, intents),
    }),
    demoContent: hasUnsignedContent(dir, knowledgeBase.articles),
    intents,
    routing: loadRouting(dir),
    /** The message-kind model the router falls back on where its rules are unsure (none without route-model.yaml). */
    routeModel: loadRouteModel(dir, knowledgeBase.articles, intents),
    vocabulary,
    services,
    screeningContentVersion: contentVersion({
      rules: rulesVersion(screening),
      flags: redFlags,
      services,
      articles: knowledgeBase.articles,
    }),
    privacy: loadPrivacyLexicon(dir),
    channels: loadChannelContent(dir, spa),
    /** The title people saw for an outcome id ("You can book a session"). */
    outcomeTitle: (outcome: string) =>
      screening.outcomes[outcome as keyof typeof screening.outcomes]?.title ?? outcome,
  };
}

/**
 * The recognizers: the local one (trained on the intents and every article's questions, or a test's stand-in)
 * and whatever cloud backend config asks for, which falls back to it; every fallback is counted and logged.
 */
export async function createUnderstanding(
  config: Pick<Config, 'language'>,
  knowledge: Knowledge,
  parts: { clock: Clock; metrics: Metrics; logger: Logger; recognizer?: Recognizer },
): Promise<{ language: LanguageBackends; localRecognizer: Recognizer }> {
  const { metrics, logger } = parts;
  const localRecognizer =
    parts.recognizer ??
    (await LocalRecognizer.train(knowledge.intents, {
      ask_question: knowledge.knowledgeBase.articles.flatMap((article) => article.questions),
    }));
  const language = createLanguageBackends(config.language, {
    local: localRecognizer,
    intents: knowledge.intents,
    clock: parts.clock,
    reporter: {
      report(event) {
        metrics.languageFallbacks.inc({ backend: event.backend, reason: event.reason });
        logger.warn({ language: event }, 'language backend not used; answered locally');
      },
    },
  });
  return { language, localRecognizer };
}
