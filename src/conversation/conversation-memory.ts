import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * What the assistant remembers about this conversation between turns, outside any dialog's stack.
 * Kept small on purpose: it is stored, and it may hold hints of health data (a safety hold).
 */
export interface ConversationMemory {
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

export const EMPTY_MEMORY: ConversationMemory = { answersGiven: 0, unansweredInARow: 0 };

export type MemoryAccessor = StatePropertyAccessor<ConversationMemory>;

export function createMemoryAccessor(conversationState: ConversationState): MemoryAccessor {
  return conversationState.createProperty<ConversationMemory>('memory');
}

/** Reads the memory, creating it on first use; the object returned is saved with the turn. */
export async function readMemory(
  context: TurnContext,
  accessor: MemoryAccessor,
): Promise<ConversationMemory> {
  const memory = await accessor.get(context, { ...EMPTY_MEMORY });
  return memory;
}
