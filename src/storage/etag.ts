import type { StoreItem } from 'botbuilder';

/**
 * botbuilder's BotState.saveChanges sets `eTag: "*"` on every write, so a store's conflict check never
 * runs and two turns that read the same state both "win". The stores remember the eTag an item was read
 * with (or last written with) on the item itself, under a symbol that JSON and change hashes ignore, and
 * check THAT on write: a change made by someone else in between is then a ConflictError, not a lost update.
 */
const READ_ETAG = Symbol('lymph.readETag');

type Tracked = StoreItem & { [READ_ETAG]?: string };

/** Remembers, on the item object handed out or written, which stored version it reflects. */
export function rememberETag(item: StoreItem, etag: string): void {
  Object.defineProperty(item, READ_ETAG, { value: etag, writable: true, configurable: true, enumerable: false });
}

/**
 * The version a write must find in the store: an explicit eTag other than "*" (the botbuilder contract),
 * else the version the item was read with; undefined for a blind write of a new item.
 */
export function expectedETag(item: StoreItem | undefined): { etag: string; tracked: boolean } | undefined {
  if (!item) return undefined;
  if (typeof item.eTag === 'string' && item.eTag !== '*') return { etag: item.eTag, tracked: false };
  const tracked = (item as Tracked)[READ_ETAG];
  return tracked === undefined ? undefined : { etag: tracked, tracked: true };
}
