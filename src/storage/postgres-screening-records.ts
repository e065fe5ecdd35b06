import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { toSafetyEvent } from './rows';
import type { PostgresDatabase } from './postgres-database';
import type {
  ClearanceCodeLookup,
  RecordSubject,
  SafetyEvent,
  ScreeningRecord,
  ScreeningRecordRepository,
} from '../screening/screening-records';

const RecordRow = z.object({
  id: z.string().min(1),
  conversation_id: z.string().min(1),
  user_id: z.string().nullable(),
  outcome: z.string().min(1),
  allowed_services: z.array(z.string()),
  clinician_kind: z.string().nullable(),
  fired_rules: z.array(z.string()),
  rules_version: z.string().min(1),
  completed_at: z.number().int(),
  clearance_code: z.string().nullable(),
});

/** Rows of the conversation, or of the person when their id is known (an empty id matches nobody). */
const SUBJECT = `(conversation_id = $1 OR ($2::text IS NOT NULL AND $2::text <> '' AND user_id = $2::text))`;

/** Screening outcomes and safety events on PostgreSQL; `seq` keeps insertion order for equal times. */
export class PostgresScreeningRecords implements ScreeningRecordRepository, ClearanceCodeLookup {
  constructor(private readonly db: PostgresDatabase) {}

  async findByClearanceCode(code: string): Promise<ScreeningRecord | undefined> {
    const { rows } = await this.db.pool.query(
      'SELECT * FROM screening_records WHERE clearance_code = $1 ORDER BY completed_at DESC, seq DESC LIMIT 1',
      [code],
    );
    return rows[0] === undefined ? undefined : toRecord(rows[0]);
  }

  async recordOutcome(record: Omit<ScreeningRecord, 'id'>): Promise<ScreeningRecord> {
    const stored: ScreeningRecord = { ...record, id: randomUUID() };
    await this.db.pool.query(
      `INSERT INTO screening_records
           (id, conversation_id, user_id, outcome, allowed_services, clinician_kind, fired_rules, rules_version, completed_at, clearance_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        stored.id,
        stored.conversationId,
        stored.userId ?? null,
        stored.outcome,
        JSON.stringify(stored.allowedServices),
        stored.clinicianKind ?? null,
        JSON.stringify(stored.firedRules),
        stored.rulesVersion,
        stored.completedAt.getTime(),
        stored.clearanceCode ?? null,
      ],
    );
    return { ...stored, completedAt: new Date(stored.completedAt) };
  }

  async latestFor(subject: RecordSubject): Promise<ScreeningRecord | undefined> {
    const { rows } = await this.db.pool.query(
      `SELECT * FROM screening_records WHERE ${SUBJECT} ORDER BY completed_at DESC, seq DESC LIMIT 1`,
      params(subject),
    );
    return rows[0] === undefined ? undefined : toRecord(rows[0]);
  }

  async listFor(subject: RecordSubject): Promise<ScreeningRecord[]> {
    const { rows } = await this.db.pool.query(
      `SELECT * FROM screening_records WHERE ${SUBJECT} ORDER BY completed_at, seq`,
      params(subject),
    );
    return rows.map(toRecord);
  }

  async recordSafetyEvent(event: Omit<SafetyEvent, 'id'>): Promise<SafetyEvent> {
    const stored: SafetyEvent = { ...event, id: randomUUID() };
    await this.db.pool.query(
      'INSERT INTO safety_events (id, conversation_id, user_id, flag_id, at, channel_id) VALUES ($1, $2, $3, $4, $5, $6)',
      [stored.id, stored.conversationId, stored.userId ?? null, stored.flagId, stored.at.getTime(), stored.channelId ?? null],
    );
    return { ...stored, at: new Date(stored.at) };
  }

  async latestSafetyEventFor(subject: RecordSubject): Promise<SafetyEvent | undefined> {
    const { rows } = await this.db.pool.query(
      `SELECT * FROM safety_events WHERE ${SUBJECT} ORDER BY at DESC, seq DESC LIMIT 1`,
      params(subject),
    );
    return rows[0] === undefined ? undefined : toSafetyEvent(rows[0]);
  }

  async safetyEventsFor(subject: RecordSubject): Promise<SafetyEvent[]> {
    const { rows } = await this.db.pool.query(
      `SELECT * FROM safety_events WHERE ${SUBJECT} ORDER BY at, seq`,
      params(subject),
    );
    return rows.map(toSafetyEvent);
  }

  async recentSafetyEvents(since: Date, limit: number): Promise<SafetyEvent[]> {
    const { rows } = await this.db.pool.query(
      'SELECT * FROM safety_events WHERE at >= $1 ORDER BY at DESC, seq DESC LIMIT $2',
      [since.getTime(), limit],
    );
    return rows.map(toSafetyEvent);
  }

  async deleteFor(subject: RecordSubject): Promise<number> {
    return this.db.transaction(async (client) => {
      const records = await client.query(`DELETE FROM screening_records WHERE ${SUBJECT}`, params(subject));
      const events = await client.query(`DELETE FROM safety_events WHERE ${SUBJECT}`, params(subject));
      return (records.rowCount ?? 0) + (events.rowCount ?? 0);
    });
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.db.transaction(async (client) => {
      const at = before.getTime();
      const records = await client.query('DELETE FROM screening_records WHERE completed_at < $1', [at]);
      const events = await client.query('DELETE FROM safety_events WHERE at < $1', [at]);
      return (records.rowCount ?? 0) + (events.rowCount ?? 0);
    });
  }
}

function params(subject: RecordSubject): [string, string | null] {
  return [subject.conversationId, subject.userId ?? null];
}

function toRecord(raw: unknown): ScreeningRecord {
  const row = RecordRow.parse(raw);
  return {
    id: row.id,
    conversationId: row.conversation_id,
    ...(row.user_id !== null ? { userId: row.user_id } : {}),
    outcome: row.outcome,
    allowedServices: row.allowed_services,
    ...(row.clinician_kind !== null ? { clinicianKind: row.clinician_kind } : {}),
    firedRules: row.fired_rules,
    rulesVersion: row.rules_version,
    completedAt: new Date(row.completed_at),
    ...(row.clearance_code !== null ? { clearanceCode: row.clearance_code } : {}),
  };
}
