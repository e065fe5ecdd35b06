import { z } from 'zod';
import type { PostgresDatabase } from './postgres-database';
import {
  normaliseQuestion,
  type UnansweredQuestion,
  type UnansweredQuestionRepository,
} from '../kb/unanswered-questions';

const Row = z.object({ text: z.string(), count: z.number().int(), first_at: z.number(), last_at: z.number() });

export class PostgresUnansweredQuestions implements UnansweredQuestionRepository {
  constructor(private readonly db: PostgresDatabase) {}

  async record(redactedText: string, at: Date): Promise<void> {
    const text = normaliseQuestion(redactedText);
    if (!text) return;
    await this.db.pool.query(
      `INSERT INTO unanswered_questions (text, count, first_at, last_at) VALUES ($1, 1, $2, $2)
         ON CONFLICT (text) DO UPDATE SET count = unanswered_questions.count + 1, last_at = excluded.last_at`,
      [text, at.getTime()],
    );
  }

  async list(limit = 100): Promise<UnansweredQuestion[]> {
    const { rows } = await this.db.pool.query(
      'SELECT text, count, first_at, last_at FROM unanswered_questions ORDER BY count DESC, last_at DESC LIMIT $1',
      [limit],
    );
    return rows.map((raw) => {
      const row = Row.parse(raw);
      return {
        text: row.text,
        count: row.count,
        firstAskedAt: new Date(row.first_at),
        lastAskedAt: new Date(row.last_at),
      };
    });
  }

  async deleteOlderThan(before: Date): Promise<number> {
    const result = await this.db.pool.query('DELETE FROM unanswered_questions WHERE last_at < $1', [
      before.getTime(),
    ]);
    return result.rowCount ?? 0;
  }
}
