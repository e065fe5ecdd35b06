import path from 'node:path';
import { ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { ChannelRenderingMiddleware } from '../../src/channels';
import { createMemoryAccessor } from '../../src/conversation/conversation-memory';
import { FixedClock } from '../../src/clock';
import type { DialogDependencies } from '../../src/conversation/dialog-dependencies';
import type { QuestionAnswering } from '../../dialogs/question-dialog';
import { buildSearchIndex, knowledgeReadings, loadKnowledgeBase } from '../../src/kb';
import { attachArticleModel } from '../../src/kb/article-blend';
import { loadArticleModel } from '../../src/kb/article-model-content';
import { loadDeclines } from '../../src/kb/declines';
import { MESSAGE_IDS, Messages } from '../../src/content/messages';
import { MemoryUnansweredQuestions } from '../../src/storage/memory-unanswered-questions';
import { loadSpa } from '../../src/content/spa';
import { loadIntents } from '../../src/language/intents-content';
import { loadVocabulary } from '../../src/language/vocabulary';
import { LocalRecognizer } from '../../src/language/local-recognizer';
import { loadRouting, MessageRouter } from '../../src/language/message-router';

export const KNOWLEDGE_DIR = path.join(__dirname, '../../knowledge');
export const spa = loadSpa(KNOWLEDGE_DIR);
export const messages = Messages.load(KNOWLEDGE_DIR, spa);
export const vocabulary = loadVocabulary(KNOWLEDGE_DIR);

let recognizer: Promise<LocalRecognizer> | undefined;
/** The real local recognizer, trained once per test file. */
export function localRecognizer(): Promise<LocalRecognizer> {
  recognizer ??= LocalRecognizer.train(loadIntents(KNOWLEDGE_DIR), {
    ask_question: [...realQuestionAnswering().articles.values()].flatMap((article) => article.questions),
  });
  return recognizer;
}

/** The real message router over knowledge/ (routing.yaml, intents.yaml and the articles' vocabulary). */
export function messageRouter(): MessageRouter {
  const { index, declines } = realQuestionAnswering();
  return MessageRouter.fromContent(
    loadRouting(KNOWLEDGE_DIR),
    loadIntents(KNOWLEDGE_DIR),
    knowledgeReadings(index, declines),
  );
}

/** Dependencies for dialogs tested alone; the eraser records what it was asked to erase. */
export async function dialogDependencies(
  options: { clock?: FixedClock } = {},
): Promise<DialogDependencies & { erased: string[]; conversationState: ConversationState }> {
  const erased: string[] = [];
  const conversationState = new ConversationState(new MemoryStorage());
  return {
    memory: createMemoryAccessor(conversationState),
    clock: options.clock ?? new FixedClock(new Date('2026-11-24T10:00:00Z')),
    conversationState,
    recognizer: await localRecognizer(),
    localRecognizer: await localRecognizer(),
    router: messageRouter(),
    messages,
    vocabulary,
    eraser: {
      async erase(context: TurnContext) {
        erased.push(context.activity.conversation.id);
      },
    },
    erased,
  };
}

/** The channel rendering app.ts registers on the adapter: every reply gets its look for the turn's channel. */
export function channelRendering(): ChannelRenderingMiddleware {
  return new ChannelRenderingMiddleware({ sources: messages.text('kb_sources') });
}

let answering: QuestionAnswering | undefined;
/** Question answering over the real knowledge/ folder, with an in-memory unanswered-question log per call. */
export function realQuestionAnswering(): QuestionAnswering {
  answering ??= (() => {
    const kb = loadKnowledgeBase(KNOWLEDGE_DIR, spa);
    // The product's retrieval: lexical with the trained article model (src/bot/knowledge.ts attaches it too).
    const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
    const { model, blend } = loadArticleModel(KNOWLEDGE_DIR, kb.articles);
    return {
      index: attachArticleModel(index, model, blend),
      articles: new Map(kb.articles.map((article) => [article.id, article])),
      declines: loadDeclines(KNOWLEDGE_DIR, MESSAGE_IDS),
      unanswered: new MemoryUnansweredQuestions(),
    };
  })();
  return { ...answering, unanswered: new MemoryUnansweredQuestions() };
}
