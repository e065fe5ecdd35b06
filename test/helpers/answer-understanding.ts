import { buildUnderstanding } from '../../src/cli/understanding-eval';
import { buildSearchIndex, loadKnowledgeBase, loadSpa } from '../../src/kb';
import type { SearchIndex } from '../../src/kb/search-index';
import type { MessageUnderstanding } from '../../src/language/understanding';
import { KNOWLEDGE_DIR } from './screening-test-content';

/**
 * The whole understanding the bot builds at start-up (router, models, retrieval) and the search index that reads a
 * question's aspects, built once in the calling file's `beforeAll`: for tests of which article answers a question.
 */
export function answerUnderstanding() {
  let understanding: MessageUnderstanding | undefined;
  let index: SearchIndex | undefined;
  beforeAll(async () => {
    understanding = await buildUnderstanding(KNOWLEDGE_DIR);
    const kb = loadKnowledgeBase(KNOWLEDGE_DIR, loadSpa(KNOWLEDGE_DIR));
    index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
  });
  const built = () => {
    if (!understanding || !index) throw new Error('answerUnderstanding() is read before its beforeAll ran');
    return { understanding, index };
  };
  return {
    /** The route a message takes, and the knowledge reply when it is a question. */
    async understood(text: string) {
      const { route, knowledge } = await built().understanding.understand(text);
      return { route: route.kind, knowledge };
    },
    /** The question aspects retrieval reads in a message (what it asks: cost, duration, another therapy…). */
    readAspects: (text: string) => built().index.readAspects(text),
    /** The search index itself, for what it says of an article (the aspects it covers). */
    searchIndex: () => built().index,
  };
}
