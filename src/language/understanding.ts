import { decideKnowledgeReply, type KnowledgeReply, type SearchIndex } from '../kb';
import type { DeclineRule } from '../kb/declines';
import type { Recognition, Recognizer } from './intents';
import type { MessageRouter, Route } from './message-router';
import { modelRoute, ruleReadingsOf } from './route-fallback';
import type { LoadedRouteModel } from './route-model-content';

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
    /** The route model, asked where the rules are unsure (src/language/route-fallback.ts); none: the rules alone. */
    private readonly routeModel?: LoadedRouteModel,
  ) {}

  async understand(text: string): Promise<Understood> {
    const recognition = await this.recognizer.recognize(text);
    const route = this.router.route(text, recognition);
    const knowledge =
      route.kind === 'question'
        ? decideKnowledgeReply(this.index, this.declines, text, (t) => this.router.isAboutUs(t, recognition))
        : undefined;
    // Where the rules are unsure, the route model may change the route (as MainDialog applies it).
    const fallback =
      this.routeModel &&
      modelRoute(
        text,
        route,
        knowledge,
        this.routeModel.model,
        this.routeModel.settings,
        ruleReadingsOf(this.router, text, route, recognition),
      );
    // A personal route the model turned into a question is answered by the knowledge base, as QuestionDialog does.
    if (fallback?.kind === 'question' && !knowledge)
      return {
        recognition,
        route: fallback,
        knowledge: decideKnowledgeReply(this.index, this.declines, text, (t) => this.router.isAboutUs(t, recognition)),
      };
    if (fallback) return { recognition, route: fallback };
    return knowledge ? { recognition, route, knowledge } : { recognition, route };
  }
}
