import type { StoreItem, StoreItems } from 'botbuilder';
import type { PoolClient } from 'pg';
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
 * too (src/storage/etag.ts), so two instances' turns on one conversation cannot both win. One `write` is
 * all-or-nothing, and the eTag check is the UPDATE's own condition (one step, even across instances).
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
    // One item (the usual turn: conversation state) is one conditional statement, atomic by itself: one
    // round trip instead of BEGIN, SELECT … FOR UPDATE, upsert, COMMIT. Several items share a transaction.
    if (entries.length === 1) {
      const [key, item] = entries[0]!;
      written.push(...(await writeOne(this.db.pool, key, item, now)));
    } else {
      await this.db.transaction(async (client) => {
        for (const [key, item] of entries) written.push(...(await writeOne(client, key, item, now)));
      });
    }
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

type Queryable = Pick<PoolClient, 'query'>;

/**
 * Writes one item with the eTag rules: the version it must find (read or explicit) is part of the UPDATE's
 * condition, so the check and the write are one step even against another instance; a version read earlier
 * whose row has since been deleted is a conflict too (no resurrection).
 */
async function writeOne(
  db: Queryable,
  key: string,
  item: StoreItem | undefined,
  now: number,
): Promise<Array<[StoreItem, string]>> {
  const expected = expectedETag(item);
  const { eTag: _ignored, ...value } = item ?? {};
  const json = JSON.stringify(value);
  let version: number | undefined;
  if (expected) {
    const updated = await db.query<{ version: number }>(
      `UPDATE state SET value = $2, version = nextval('state_version'), updated_at = $3
       WHERE key = $1 AND version::text = $4 RETURNING version`,
      [key, json, now, expected.etag],
    );
    version = updated.rows[0]?.version;
    if (version === undefined) {
      if (expected.tracked) throw new ConflictError(key);
      // An explicit eTag for an item that is not stored: created (as botbuilder's MemoryStorage does).
      const inserted = await db.query<{ version: number }>(
        `INSERT INTO state (key, value, version, updated_at) VALUES ($1, $2, nextval('state_version'), $3)
         ON CONFLICT (key) DO NOTHING RETURNING version`,
        [key, json, now],
      );
      version = inserted.rows[0]?.version;
      if (version === undefined) throw new ConflictError(key);
    }
  } else {
    const { rows } = await db.query<{ version: number }>(
      `INSERT INTO state (key, value, version, updated_at) VALUES ($1, $2, nextval('state_version'), $3)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version,
         updated_at = excluded.updated_at
       RETURNING version`,
      [key, json, now],
    );
    version = rows[0]!.version;
  }
  return item ? [[item, String(version)]] : [];
}
