import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryDirectLineStore } from '../../src/storage/directline-store';
import { SqliteDirectLineStore } from '../../src/storage/sqlite-conversation-store';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { describeDirectLineStoreContract } from '../helpers/contracts/directline-store-contract';

describeDirectLineStoreContract('memory', () => new MemoryDirectLineStore());
describeDirectLineStoreContract('SQLite', () => new SqliteDirectLineStore(openSqliteDatabase(':memory:')));

describe('Direct Line history on SQLite', () => {
  it('survives closing and reopening the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lymph-dl-'));
    try {
      const file = path.join(dir, 'lymph.sqlite');
      const first = openSqliteDatabase(file);
      const store = new SqliteDirectLineStore(first);
      await store.createConversation({ id: 'c', userId: 'u' }, new Date());
      await store.append('c', { type: 'message', text: 'before the restart' }, new Date());
      first.close();
      const second = openSqliteDatabase(file);
      const page = await new SqliteDirectLineStore(second).activitiesAfter('c', 0);
      expect(page.activities.map((s) => s.activity.text)).toEqual(['before the restart']);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
