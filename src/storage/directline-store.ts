import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { UnknownConversationError } from '../errors';

/** The channel id of our own Direct Line (web chat): its conversations' history is kept in this store. */
export const DIRECTLINE_CHANNEL_ID = 'directline';

/** One Direct Line conversation: who the user is (fixed by us, never by the client) and when it last moved. */
export interface DirectLineConversation {
  id: string;
  userId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** An activity in a conversation's history; the watermark is its 1-based position. */
export interface StoredActivity {
  watermark: number;
  activity: Partial<Activity> & { id: string };
}

export interface ActivityPage {
  activities: StoredActivity[];
  /** The watermark to ask from next time: the last one returned, or the one asked from when nothing is new. */
  watermark: number;
}

/**
 * Where Direct Line conversations and their activities live, so a page reload (token refresh + watermark)
 * and a restart keep the history. Memory for tests, SQLite by default; the contract suite in
 * test/contracts/directline-store-contract.ts holds both to the same behaviour.
 */
export interface DirectLineStore {
  /** Creates the conversation, or returns it unchanged when it already exists (and `created` false). */
  createConversation(
    conversation: Pick<DirectLineConversation, 'id' | 'userId'>,
    at: Date,
  ): Promise<{ conversation: DirectLineConversation; created: boolean }>;
  getConversation(id: string): Promise<DirectLineConversation | undefined>;
  /**
   * Appends an activity, giving it the next watermark and the id `${conversationId}|${watermark}` (7 digits,
   * as Azure's Direct Line does). Throws when the conversation does not exist.
   */
  append(conversationId: string, activity: Partial<Activity>, at: Date): Promise<StoredActivity>;
  /** Activities after `watermark` (all when 0), oldest first, at most `limit`. */
  activitiesAfter(conversationId: string, watermark: number, limit?: number): Promise<ActivityPage>;
  /**
   * Forgets a conversation's activities ("delete my data") but keeps the conversation, so its token still
   * works and new activities continue the watermark sequence. Returns how many were removed.
   */
  clearHistory(conversationId: string): Promise<number>;
  /** Removes conversations (and their activities) untouched since `before`; returns how many. */
  deleteOlderThan(before: Date): Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 500;

const ConversationRow = z.object({
  id: z.string(),
  user_id: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
});
const ActivityRow = z.object({ watermark: z.number().int(), body: z.string() });

/** A `directline_conversations` row (SQLite or PostgreSQL), checked. */
export function toDirectLineConversation(raw: unknown): DirectLineConversation {
  const row = ConversationRow.parse(raw);
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** A `directline_activities` row (SQLite or PostgreSQL), checked. */
export function toStoredActivity(raw: unknown): StoredActivity {
  const row = ActivityRow.parse(raw);
  return { watermark: row.watermark, activity: JSON.parse(row.body) as StoredActivity['activity'] };
}

export function activityIdFor(conversationId: string, watermark: number): string {
  return `${conversationId}|${String(watermark).padStart(7, '0')}`;
}

export class MemoryDirectLineStore implements DirectLineStore {
  private readonly conversations = new Map<string, DirectLineConversation>();
  private readonly activities = new Map<string, StoredActivity[]>();
  /** How many activities each conversation has had cleared, so watermarks never repeat. */
  private readonly cleared = new Map<string, number>();

  async createConversation(
    conversation: Pick<DirectLineConversation, 'id' | 'userId'>,
    at: Date,
  ): Promise<{ conversation: DirectLineConversation; created: boolean }> {
    const existing = this.conversations.get(conversation.id);
    if (existing) return { conversation: { ...existing }, created: false };
    const created = { ...conversation, createdAt: at, updatedAt: at };
    this.conversations.set(conversation.id, created);
    this.activities.set(conversation.id, []);
    return { conversation: { ...created }, created: true };
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const conversation = this.conversations.get(id);
    return conversation ? { ...conversation } : undefined;
  }

  async append(conversationId: string, activity: Partial<Activity>, at: Date): Promise<StoredActivity> {
    const conversation = this.conversations.get(conversationId);
    const list = this.activities.get(conversationId);
    if (!conversation || !list) throw new UnknownConversationError(conversationId);
    const watermark = (this.cleared.get(conversationId) ?? 0) + list.length + 1;
    const stored: StoredActivity = {
      watermark,
      activity: structuredClone({ ...activity, id: activityIdFor(conversationId, watermark) }),
    };
    list.push(stored);
    conversation.updatedAt = at;
    return structuredClone(stored);
  }

  async activitiesAfter(
    conversationId: string,
    watermark: number,
    limit = DEFAULT_PAGE_SIZE,
  ): Promise<ActivityPage> {
    const list = this.activities.get(conversationId) ?? [];
    const page = list.filter((stored) => stored.watermark > watermark).slice(0, limit);
    return { activities: structuredClone(page), watermark: page.at(-1)?.watermark ?? watermark };
  }

  async clearHistory(conversationId: string): Promise<number> {
    const list = this.activities.get(conversationId);
    if (!list) return 0;
    const removed = list.length;
    // Keep the watermark sequence going: the next activity gets the next number, not 1 again.
    this.activities.set(conversationId, []);
    this.cleared.set(conversationId, (this.cleared.get(conversationId) ?? 0) + removed);
    return removed;
  }

  async deleteOlderThan(before: Date): Promise<number> {
    let removed = 0;
    for (const [id, conversation] of this.conversations) {
      if (conversation.updatedAt < before) {
        this.conversations.delete(id);
        this.activities.delete(id);
        this.cleared.delete(id);
        removed++;
      }
    }
    return removed;
  }
}
