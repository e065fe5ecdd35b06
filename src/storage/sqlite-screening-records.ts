import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { toSafetyEvent } from './rows';
import type {
  ClearanceCodeLookup,
  RecordSubject,
  SafetyEvent,
  ScreeningRecord,
  ScreeningRecordRepository,
} from '../screening/screening-records';
import { prepared, type SqliteDatabase } from './sqlite-database';

const JsonStrings = z
  .string()
  .transform((text) => JSON.parse(text) as unknown)
  .pipe(z.array(z.string()));

const RecordRow = z.object({
  id: z.string().min(1),
  conversation_id: z.string().min(1),
  user_id: z.string().nullable(),
  outcome: z.string().min(1),
  allowed_services: JsonStrings,
  clinician_kind: z.string().nullable(),
  fired_rules: JsonStrings,
  rules_version: z.string().min(1),
  completed_at: z.number().int(),
  clearance_code: z.string().nullable().default(null),
});

/** Rows of the conversation, or of the person when their id is known (an empty id matches nobody). */
const SUBJECT = `(conversation_id = @conversationId OR (@userId IS NOT NULL AND @userId <> '' AND user_id = @userId))`;

export class SqliteScreeningRecords implements ScreeningRecordRepository, ClearanceCodeLookup {
  constructor(private readonly db: SqliteDatabase) {}

  async findByClearanceCode(code: string): Promise<ScreeningRecord | undefined> {
    const row = prepared(
      this.db,
      'SELECT * FROM screening_records WHERE clearance_code = ? ORDER BY completed_at DESC, rowid DESC LIMIT 1',
    ).get(code);
    return row === undefined ? undefined : toRecord(row);
  }

  async recordOutcome(record: Omit<ScreeningRecord, 'id'>): Promise<ScreeningRecord> {
    const stored: ScreeningRecord = { ...record, id: randomUUID() };
    prepared(
      this.db,
      `INSERT INTO screening_records
           (id, conversation_id, user_id, outcome, allowed_services, clinician_kind, fired_rules, rules_version, completed_at, clearance_code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
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
    );
    return { ...stored, completedAt: new Date(stored.completedAt) };
  }

  async latestFor(subject: RecordSubject): Promise<ScreeningRecord | undefined> {
    const row = prepared(
      this.db,
      `SELECT * FROM screening_records WHERE ${SUBJECT} ORDER BY completed_at DESC, rowid DESC LIMIT 1`,
    ).get(params(subject));
    return row === undefined ? undefined : toRecord(row);
  }

  async listFor(subject: RecordSubject): Promise<ScreeningRecord[]> {
    return prepared(this.db, `SELECT * FROM screening_records WHERE ${SUBJECT} ORDER BY completed_at, rowid`)
      .all(params(subject))
      .map(toRecord);
  }

  async recordSafetyEvent(event: Omit<SafetyEvent, 'id'>): Promise<SafetyEvent> {
    const stored: SafetyEvent = { ...event, id: randomUUID() };
    prepared(
      this.db,
      'INSERT INTO safety_events (id, conversation_id, user_id, flag_id, at, channel_id) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      stored.id,
      stored.conversationId,
      stored.userId ?? null,
      stored.flagId,
      stored.at.getTime(),
      stored.channelId ?? null,
    );
    return { ...stored, at: new Date(stored.at) };
  }

  async latestSafetyEventFor(subject: RecordSubject): Promise<SafetyEvent | undefined> {
    const row = prepared(
      this.db,
      `SELECT * FROM safety_events WHERE ${SUBJECT} ORDER BY at DESC, rowid DESC LIMIT 1`,
    ).get(params(subject));
    return row === undefined ? undefined : toSafetyEvent(row);
  }

  async safetyEventsFor(subject: RecordSubject): Promise<SafetyEvent[]> {
    return prepared(this.db, `SELECT * FROM safety_events WHERE ${SUBJECT} ORDER BY at, rowid`)
      .all(params(subject))
      .map(toSafetyEvent);
  }

  async recentSafetyEvents(since: Date, limit: number): Promise<SafetyEvent[]> {
    return prepared(this.db, 'SELECT * FROM safety_events WHERE at >= ? ORDER BY at DESC, rowid DESC LIMIT ?')
      .all(since.getTime(), limit)
      .map(toSafetyEvent);
  }

  async deleteFor(subject: RecordSubject): Promise<number> {
    return this.db.transaction(() => {
      const records = prepared(this.db, `DELETE FROM screening_records WHERE ${SUBJECT}`).run(
        params(subject),
      );
      const events = prepared(this.db, `DELETE FROM safety_events WHERE ${SUBJECT}`).run(params(subject));
      return records.changes + events.changes;
    })();
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.db.transaction(() => {
      const at = before.getTime();
      const records = prepared(this.db, 'DELETE FROM screening_records WHERE completed_at < ?').run(at);
      const events = prepared(this.db, 'DELETE FROM safety_events WHERE at < ?').run(at);
      return records.changes + events.changes;
    })();
  }
}

function params(subject: RecordSubject): { conversationId: string; userId: string | null } {
  return { conversationId: subject.conversationId, userId: subject.userId ?? null };
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
