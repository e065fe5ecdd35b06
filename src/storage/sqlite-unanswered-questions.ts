import { z } from 'zod';
import { prepared, type SqliteDatabase } from './sqlite-database';
import {
  normaliseQuestion,
  type UnansweredQuestion,
  type UnansweredQuestionRepository,
} from '../kb/unanswered-questions';

const Row = z.object({
  text: z.string(),
  count: z.number().int(),
  first_at: z.number(),
  last_at: z.number(),
});

export class SqliteUnansweredQuestions implements UnansweredQuestionRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async record(redactedText: string, at: Date): Promise<void> {
    const text = normaliseQuestion(redactedText);
    if (!text) return;
    prepared(
      this.db,
      `INSERT INTO unanswered_questions (text, count, first_at, last_at) VALUES (?, 1, ?, ?)
         ON CONFLICT (text) DO UPDATE SET count = count + 1, last_at = excluded.last_at`,
    ).run(text, at.getTime(), at.getTime());
  }

  async list(limit = 100): Promise<UnansweredQuestion[]> {
    const rows = prepared(
      this.db,
      'SELECT text, count, first_at, last_at FROM unanswered_questions ORDER BY count DESC, last_at DESC LIMIT ?',
    ).all(limit);
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
    return prepared(this.db, 'DELETE FROM unanswered_questions WHERE last_at < ?').run(before.getTime())
      .changes;
  }
}
