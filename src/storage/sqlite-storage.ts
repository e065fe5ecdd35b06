import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../clock';
import { ConflictError } from '../errors';
import { expectedETag, rememberETag } from './etag';
import { prepared, type SqliteDatabase } from './sqlite-database';
import type { StateStore } from './state-store';

const StoredRow = z.object({ value: z.string(), etag: z.string() });
const KEYS = z.array(z.string().min(1));

/**
 * botbuilder `Storage` on SQLite, with the same contract as botbuilder's MemoryStorage:
 * a write whose eTag is stale fails, `*` or no eTag overwrites, every write gets a new eTag; and, since
 * BotState always writes `*`, the version an item was read with is checked too (src/storage/etag.ts).
 * Unlike MemoryStorage, one `write` call is all-or-nothing (a transaction), which is the safer
 * reading of the contract when two instances share the file.
 */
export class SqliteStorage implements StateStore {
  private readonly selectOne;
  private readonly upsert;
  private readonly remove;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    this.selectOne = db.prepare('SELECT value, etag FROM state WHERE key = ?');
    this.upsert = db.prepare(
      `INSERT INTO state (key, value, etag, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at`,
    );
    this.remove = db.prepare('DELETE FROM state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of KEYS.parse(keys)) {
      const row = this.selectOne.get(key);
      if (row === undefined) continue;
      const { value, etag } = StoredRow.parse(row);
      const item = { ...JSON.parse(value), eTag: etag };
      rememberETag(item, etag);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const now = this.clock.now().getTime();
    const written: Array<[StoreItem, string]> = [];
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes)) {
        const expected = expectedETag(item);
        if (expected) {
          const current = this.selectOne.get(key) as { etag: string } | undefined;
          // A version read earlier that has since been deleted is a conflict too (no resurrection).
          if (current ? current.etag !== expected.etag : expected.tracked) throw new ConflictError(key);
        }
        const { eTag: _ignored, ...value } = item ?? {};
        const etag = randomUUID();
        this.upsert.run(key, JSON.stringify(value), etag, now);
        if (item) written.push([item, etag]);
      }
    })();
    for (const [item, etag] of written) rememberETag(item, etag);
  }

  async delete(keys: string[]): Promise<void> {
    const run = this.db.transaction((all: string[]) => {
      for (const key of all) this.remove.run(key);
    });
    run(KEYS.parse(keys));
  }

  /** Deletes state not written since `before`; returns how many items went. Backs RETENTION_DAYS. */
  async deleteOlderThan(before: Date): Promise<number> {
    return prepared(this.db, 'DELETE FROM state WHERE updated_at < ?').run(before.getTime()).changes;
  }

  /** Cheap round trip used by /readyz. */
  async ping(): Promise<void> {
    prepared(this.db, 'SELECT 1').get();
  }
}
