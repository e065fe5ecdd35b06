import { MemoryStorage, type StoreItems } from 'botbuilder';
import type { Clock } from '../clock';
import type { StateStore } from './state-store';

/**
 * botbuilder's own MemoryStorage (the reference for the Storage contract) with write times kept
 * beside it, so retention behaves the same as on SQLite. For tests and throwaway runs only:
 * everything is lost when the process stops.
 */
export class MemoryStateStore implements StateStore {
  private readonly inner = new MemoryStorage();
  private readonly writtenAt = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.inner.write(changes);
    const now = this.clock.now().getTime();
    for (const key of Object.keys(changes)) this.writtenAt.set(key, now);
  }

  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
    for (const key of keys) this.writtenAt.delete(key);
  }

  async ping(): Promise<void> {}

  async deleteOlderThan(before: Date): Promise<number> {
    const stale = [...this.writtenAt].filter(([, at]) => at < before.getTime()).map(([key]) => key);
    await this.delete(stale);
    return stale.length;
  }
}
