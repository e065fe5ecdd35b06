/** The intents every recognizer (local, CLU, OpenAI) maps its answer onto. */
export const INTENTS = [
  'greeting',
  'help',
  'goodbye',
  'thanks',
  'ask_question',
  'get_recommendation',
  'book',
  'talk_to_human',
  'restart',
  'cancel',
  'delete_my_data',
  'tell_me_more',
  'complaint',
  'out_of_scope',
] as const;

export type Intent = (typeof INTENTS)[number];

/** What a recognizer returns when nothing fits well enough. */
export const NO_INTENT = 'none' as const;

export interface Entity {
  type: 'email' | 'phone' | 'number' | 'duration_days';
  value: string | number;
  /** The matched span, for callers that want to echo or strip it. Never logged. */
  text: string;
}

export interface Recognition {
  intent: Intent | typeof NO_INTENT;
  /** 0..1; how sure the recognizer is of `intent`. */
  score: number;
  entities: Entity[];
}

/** Understands one message. Implementations: local (default), Azure CLU and OpenAI (later). */
export interface Recognizer {
  recognize(text: string): Promise<Recognition>;
}
