import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { POSTGRES_MIGRATIONS } from '../../src/storage/postgres-database';
import { createStores } from '../../src/storage/stores';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import { REPO_ROOT } from '../helpers/test-app';

// npm run db:migrate / db:backup / db:restore, on both back-ends, as a separate process each.
jest.setTimeout(60_000);

const run = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/db.ts', ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });

const account = {
  name: 'clara',
  role: 'clinician' as const,
  passwordHash: 'scrypt$x',
  createdAt: new Date(),
};

/** Adds a staff account, backs up, removes it, restores: the account is back. */
async function roundTrip(env: Record<string, string>, backupFile: string): Promise<void> {
  const config = loadConfig(env, REPO_ROOT);
  const stores = await createStores(config, systemClock);
  try {
    await stores.staffAccounts.add(account);
  } finally {
    await stores.close();
  }
  const backup = run(env, 'backup', backupFile);
  expect(backup.stderr).toBe('');
  expect(backup.status).toBe(0);

  const after = await createStores(config, systemClock);
  try {
    expect(await after.staffAccounts.remove('clara')).toBe(true);
  } finally {
    await after.close();
  }
  const restore = run(env, 'restore', backupFile);
  expect(restore.stderr).toBe('');
  expect(restore.status).toBe(0);

  const restored = await createStores(config, systemClock);
  try {
    expect(await restored.staffAccounts.get('clara')).toMatchObject({ name: 'clara', role: 'clinician' });
  } finally {
    await restored.close();
  }
}

describe('database commands', () => {
  let workDir: string;
  beforeEach(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'lymph-db-cli-'));
  });
  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  it('migrates, backs up and restores SQLite', async () => {
    const env = { STORAGE: 'sqlite', DATA_DIR: path.join(workDir, 'data') };
    const migrate = run(env, 'migrate');
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/schema version \d+ \(\d+ step\(s\) applied\)/);
    await roundTrip(env, path.join(workDir, 'backup.sqlite'));
  });

  describe('on PostgreSQL', () => {
    let database: TestDatabase;
    // A new database per test: "migrates a new database" must not find another test's schema there.
    beforeEach(async () => {
      database = await createTestDatabase();
    });
    afterEach(() => database.drop());

    it('migrates a new database once, then has nothing to do', () => {
      const env = { STORAGE: 'postgres', DATABASE_URL: database.url };
      const first = run(env, 'migrate');
      expect(first.stdout).toContain(
        `schema version ${POSTGRES_MIGRATIONS.length} (${POSTGRES_MIGRATIONS.length} step(s) applied)`,
      );
      expect(run(env, 'migrate').stdout).toContain(
        `schema version ${POSTGRES_MIGRATIONS.length} (0 step(s) applied)`,
      );
    });

    it('backs up with pg_dump and restores with pg_restore', async () => {
      await roundTrip(
        { STORAGE: 'postgres', DATABASE_URL: database.url },
        path.join(workDir, 'backup.pgdump'),
      );
    });
  });

  it('refuses a backup over an existing file, with a reason', () => {
    const env = { STORAGE: 'sqlite', DATA_DIR: path.join(workDir, 'data') };
    run(env, 'migrate');
    const existing = path.join(workDir, 'data', 'lymph.sqlite');
    const result = run(env, 'backup', existing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('exists already');
  });
});
