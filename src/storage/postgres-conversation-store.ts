import type { Activity } from 'botbuilder';
import type { PostgresDatabase } from './postgres-database';
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

/** Direct Line conversations on PostgreSQL; the same tables and rules as SqliteDirectLineStore. */
export class PostgresDirectLineStore implements DirectLineStore {
  constructor(private readonly db: PostgresDatabase) {}

  async createConversation(
    conversation: Pick<DirectLineConversation, 'id' | 'userId'>,
    at: Date,
  ): Promise<{ conversation: DirectLineConversation; created: boolean }> {
    const inserted = await this.db.pool.query(
      `INSERT INTO directline_conversations (id, user_id, created_at, updated_at, last_watermark)
         VALUES ($1, $2, $3, $3, 0) ON CONFLICT (id) DO NOTHING`,
      [conversation.id, conversation.userId, at.getTime()],
    );
    const stored = await this.getConversation(conversation.id);
    return { conversation: stored!, created: inserted.rowCount === 1 };
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const { rows } = await this.db.pool.query(
      'SELECT id, user_id, created_at, updated_at FROM directline_conversations WHERE id = $1',
      [id],
    );
    if (rows[0] === undefined) return undefined;
    return toDirectLineConversation(rows[0]);
  }

  async append(conversationId: string, activity: Partial<Activity>, at: Date): Promise<StoredActivity> {
    // One transaction: the counter's row lock orders writers from every instance, so no watermark repeats.
    return this.db.transaction(async (client) => {
      const bumped = await client.query<{ last_watermark: number }>(
        `UPDATE directline_conversations SET last_watermark = last_watermark + 1, updated_at = $1
           WHERE id = $2 RETURNING last_watermark`,
        [at.getTime(), conversationId],
      );
      const row = bumped.rows[0];
      if (!row) throw new UnknownConversationError(conversationId);
      const watermark = Number(row.last_watermark);
      const stored = { ...activity, id: activityIdFor(conversationId, watermark) };
      await client.query(
        'INSERT INTO directline_activities (conversation_id, watermark, body, created_at) VALUES ($1, $2, $3, $4)',
        [conversationId, watermark, JSON.stringify(stored), at.getTime()],
      );
      return { watermark, activity: JSON.parse(JSON.stringify(stored)) as StoredActivity['activity'] };
    });
  }

  async activitiesAfter(
    conversationId: string,
    watermark: number,
    limit = DEFAULT_PAGE_SIZE,
  ): Promise<ActivityPage> {
    const { rows } = await this.db.pool.query(
      `SELECT watermark, body FROM directline_activities WHERE conversation_id = $1 AND watermark > $2
         ORDER BY watermark LIMIT $3`,
      [conversationId, watermark, limit],
    );
    const activities = rows.map(toStoredActivity);
    return { activities, watermark: activities.at(-1)?.watermark ?? watermark };
  }

  async clearHistory(conversationId: string): Promise<number> {
    // last_watermark stays, so the next activity continues the sequence.
    const result = await this.db.pool.query('DELETE FROM directline_activities WHERE conversation_id = $1', [
      conversationId,
    ]);
    return result.rowCount ?? 0;
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.db.transaction(async (client) => {
      await client.query(
        `DELETE FROM directline_activities WHERE conversation_id IN
             (SELECT id FROM directline_conversations WHERE updated_at < $1)`,
        [before.getTime()],
      );
      const result = await client.query('DELETE FROM directline_conversations WHERE updated_at < $1', [
        before.getTime(),
      ]);
      return result.rowCount ?? 0;
    });
  }
}
