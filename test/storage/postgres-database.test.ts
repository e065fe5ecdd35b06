import { systemClock } from '../../src/clock';
import { PostgresDirectLineStore } from '../../src/storage/postgres-conversation-store';
import {
  migratePostgres,
  openPostgresDatabase,
  POSTGRES_MIGRATIONS,
  type PostgresDatabase,
} from '../../src/storage/postgres-database';
import { PostgresAuditLog } from '../../src/storage/postgres-audit-log';
import { PostgresBookingClicks } from '../../src/storage/postgres-booking-clicks';
import { PostgresScreeningRecords } from '../../src/storage/postgres-screening-records';
import { PostgresStaffAccounts } from '../../src/storage/postgres-staff-accounts';
import { PostgresStorage } from '../../src/storage/postgres-storage';
import { PostgresTickets } from '../../src/storage/postgres-tickets';
import { PostgresUnansweredQuestions } from '../../src/storage/postgres-unanswered-questions';
import { describeDirectLineStoreContract } from '../helpers/contracts/directline-store-contract';
import { describeScreeningRecordsContract } from '../helpers/contracts/screening-records-contract';
import { describeStaffContract } from '../helpers/contracts/staff-contract';
import { describeSharedStorageContract } from '../helpers/contracts/storage-contract';
import {
  describeAuditLogContract,
  describeBookingClicksContract,
  describeTicketsContract,
} from '../helpers/contracts/tickets-contract';
import { describeUnansweredQuestionsContract } from '../helpers/contracts/unanswered-questions-contract';
import { usePostgresPerTest } from '../helpers/postgres';

// Every contract suite that memory and SQLite pass, unchanged, on PostgreSQL.
const pg = usePostgresPerTest();
const extraHandles: PostgresDatabase[] = [];
afterAll(async () => {
  for (const handle of extraHandles) await handle.close();
});

describeSharedStorageContract('PostgresStorage', async () => ({
  storage: new PostgresStorage(pg.current(), systemClock),
  secondHandle: () => {
    // Another instance: its own pool on the same database, opened lazily on first use.
    let opened: Promise<PostgresDatabase> | undefined;
    const open = () => {
      opened ??= openPostgresDatabase(pg.url(), { max: 2 }).then((db) => {
        extraHandles.push(db);
        return db;
      });
      return opened;
    };
    return {
      read: async (keys: string[]) => new PostgresStorage(await open(), systemClock).read(keys),
      write: async (changes) => new PostgresStorage(await open(), systemClock).write(changes),
      delete: async (keys: string[]) => new PostgresStorage(await open(), systemClock).delete(keys),
    };
  },
  cleanup: async () => {},
}));
describeScreeningRecordsContract('PostgreSQL', () => new PostgresScreeningRecords(pg.current()));
describeUnansweredQuestionsContract('PostgreSQL', () => new PostgresUnansweredQuestions(pg.current()));
describeDirectLineStoreContract('PostgreSQL', () => new PostgresDirectLineStore(pg.current()));
describeTicketsContract('PostgreSQL', () => new PostgresTickets(pg.current()));
describeStaffContract('PostgreSQL', () => new PostgresStaffAccounts(pg.current()));
describeBookingClicksContract('PostgreSQL', () => new PostgresBookingClicks(pg.current()));
describeAuditLogContract('PostgreSQL', () => new PostgresAuditLog(pg.current()));

describe('PostgreSQL migrations', () => {
  it('runs each step once, however many instances start together', async () => {
    const others = await Promise.all([1, 2, 3].map(() => openPostgresDatabase(pg.url(), { max: 1 })));
    try {
      expect(await Promise.all(others.map((db) => migratePostgres(db)))).toEqual([0, 0, 0]);
      const { rows } = await pg.current().pool.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, step) => step + 1));
    } finally {
      for (const db of others) await db.close();
    }
  });

  it('keeps no column that could hold screening answers', async () => {
    const { rows } = await pg
      .current()
      .pool.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'screening_records' ORDER BY ordinal_position`,
      );
    expect(rows.map((r) => r.column_name)).toEqual([
      'seq',
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
  });
});
