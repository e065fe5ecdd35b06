import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openPostgresDatabase, type PostgresDatabase } from '../../src/storage/postgres-database';

/** The server the tests use; .ci/run makes sure it is running. Override with TEST_POSTGRES_URL. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** Connection string of a database of its own, empty but for the schema once opened. */
  readonly url: string;
  drop(): Promise<void>;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database for one test file, so files run alone, in any order and side by side. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `lymph_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(POSTGRES_ADMIN_URL, name),
    async drop() {
      const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Every table the migrations create except the migrations' own record. */
export async function truncateAll(db: PostgresDatabase): Promise<void> {
  const { rows } = await db.pool.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`,
  );
  if (rows.length === 0) return;
  await db.pool.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY`);
}

/**
 * Opens one database for the file (beforeAll), empties it before every test (beforeEach) and drops it
 * at the end. Call at the top level of a test file; `current()` is the open database inside tests.
 */
export function usePostgresPerTest(): { current(): PostgresDatabase; url(): string } {
  let test: TestDatabase | undefined;
  let db: PostgresDatabase | undefined;
  beforeAll(async () => {
    test = await createTestDatabase();
    db = await openPostgresDatabase(test.url, { max: 4 });
  });
  beforeEach(async () => truncateAll(db!));
  afterAll(async () => {
    await db?.close();
    await test?.drop();
  });
  return {
    current: () => {
      if (!db) throw new Error('the PostgreSQL test database is not open yet');
      return db;
    },
    url: () => test!.url,
  };
}
