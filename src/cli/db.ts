import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import dotenv from 'dotenv';
import { Client } from 'pg';
import { type Config, loadConfig } from '../config';
import { openPostgresDatabase } from '../storage/postgres-database';
import { openSqliteDatabase, sqliteFileIn } from '../storage/sqlite-database';

/**
 * `npm run db:migrate`, `npm run db:backup -- FILE`, `npm run db:restore -- FILE` for the configured
 * back-end (STORAGE). Migrations also run when the service starts; the command lets a deployment apply
 * them as a separate step before rolling instances. Backups use each database's own tool: SQLite's
 * online backup API (a consistent copy while the bot runs) and pg_dump / pg_restore.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const [command, file] = process.argv.slice(2);
  const config = loadConfig();
  if (config.storage === 'memory')
    fail('STORAGE is memory: there is no database to migrate, back up or restore.');
  switch (command) {
    case 'migrate':
      return migrate(config);
    case 'backup':
      if (!file) fail('usage: npm run db:backup -- FILE', 2);
      return backup(config, path.resolve(file));
    case 'restore':
      if (!file) fail('usage: npm run db:restore -- FILE', 2);
      return restore(config, path.resolve(file));
    default:
      fail('usage: db.ts migrate | backup FILE | restore FILE', 2);
  }
}

async function migrate(config: Config): Promise<void> {
  if (config.storage === 'sqlite') {
    const file = sqliteFileIn(config.dataDir);
    const before = existsSync(file) ? schemaVersionOfFile(file) : 0;
    const db = openSqliteDatabase(file);
    const after = db.pragma('user_version', { simple: true }) as number;
    db.close();
    say(`SQLite ${file}: schema version ${after} (${after - before} step(s) applied).`);
    return;
  }
  const before = await postgresSchemaVersion(config.database.url);
  const db = await openPostgresDatabase(config.database.url, { max: 1 });
  await db.close();
  const after = await postgresSchemaVersion(config.database.url);
  say(`PostgreSQL: schema version ${after} (${after - before} step(s) applied).`);
}

async function backup(config: Config, target: string): Promise<void> {
  if (existsSync(target)) fail(`${target} exists already; choose a new file`);
  if (config.storage === 'sqlite') {
    const file = sqliteFileIn(config.dataDir);
    if (!existsSync(file)) fail(`no database at ${file}`);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    say(`Backed up ${file} to ${target}.`);
    return;
  }
  run(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`],
    config.database.url,
  );
  say(`Backed up the PostgreSQL database to ${target} (pg_dump custom format).`);
}

async function restore(config: Config, source: string): Promise<void> {
  if (!existsSync(source)) fail(`no backup at ${source}`);
  if (config.storage === 'sqlite') {
    const check = new Database(source, { readonly: true, fileMustExist: true });
    const ok = check.pragma('integrity_check', { simple: true });
    check.close();
    if (ok !== 'ok') fail(`${source} is not a sound SQLite database (${String(ok)})`);
    const file = sqliteFileIn(config.dataDir);
    // Stop the bot first: a running instance keeps the old file open.
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    copyFileSync(source, file);
    openSqliteDatabase(file).close();
    say(`Restored ${file} from ${source}; start the bot again.`);
    return;
  }
  // One transaction: a restore that fails half-way leaves the database as it was.
  run(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', source],
    config.database.url,
  );
  const db = await openPostgresDatabase(config.database.url, { max: 1 });
  await db.close();
  say(`Restored the PostgreSQL database from ${source}; start the instances again.`);
}

function schemaVersionOfFile(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

async function postgresSchemaVersion(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query<{ name: string | null }>(
      `SELECT to_regclass('schema_migrations') AS name`,
    );
    if (!table.rows[0]?.name) return 0;
    const { rows } = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
    );
    return Number(rows[0]?.version ?? 0);
  } finally {
    await client.end();
  }
}

/** Runs a PostgreSQL client tool on `databaseUrl`; the password goes in the environment, not the command line. */
function run(tool: string, args: string[], databaseUrl: string): void {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const result = spawnSync(tool, [...args, `--dbname=${url.toString()}`], { encoding: 'utf8', env });
  if (result.error)
    fail(`${tool} could not run (${result.error.message}); install the PostgreSQL client tools`);
  if (result.status !== 0) fail(`${tool} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

main().catch((error: unknown) => fail(`db command failed: ${(error as Error).message}`));
