import { decideKnowledgeReply, type KnowledgeReply, type SearchIndex } from '../kb';
import type { DeclineRule } from '../kb/declines';
import type { Recognition, Recognizer } from './intents';
import type { MessageRouter, Route } from './message-router';

/** One message as the bot reads it when no dialog is waiting for an answer. */
export interface Understood {
  recognition: Recognition;
  route: Route;
  /** What the knowledge base does with it, when the route is a question. */
  knowledge?: KnowledgeReply;
}

/**
 * Recognition, routing and retrieval in the order MainDialog and QuestionDialog apply them, without a
 * dialog: what `npm run understanding:eval` measures and `npm run bench` times.
 */
export class MessageUnderstanding {
  constructor(
    private readonly recognizer: Recognizer,
    private readonly router: MessageRouter,
    private readonly index: SearchIndex,
    private readonly declines: readonly DeclineRule[],
  ) {}

  async understand(text: string): Promise<Understood> {
    const recognition = await this.recognizer.recognize(text);
    const route = this.router.route(text, recognition);
    if (route.kind !== 'question') return { recognition, route };
    const knowledge = decideKnowledgeReply(this.index, this.declines, text, (t) =>
      this.router.isAboutUs(t, recognition),
    );
    return { recognition, route, knowledge };
  }
}
