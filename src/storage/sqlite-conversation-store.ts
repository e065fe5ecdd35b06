import type { Activity } from 'botbuilder';
import { prepared, type SqliteDatabase } from './sqlite-database';
import {
  type ActivityPage,
  activityIdFor,
  DEFAULT_PAGE_SIZE,
  type DirectLineConversation,
  type DirectLineStore,
  type StoredActivity,
  toDirectLineConversation,
  toStoredActivity,
} from './directline-store';
import { UnknownConversationError } from '../errors';

/** Direct Line conversations on SQLite (tables directline_conversations and directline_activities). */
export class SqliteDirectLineStore implements DirectLineStore {
  constructor(private readonly db: SqliteDatabase) {}

  async createConversation(
    conversation: Pick<DirectLineConversation, 'id' | 'userId'>,
    at: Date,
  ): Promise<{ conversation: DirectLineConversation; created: boolean }> {
    const inserted = prepared(
      this.db,
      `INSERT INTO directline_conversations (id, user_id, created_at, updated_at, last_watermark)
         VALUES (?, ?, ?, ?, 0) ON CONFLICT (id) DO NOTHING`,
    ).run(conversation.id, conversation.userId, at.getTime(), at.getTime()).changes;
    const stored = await this.getConversation(conversation.id);
    return { conversation: stored!, created: inserted === 1 };
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const raw = prepared(
      this.db,
      'SELECT id, user_id, created_at, updated_at FROM directline_conversations WHERE id = ?',
    ).get(id);
    if (!raw) return undefined;
    return toDirectLineConversation(raw);
  }

  async append(conversationId: string, activity: Partial<Activity>, at: Date): Promise<StoredActivity> {
    // One transaction: the counter and the row move together, so two writers never share a watermark.
    return this.db.transaction(() => {
      const bumped = prepared(
        this.db,
        `UPDATE directline_conversations SET last_watermark = last_watermark + 1, updated_at = ?
           WHERE id = ? RETURNING last_watermark`,
      ).get(at.getTime(), conversationId) as { last_watermark: number } | undefined;
      if (!bumped) throw new UnknownConversationError(conversationId);
      const watermark = bumped.last_watermark;
      const stored = { ...activity, id: activityIdFor(conversationId, watermark) };
      prepared(
        this.db,
        'INSERT INTO directline_activities (conversation_id, watermark, body, created_at) VALUES (?, ?, ?, ?)',
      ).run(conversationId, watermark, JSON.stringify(stored), at.getTime());
      return { watermark, activity: JSON.parse(JSON.stringify(stored)) as StoredActivity['activity'] };
    })();
  }

  async activitiesAfter(
    conversationId: string,
    watermark: number,
    limit = DEFAULT_PAGE_SIZE,
  ): Promise<ActivityPage> {
    const activities = prepared(
      this.db,
      `SELECT watermark, body FROM directline_activities WHERE conversation_id = ? AND watermark > ?
         ORDER BY watermark LIMIT ?`,
    )
      .all(conversationId, watermark, limit)
      .map(toStoredActivity);
    return { activities, watermark: activities.at(-1)?.watermark ?? watermark };
  }

  async clearHistory(conversationId: string): Promise<number> {
    // last_watermark stays, so the next activity continues the sequence.
    return prepared(this.db, 'DELETE FROM directline_activities WHERE conversation_id = ?').run(
      conversationId,
    ).changes;
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.db.transaction(() => {
      prepared(
        this.db,
        `DELETE FROM directline_activities WHERE conversation_id IN
             (SELECT id FROM directline_conversations WHERE updated_at < ?)`,
      ).run(before.getTime());
      return prepared(this.db, 'DELETE FROM directline_conversations WHERE updated_at < ?').run(
        before.getTime(),
      ).changes;
    })();
  }
}
