import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { Clock } from '../clock';
import { ConflictError } from '../errors';
import { expectedETag, rememberETag } from './etag';
import type { StateStore } from './state-store';

interface Stored {
  json: string;
  etag: string;
  writtenAt: number;
}

/**
 * botbuilder `Storage` in memory with the same contract as SQLite (copies out, eTag conflicts, the
 * read-version check of src/storage/etag.ts) and write times for retention. For tests and throwaway runs
 * only: everything is lost when the process stops.
 */
export class MemoryStateStore implements StateStore {
  private readonly items = new Map<string, Stored>();

  constructor(private readonly clock: Clock) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    for (const key of keys) {
      const stored = this.items.get(key);
      if (!stored) continue;
      const item: StoreItem = { ...JSON.parse(stored.json), eTag: stored.etag };
      rememberETag(item, stored.etag);
      out[key] = item;
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Check everything first so one call is all-or-nothing, like the SQLite transaction.
    for (const [key, item] of Object.entries(changes)) {
      const expected = expectedETag(item);
      if (!expected) continue;
      const current = this.items.get(key);
      if (current ? current.etag !== expected.etag : expected.tracked) throw new ConflictError(key);
    }
    const now = this.clock.now().getTime();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: _ignored, ...value } = item ?? {};
      const etag = randomUUID();
      this.items.set(key, { json: JSON.stringify(value), etag, writtenAt: now });
      if (item) rememberETag(item, etag);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  async ping(): Promise<void> {}

  async deleteOlderThan(before: Date): Promise<number> {
    let removed = 0;
    for (const [key, stored] of this.items) {
      if (stored.writtenAt < before.getTime()) {
        this.items.delete(key);
        removed++;
      }
    }
    return removed;
  }

  /** Every stored value as text, for the personal-data test and "what do you know about me". */
  async dump(): Promise<string[]> {
    return [...this.items.values()].map((stored) => stored.json);
  }
}
