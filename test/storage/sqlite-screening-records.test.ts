import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { openSqliteDatabase, sqliteFileIn } from '../../src/storage/sqlite-database';
import { SqliteScreeningRecords } from '../../src/storage/sqlite-screening-records';
import { describeScreeningRecordsContract } from '../helpers/contracts/screening-records-contract';

describeScreeningRecordsContract('memory', () => new MemoryScreeningRecords());
describeScreeningRecordsContract('SQLite', () => new SqliteScreeningRecords(openSqliteDatabase(':memory:')));

describe('screening records on SQLite', () => {
  it('has no column that could hold answers', () => {
    const db = openSqliteDatabase(':memory:');
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns('screening_records')).toEqual([
      'id',
      'conversation_id',
      'user_id',
      'outcome',
      'allowed_services',
      'clinician_kind',
      'fired_rules',
      'rules_version',
      'completed_at',
      'clearance_code',
    ]);
    expect(columns('safety_events')).toEqual(['id', 'conversation_id', 'user_id', 'flag_id', 'at', 'channel_id']);
  });

  it('survives closing and reopening the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lymph-records-'));
    try {
      const first = openSqliteDatabase(sqliteFileIn(dir));
      await new SqliteScreeningRecords(first).recordOutcome({
        conversationId: 'conv-1',
        userId: 'user-1',
        outcome: 'suitable',
        allowedServices: ['mld-60'],
        firedRules: [],
        rulesVersion: 'v1',
        completedAt: new Date('2026-11-24T10:00:00Z'),
      });
      first.close();
      const second = openSqliteDatabase(sqliteFileIn(dir));
      const latest = await new SqliteScreeningRecords(second).latestFor({
        conversationId: 'other',
        userId: 'user-1',
      });
      second.close();
      expect(latest?.outcome).toBe('suitable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
