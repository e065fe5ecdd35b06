/**
 * One conversation's turns run one at a time, in the order they arrive; other conversations are not held
 * up. The in-process queue below serves one instance; a database-backed lock (e.g. a PostgreSQL advisory
 * lock per conversation) can implement the same interface for several.
 */
export interface TurnLock {
  /** Runs `turn` after every turn queued earlier under `key` has settled, and resolves with its result. */
  runExclusive<T>(key: string, turn: () => Promise<T>): Promise<T>;
}

/** A promise chain per key, dropped as soon as its last turn settles (no growth with conversations). */
export class InProcessTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();

  runExclusive<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(turn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Conversations with a turn running or waiting (for tests and metrics). */
  pending(): number {
    return this.tails.size;
  }
}
