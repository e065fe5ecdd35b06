import type { Recognition } from './intents';
import type { IntentsContent } from './intents-content';
import { normalizeUtterance } from './normalize-utterance';

/** The score reported when a personal-advice cue, not the backend, decided the intent (as the local recognizer). */
export const PERSONAL_CUE_SCORE = 0.9;

/**
 * The personal-advice rule of knowledge/intents.yaml, applied after any recognizer: a question about
 * oneself ("should I get MLD after my surgery?") goes to the health screening, whatever a cloud model
 * made of it. The same cues and the same rule as the local recognizer, so switching backends cannot
 * open a way round the recommendation gate.
 */
export class PersonalAdviceCues {
  private constructor(
    private readonly cues: readonly RegExp[],
    private readonly openSuggestions: readonly RegExp[],
    private readonly generalQuestions: readonly RegExp[],
    private readonly explicitRequests: readonly RegExp[],
    private readonly screened:
      | { person: RegExp[]; conditions: RegExp[]; asks: RegExp[]; notForOneself: RegExp[] }
      | undefined,
    private readonly someoneClose: { named: RegExp[]; pronoun: RegExp; readAs: ReadonlyMap<string, string> } | undefined,
  ) {}

  /**
   * The cues of one intents content, compiled once: the recognizer and the router read the same content, and one
   * instance lets each message's readings (below) be made once for both (round 22: the general-question cues alone took
   * 60-190 µs a reading, read by each of them).
   */
  static fromContent(content: IntentsContent): PersonalAdviceCues {
    const known = compiled.get(content);
    if (known) return known;
    const compile = (sources: readonly string[]) => sources.map((cue) => new RegExp(cue, 'i'));
    const screened = content.screenedConditions;
    const close = content.askedForSomeoneClose;
    const readAs = new Map(Object.entries(close?.readAs ?? {}));
    const cues = new PersonalAdviceCues(
      // An explicit request is a personal cue too (round 24).
      compile([...content.personalAdviceCues, ...content.explicitRequests]),
      compile(content.openSuggestionRequests),
      compile(content.generalQuestionCues),
      compile(content.explicitRequests),
      screened && {
        person: compile(screened.person),
        conditions: compile(screened.conditions),
        asks: compile(screened.asks),
        notForOneself: compile(screened.notForOneself ?? []),
      },
      close && {
        named: compile(close.named),
        pronoun: new RegExp(`\\b(${[...readAs.keys()].join('|')})\\b`, 'g'),
        readAs,
      },
    );
    compiled.set(content, cues);
    return cues;
  }

  /**
   * The readings of the last message asked about. The recognizer, the router and the route model's checks ask them of
   * one message several times (up to three times each); each is made once. Keyed by the text, so a reading is never
   * another message's.
   */
  private last: Readings = { text: '' };

  private readingsOf(text: string): Readings {
    if (this.last.text !== text) this.last = { text };
    return this.last;
  }

  private normalized(readings: Readings): string {
    readings.normalized ??= normalizeUtterance(readings.text);
    return readings.normalized;
  }

  /**
   * True when the message asks for a personal suggestion and is not one of the general "how should I…"
   * questions, or asks whether oneself (or someone close) can still have MLD with a condition the health
   * check screens for, however general it sounds.
   */
  matches(text: string): boolean {
    const readings = this.readingsOf(text);
    readings.matches ??=
      this.asksAboutScreenedCondition(text) ||
      (!this.isGeneralQuestion(text) &&
        (this.cues.some((cue) => cue.test(this.normalized(readings))) ||
          this.namesOpenSuggestion(readings) ||
          this.matchesForSomeoneClose(this.normalized(readings))));
    return readings.matches;
  }

  private matchesForSomeoneClose(normalized: string): boolean {
    const asMe = this.readForOneself(normalized);
    return asMe !== undefined && [...this.cues, ...this.openSuggestions].some((cue) => cue.test(asMe));
  }

  /**
   * The cues are written for oneself ("would it help me", "is it right for me"). A message that names someone close of
   * the writer's asks the same for them in the third person ("my son broke his ankle, cast's off but still swollen -
   * would MLD help him?" was answered as a general question; round 22): read again with the pronouns that stand for that
   * person as the writer's own (intents.yaml `askedForSomeoneClose`). Only object and possessive pronouns are read so:
   * "should she take the job" must not become "should I", which the cues read as a request.
   */
  private readForOneself(normalized: string): string | undefined {
    const close = this.someoneClose;
    if (!close?.named.some((cue) => cue.test(normalized))) return undefined;
    const asMe = normalized.replace(close.pronoun, (word) => close.readAs.get(word) ?? word);
    return asMe === normalized ? undefined : asMe;
  }

  /**
   * True when the message's request is read only for someone close the writer names, their pronouns read as the writer's
   * own ("my husband's a firefighter, legs ache after long shouts, would this help him", "my fiancé plays american
   * football, which session for him after a game"): a request made for that person's body (round 30, und30).
   */
  asksForSomeoneClose(text: string): boolean {
    const readings = this.readingsOf(text);
    if (!this.matches(text) || this.asksAboutScreenedCondition(text)) return false;
    const normalized = this.normalized(readings);
    const direct = this.cues.some((cue) => cue.test(normalized)) || this.namesOpenSuggestion(readings);
    return !direct && this.matchesForSomeoneClose(normalized);
  }

  /**
   * "I'm on warfarin, what can I safely have done?", "not sure what I need, any suggestions?", "recommend me
   * something - <a story>": a suggestion asked for with the thing left open, which in this chat means one of our
   * treatments however many words we never use come with it (intents.yaml `openSuggestionRequests`; round 9).
   */
  asksOpenSuggestion(text: string): boolean {
    return !this.isGeneralQuestion(text) && this.namesOpenSuggestion(this.readingsOf(text));
  }

  private namesOpenSuggestion(readings: Readings): boolean {
    readings.openSuggestion ??= this.openSuggestions.some((cue) => cue.test(this.normalized(readings)));
    return readings.openSuggestion;
  }

  /**
   * "I'm 74 with heart failure, can I still have a lymphatic massage?": a person, a condition the health
   * check screens for and a question whether they can have it (intents.yaml `screenedConditions`), unless a member
   * of staff asks it about a client (`notForOneself`).
   */
  asksAboutScreenedCondition(text: string): boolean {
    if (!this.screened) return false;
    const readings = this.readingsOf(text);
    if (readings.screenedCondition === undefined) {
      const normalized = this.normalized(readings);
      const { person, conditions, asks, notForOneself } = this.screened;
      // A member of staff asking about a client is not asking for their own screening (round 12).
      readings.screenedCondition =
        !notForOneself.some((cue) => cue.test(normalized)) &&
        [person, conditions, asks].every((list) => list.some((cue) => cue.test(normalized)));
    }
    return readings.screenedCondition;
  }

  /**
   * "How should I prepare", "why should I get MLD after surgery": general, whatever a classifier says. Not when the
   * message also asks plainly for a suggestion of its own (intents.yaml `explicitRequests`: "… What would you suggest?",
   * "would it be worth it for me", "tell me what to book"): a general cue that reads the topic of the story (a course one
   * trains on, lymph nodes and prevention, "how often", botox and waiting) must not answer the request that ends it
   * (round 24, gate24: five personal requests of batch 20 were answered with an article so).
   */
  isGeneralQuestion(text: string): boolean {
    const readings = this.readingsOf(text);
    // Round 30 (und30): an explicit request made for someone close named, read with their pronouns as the writer's ("my
    // fiancé plays american football, which session for him after a game"), overrules a general cue as one's own does.
    const normalized = this.normalized(readings);
    readings.general ??=
      this.generalQuestions.some((cue) => cue.test(normalized)) &&
      !this.asksExplicitly(normalized) &&
      !this.asksExplicitly(this.readForOneself(normalized));
    return readings.general;
  }

  /** An explicit request of intents.yaml `explicitRequests` in `normalized` (undefined: no such reading). */
  private asksExplicitly(normalized: string | undefined): boolean {
    return normalized !== undefined && this.explicitRequests.some((cue) => cue.test(normalized));
  }

  /** Turns a general question (or nothing recognized) that asks about oneself into get_recommendation. */
  apply(recognition: Recognition, text: string): Recognition {
    const generalQuestion = recognition.intent === 'none' || recognition.intent === 'ask_question';
    if (!generalQuestion || !this.matches(text)) return recognition;
    return { ...recognition, intent: 'get_recommendation', score: PERSONAL_CUE_SCORE };
  }
}

/** One message's readings, made as they are first asked for. */
interface Readings {
  readonly text: string;
  normalized?: string;
  general?: boolean;
  openSuggestion?: boolean;
  screenedCondition?: boolean;
  matches?: boolean;
}

const compiled = new WeakMap<IntentsContent, PersonalAdviceCues>();
