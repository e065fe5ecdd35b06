/**
 * Where the route model (src/language/route-model.ts) is allowed to change a route: only where the rules are
 * unsure (unsureOf below), and only to one of three safe places: a confident hand-off reading hands off, a
 * confident personal reading goes to the health check and a confident out-of-scope reading declines. It never fires
 * a command (cancel, restart, delete, goodbye), never changes a route the rules were sure of (a hand-off, a personal
 * request, a complaint, a booking, a command, a decline rule) and runs after the safety layer, so it cannot
 * override a red flag.
 */
import { decideKnowledgeReply, type KnowledgeReply, type SearchIndex } from '../kb';
import type { DeclineRule } from '../kb/declines';
import type { Recognition } from './intents';
import type { MessageRouter, Route } from './message-router';
import type { RouteModel } from './route-model';
import type { LoadedRouteModel, RouteModelSettings } from './route-model-content';

const WORD = /[\p{L}\p{N}']+/gu;

/**
 * What the rules read in a message beside its route, each a sign of how sure they are of it. Until round 24 these were
 * five positional booleans after modelRoute's settings, where a call that meant one passed `false` for the others.
 */
export interface RuleReadings {
  /**
   * The rules read the message as a general question (intents.yaml `generalQuestionCues`: "should I shave before the
   * session", "which surgeon would you recommend"): answered, not screened, so a personal reading does not move it
   * (round 13: with more personal examples the model sent such questions to the health check at 0.96 and more).
   */
  generalQuestion: boolean;
  /**
   * The route is personal only because the classifier read get_recommendation
   * (MessageRouter.personalByClassifierAlone): "can lymphatic drainage help chronic swelling in the ankles when the
   * heart checks out fine?", "after care instructions please, my daughter booked me one" went to the health check
   * (batch 11). A confident general-question reading answers such a message; a personal cue's reading is never
   * changed.
   */
  personalByClassifierAlone: boolean;
  /**
   * The rules declined the message because it names someone else's service, business or task
   * (MessageRouter.namesSomeoneElsesBusiness: "I'd like to book acupuncture please", "my boiler is broken, who do I
   * call"): requests for a person were read before those rules, so a hand-off reading here rests only on polite words
   * the model learnt from requests for a person, and the decline stands (round 19).
   */
  namesSomeoneElsesBusiness: boolean;
  /**
   * The route is personal and the message names nothing of ours, no one close and no screened condition
   * (MessageRouter.personalWithNothingOfOurs): a reading of out of scope at or above
   * `thresholds.out_of_scope_over_personal` declines it ("should i sell my car or keep it another year"; round 20).
   */
  personalWithNothingOfOurs: boolean;
  /**
   * The rules' catch-all declined the message although a personal cue read it as a request of one's own and it names
   * nothing of anyone else's (MessageRouter.personalLeftToCatchAll): a personal reading at or above
   * `thresholds.personal_over_catch_all` sends it to the health check (round 23).
   */
  personalLeftToCatchAll: boolean;
  /**
   * The article model places the message on one of our articles, confidently (MessageRouter.isPlacedByModel; round 40):
   * where the knowledge base would say "I don't know" or ask "Did you mean…?", the route model may still hand it off or
   * screen it, but not decline it as none of ours.
   */
  placedByModel: boolean;
}

/** A message the rules read nothing more in than its route. */
const NO_READINGS: RuleReadings = {
  generalQuestion: false,
  personalByClassifierAlone: false,
  namesSomeoneElsesBusiness: false,
  personalWithNothingOfOurs: false,
  personalLeftToCatchAll: false,
  placedByModel: false,
};

/**
 * The router's readings of a message, each asked only where it can matter (whose business a decline names, whether a
 * personal request names anything of ours), for both the product's hook and `Understanding`.
 */
export function ruleReadingsOf(
  router: MessageRouter,
  text: string,
  route: Route,
  recognition: Recognition,
): RuleReadings {
  return {
    generalQuestion: router.isGeneralQuestion(text),
    personalByClassifierAlone: router.personalByClassifierAlone(text, recognition),
    namesSomeoneElsesBusiness: route.kind === 'out_of_scope' && router.namesSomeoneElsesBusiness(text),
    personalWithNothingOfOurs: route.kind === 'personal' && router.personalWithNothingOfOurs(text),
    personalLeftToCatchAll: route.kind === 'out_of_scope' && router.personalLeftToCatchAll(text),
    placedByModel: route.kind === 'question' && router.isPlacedByModel(text),
  };
}

/** How unsure the rules are of a message: which of the model's readings may change its route. */
type Unsure =
  | 'not'
  | 'handoff_only'
  | 'handoff_or_personal'
  | 'any'
  | 'any_but_decline'
  | 'question_only'
  | 'decline_only';

/**
 * The rules are unsure of a message they sent to the knowledge base when it would say "I don't know", offer a choice,
 * decline it as none of ours or answer below `unsureAnswerBelow`; the model may then send it anywhere safe, but
 * declines only where no article answered: plain MLD questions with a name the examples lack were read as off-topic
 * with their right article found ("whats this vodder thing my physio keeps going on about" 0.97 with the article at
 * 0.4, "what's the Földi method? is it a German thing?" 0.93 at 0.5). A decline by the rules' catch-all ("out of scope" from foreign words or the classifier) and a
 * greeting, thanks or "tell me more" are the rules being unsure of a request for a person only: a confident hand-off
 * reading wins there ("my mum isn't great with tech, can one of your ladies ring her instead" was declined).
 * Everything else (a command, a hand-off, a personal request, a complaint, a booking, a bare answer, a decline rule)
 * is the rules being sure.
 */
function unsureOf(
  route: Route,
  knowledge: KnowledgeReply | undefined,
  settings: RouteModelSettings,
  readings: RuleReadings,
): Unsure {
  const { personalByClassifierAlone, namesSomeoneElsesBusiness, personalWithNothingOfOurs, personalLeftToCatchAll } =
    readings;
  // A decline by the catch-all of a message a personal cue read as a request of one's own, naming nothing of anyone
  // else's (MessageRouter.personalLeftToCatchAll): the rules are unsure whether it is ours ("what would you reckon is best
  // for me after a long haul flight", "what should my mama book? she's 78 and fixin to have a knee replaced" were
  // declined for their words the articles never use), so a confident personal reading sends it to the health check
  // (round 23).
  if (route.kind === 'out_of_scope')
    return namesSomeoneElsesBusiness ? 'not' : personalLeftToCatchAll ? 'handoff_or_personal' : 'handoff_only';
  // A personal request no cue of intents.yaml read, only the classifier's get_recommendation: a confident reading of a
  // general question answers it (round 14, knowledge/route-model.yaml `thresholds.question`).
  // A personal request that names nothing of ours (MessageRouter.personalWithNothingOfOurs) may be declined by a very
  // confident out-of-scope reading ("should i sell my car or keep it another year"; round 20), and still answered as a
  // question when only the classifier read it as personal.
  if (route.kind === 'personal') {
    if (personalByClassifierAlone) return 'question_only';
    return personalWithNothingOfOurs ? 'decline_only' : 'not';
  }
  if (route.kind === 'intent')
    return ['greeting', 'thanks', 'tell_me_more'].includes(route.intent) ? 'handoff_only' : 'not';
  if (route.kind !== 'question' || !knowledge) return 'not';
  switch (knowledge.kind) {
    case 'unknown':
    case 'clarify':
      return readings.placedByModel ? 'any_but_decline' : 'any';
    case 'out_of_scope':
      return 'any_but_decline';
    case 'answer':
      return knowledge.confidence < settings.unsureAnswerBelow ? 'any_but_decline' : 'not';
    default:
      return 'not';
  }
}

/**
 * The route the model's reading gives a message the rules are unsure of, or undefined to keep the rules' route.
 * Hand-off is checked first (a person is the safe place for a request we cannot place), then personal, then
 * out of scope.
 */
export function modelRoute(
  text: string,
  route: Route,
  knowledge: KnowledgeReply | undefined,
  model: RouteModel,
  settings: RouteModelSettings,
  readings: Partial<RuleReadings> = {},
): Route | undefined {
  const read: RuleReadings = { ...NO_READINGS, ...readings };
  const { generalQuestion, personalWithNothingOfOurs } = read;
  const unsure = unsureOf(route, knowledge, settings, read);
  if (unsure === 'not') return undefined;
  if ((text.match(WORD) ?? []).length < settings.minWords) return undefined;
  const p = model.probabilities(text);
  const { thresholds } = settings;
  const declineOverPersonal =
    route.kind === 'personal' &&
    personalWithNothingOfOurs &&
    thresholds.out_of_scope_over_personal !== undefined &&
    p.out_of_scope >= thresholds.out_of_scope_over_personal;
  if (declineOverPersonal) return { kind: 'out_of_scope' };
  if (unsure === 'decline_only') return undefined;
  if (unsure === 'question_only')
    return thresholds.question !== undefined && p.question >= thresholds.question ? { kind: 'question' } : undefined;
  if (p.handoff >= thresholds.handoff) return { kind: 'handoff' };
  if (unsure === 'handoff_only') return undefined;
  if (unsure === 'handoff_or_personal')
    return thresholds.personal_over_catch_all !== undefined &&
      p.personal >= thresholds.personal_over_catch_all &&
      !generalQuestion
      ? { kind: 'personal' }
      : undefined;
  if (p.personal >= thresholds.personal && !generalQuestion) return { kind: 'personal' };
  if (unsure === 'any' && p.out_of_scope >= thresholds.out_of_scope) return { kind: 'out_of_scope' };
  return undefined;
}

/**
 * The product's hook: MainDialog asks it for the route of a message no dialog is waiting on. It reads the
 * knowledge base's reply as QuestionDialog would (the same decideKnowledgeReply) to know whether the rules are unsure.
 */
export class RouteFallback {
  constructor(
    private readonly loaded: LoadedRouteModel,
    private readonly router: MessageRouter,
    private readonly index: SearchIndex,
    private readonly declines: readonly DeclineRule[],
  ) {}

  route(text: string, route: Route, recognition: Recognition): Route {
    if (!text) return route;
    const knowledge =
      route.kind === 'question'
        ? decideKnowledgeReply(this.index, this.declines, text, (t) => this.router.isAboutUs(t, recognition))
        : undefined;
    const { model, settings } = this.loaded;
    return (
      modelRoute(text, route, knowledge, model, settings, ruleReadingsOf(this.router, text, route, recognition)) ??
      route
    );
  }
}
