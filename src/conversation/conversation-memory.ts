import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * The stored shape (conversation state, property `memory`). Kept small on purpose: it is stored, and it may
 * hold hints of health data (a safety hold). Only ConversationMemory reads or writes it.
 */
interface StoredMemory {
  /** Knowledge answers given so far; the first one carries the "educational, not medical advice" note. */
  answersGiven: number;
  /** The last article shown, so "tell me more" knows what to expand. */
  lastArticleId?: string;
  /** Which passages of that article were shown first, so "tell me more" shows the others. */
  lastShownPassages?: number[];
  /** Questions in a row the knowledge base could not answer (three hand the person to staff). */
  unansweredInARow: number;
  /** ISO time of the last red flag or urgent answer; no service is suggested until a later screening clears it. */
  safetyHoldSince?: string;
  /**
   * Context ids the safety layer knows (recent_surgery, pregnancy, lymphoedema, past_clot, long_flight),
   * from earlier messages and screening answers: with them one sign is enough. Ids only, never words.
   */
  safetyContexts?: string[];
  /** True while a health check runs: its turns are understood by the local recognizer only, never a cloud one. */
  healthCheckActive?: boolean;
}

const EMPTY_MEMORY: StoredMemory = { answersGiven: 0, unansweredInARow: 0 };

/** The article a knowledge answer showed last, and which of its passages. */
export interface LastAnswer {
  articleId: string;
  shownPassages?: readonly number[];
}

/**
 * What the assistant remembers about this conversation between turns, outside any dialog's stack. Each
 * concern has its own narrow accessors, so every field has few, named writers: knowledge answers
 * (QuestionDialog), questions left unanswered (QuestionDialog; HandoffDialog starts the count again), the
 * safety hold and safety contexts (the red-flag middleware and the health check), and whether a health check
 * runs (the health check). Writes are saved with the turn's conversation state.
 */
export class ConversationMemory {
  private readonly property: StatePropertyAccessor<StoredMemory>;

  constructor(conversationState: ConversationState) {
    this.property = conversationState.createProperty<StoredMemory>('memory');
  }

  private read(context: TurnContext): Promise<StoredMemory> {
    return this.property.get(context, { ...EMPTY_MEMORY });
  }

  // Knowledge answers.

  async answersGiven(context: TurnContext): Promise<number> {
    return (await this.read(context)).answersGiven;
  }

  /** An article was shown: one more answer given, and the run of unanswered questions is over. */
  async recordAnswer(context: TurnContext, answer: LastAnswer): Promise<void> {
    const memory = await this.read(context);
    memory.answersGiven++;
    memory.lastArticleId = answer.articleId;
    memory.lastShownPassages = answer.shownPassages ? [...answer.shownPassages] : undefined;
    memory.unansweredInARow = 0;
  }

  async lastAnswer(context: TurnContext): Promise<LastAnswer | undefined> {
    const { lastArticleId, lastShownPassages } = await this.read(context);
    if (!lastArticleId) return undefined;
    return { articleId: lastArticleId, ...(lastShownPassages ? { shownPassages: lastShownPassages } : {}) };
  }

  /** "Tell me more" showed the rest of the last article: nothing more to expand. */
  async forgetShownPassages(context: TurnContext): Promise<void> {
    (await this.read(context)).lastShownPassages = undefined;
  }

  // Questions the knowledge base could not answer.

  /** One more question in a row without an answer; returns how many now. */
  async recordUnanswered(context: TurnContext): Promise<number> {
    const memory = await this.read(context);
    memory.unansweredInARow++;
    return memory.unansweredInARow;
  }

  async unansweredInARow(context: TurnContext): Promise<number> {
    return (await this.read(context)).unansweredInARow;
  }

  async resetUnanswered(context: TurnContext): Promise<void> {
    (await this.read(context)).unansweredInARow = 0;
  }

  // Safety.

  /** ISO time of the last red flag or urgent outcome, if any. */
  async safetyHoldSince(context: TurnContext): Promise<string | undefined> {
    return (await this.read(context)).safetyHoldSince;
  }

  async placeSafetyHold(context: TurnContext, at: Date): Promise<void> {
    (await this.read(context)).safetyHoldSince = at.toISOString();
  }

  async safetyContexts(context: TurnContext): Promise<readonly string[]> {
    return (await this.read(context)).safetyContexts ?? [];
  }

  /** Adds context ids (never words) to those known; ids already known are kept once. */
  async addSafetyContexts(context: TurnContext, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const memory = await this.read(context);
    memory.safetyContexts = [...new Set([...(memory.safetyContexts ?? []), ...ids])];
  }

  // The health check.

  async healthCheckActive(context: TurnContext): Promise<boolean> {
    return (await this.read(context)).healthCheckActive === true;
  }

  async setHealthCheckActive(context: TurnContext, active: boolean): Promise<void> {
    const memory = await this.read(context);
    if (active) memory.healthCheckActive = true;
    else delete memory.healthCheckActive;
  }
}

export function createMemoryAccessor(conversationState: ConversationState): ConversationMemory {
  return new ConversationMemory(conversationState);
}
