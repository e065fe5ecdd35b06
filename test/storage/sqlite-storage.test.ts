import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { FixedClock, systemClock } from '../../src/clock';
import { MemoryStateStore } from '../../src/storage/memory-state-store';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { describeReadVersionContract, describeSharedReadVersionContract } from '../helpers/contracts/read-version-contract';
import { describeSharedStorageContract, describeStorageContract } from '../helpers/contracts/storage-contract';

function tempFile(): { file: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lymph-storage-'));
  return { dir, file: path.join(dir, 'state.sqlite') };
}

describeStorageContract("botbuilder's MemoryStorage (the reference)", async () => ({
  storage: new MemoryStorage(),
  cleanup: async () => {},
}));

describeStorageContract('MemoryStateStore', async () => ({
  storage: new MemoryStateStore(systemClock),
  cleanup: async () => {},
}));

describeSharedStorageContract('SqliteStorage', async () => {
  const { dir, file } = tempFile();
  const db = openSqliteDatabase(file);
  const extra: ReturnType<typeof openSqliteDatabase>[] = [];
  return {
    storage: new SqliteStorage(db, systemClock),
    secondHandle: () => {
      const otherDb = openSqliteDatabase(file);
      extra.push(otherDb);
      return new SqliteStorage(otherDb, systemClock);
    },
    cleanup: async () => {
      for (const handle of [db, ...extra]) handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const memoryStore = async () => ({ storage: new MemoryStateStore(systemClock), cleanup: async () => {} });
describeReadVersionContract('MemoryStateStore', memoryStore);
describeSharedReadVersionContract('SqliteStorage', async () => {
  const { dir, file } = tempFile();
  const db = openSqliteDatabase(file);
  const other = openSqliteDatabase(file);
  return {
    storage: new SqliteStorage(db, systemClock),
    secondHandle: () => new SqliteStorage(other, systemClock),
    cleanup: async () => {
      db.close();
      other.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteStorage across restarts', () => {
  it('reads in a new process what an earlier process wrote', () => {
    const { dir, file } = tempFile();
    const script = (body: string) => `
      const { openSqliteDatabase } = require('./src/storage/sqlite-database');
      const { SqliteStorage } = require('./src/storage/sqlite-storage');
      const storage = new SqliteStorage(openSqliteDatabase(${JSON.stringify(file)}), { now: () => new Date() });
      (async () => { ${body} })().catch((e) => { console.error(e); process.exit(1); });`;
    const run = (body: string) =>
      spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script(body)], {
        cwd: path.join(__dirname, '../..'),
        encoding: 'utf8',
      });
    const writer = run(`await storage.write({ 'conv/1': { dialogStack: ['screening'], step: 3 } });`);
    expect(writer.status).toBe(0);
    const reader = run(`process.stdout.write(JSON.stringify(await storage.read(['conv/1'])));`);
    expect(reader.status).toBe(0);
    expect(JSON.parse(reader.stdout)['conv/1']).toMatchObject({ dialogStack: ['screening'], step: 3 });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.each([
  ['SqliteStorage', (clock: FixedClock) => new SqliteStorage(openSqliteDatabase(':memory:'), clock)],
  ['MemoryStateStore', (clock: FixedClock) => new MemoryStateStore(clock)],
])('%s retention', (_name, create) => {
  it('deletes only state untouched since the cut-off', async () => {
    const clock = new FixedClock(new Date('2026-01-01T00:00:00Z'));
    const store = create(clock);
    await store.write({ old: { v: 1 } });
    clock.advance(40 * 86_400_000);
    await store.write({ fresh: { v: 2 } });
    const removed = await store.deleteOlderThan(new Date(clock.now().getTime() - 30 * 86_400_000));
    expect(removed).toBe(1);
    expect(Object.keys(await store.read(['old', 'fresh']))).toEqual(['fresh']);
  });
});
