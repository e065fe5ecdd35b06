import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { SqliteScreeningRecords } from '../../src/storage/sqlite-screening-records';
import { newClearanceCode, normalizeClearanceCode } from '../../src/screening';

describe.each([
  ['memory', () => new MemoryScreeningRecords()],
  ['SQLite', () => new SqliteScreeningRecords(openSqliteDatabase(':memory:'))],
])('clearance references on %s', (_name, create) => {
  const record = (code: string | undefined, day: number) => ({
    conversationId: `conv-${day}`,
    outcome: 'needs_clearance',
    allowedServices: ['mld-60'],
    firedRules: ['blood_thinners_taken'],
    rulesVersion: 'abc123def456',
    completedAt: new Date(Date.UTC(2026, 10, day)),
    ...(code ? { clearanceCode: code } : {}),
  });

  it('keeps the code with the record and finds the latest record by it', async () => {
    const repo = create();
    await repo.recordOutcome(record('CL-7F3K', 1));
    const later = await repo.recordOutcome(record('CL-7F3K', 3));
    await repo.recordOutcome(record(undefined, 4));
    expect(await repo.findByClearanceCode('CL-7F3K')).toEqual(later);
    expect(await repo.findByClearanceCode('CL-2222')).toBeUndefined();
  });
});

describe('clearance codes', () => {
  it('look like CL- and four letters or digits that cannot be confused, and are read back as typed', () => {
    const code = newClearanceCode();
    expect(code).toMatch(/^CL-[2-9A-HJKMNP-TW-Z]{4}$/);
    expect(normalizeClearanceCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
    expect(normalizeClearanceCode('7f3k')).toBe('CL-7F3K');
    expect(normalizeClearanceCode('CL-0O1I')).toBeUndefined();
    expect(normalizeClearanceCode('hello')).toBeUndefined();
  });
});
