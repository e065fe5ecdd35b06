import type { StoreItem, StoreItems } from 'botbuilder';
import { z } from 'zod';
import type { Clock } from '../clock';
import { ConflictError } from '../errors';
import { expectedETag, rememberETag } from './etag';
import type { PostgresDatabase } from './postgres-database';
import type { StateStore } from './state-store';

const KEYS = z.array(z.string().min(1));
const Row = z.object({ key: z.string(), value: z.record(z.string(), z.unknown()), version: z.number().int() });

/**
 * botbuilder `Storage` on PostgreSQL, with the contract SqliteStorage keeps: a write whose eTag is stale
 * fails with ConflictError, `*` or no eTag overwrites, and every write gets a new eTag — here the row's
 * version from one sequence. Since BotState always writes `*`, the version an item was read with is checked
 * too (src/storage/etag.ts), so two instances' turns on one conversation cannot both win. One `write` is one transaction; the row lock taken by `FOR UPDATE` makes
 * the eTag check and the write one step even when two instances write the same key.
 */
export class PostgresStorage implements StateStore {
  constructor(
    private readonly db: PostgresDatabase,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const wanted = KEYS.parse(keys);
    const items: StoreItems = {};
    if (wanted.length === 0) return items;
    const { rows } = await this.db.pool.query('SELECT key, value, version FROM state WHERE key = ANY($1)', [wanted]);
    for (const raw of rows) {
      const row = Row.parse(raw);
      const item = { ...row.value, eTag: String(row.version) };
      rememberETag(item, String(row.version));
      items[row.key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const now = this.clock.now().getTime();
    const written: Array<[StoreItem, string]> = [];
    await this.db.transaction(async (client) => {
      for (const [key, item] of entries) {
        const expected = expectedETag(item);
        if (expected) {
          const { rows } = await client.query<{ version: number }>(
            'SELECT version FROM state WHERE key = $1 FOR UPDATE',
            [key],
          );
          const current = rows[0];
          // A version read earlier that has since been deleted is a conflict too (no resurrection).
          if (current ? String(current.version) !== expected.etag : expected.tracked) throw new ConflictError(key);
        }
        const { eTag: _ignored, ...value } = item ?? {};
        const { rows } = await client.query<{ version: number }>(
          `INSERT INTO state (key, value, version, updated_at) VALUES ($1, $2, nextval('state_version'), $3)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version,
             updated_at = excluded.updated_at
           RETURNING version`,
          [key, JSON.stringify(value), now],
        );
        if (item) written.push([item, String(rows[0]!.version)]);
      }
    });
    for (const [item, etag] of written) rememberETag(item, etag);
  }

  async delete(keys: string[]): Promise<void> {
    const all = KEYS.parse(keys);
    if (all.length === 0) return;
    await this.db.pool.query('DELETE FROM state WHERE key = ANY($1)', [all]);
  }

  /** Deletes state not written since `before`; returns how many items went. Backs RETENTION_DAYS. */
  async deleteOlderThan(before: Date): Promise<number> {
    const result = await this.db.pool.query('DELETE FROM state WHERE updated_at < $1', [before.getTime()]);
    return result.rowCount ?? 0;
  }

  /** Cheap round trip used by /readyz. */
  async ping(): Promise<void> {
    await this.db.pool.query('SELECT 1');
  }
}
