import type { Storage } from 'botbuilder';

/** botbuilder `Storage` plus what the service needs around it: readiness, retention, shutdown. */
export interface StateStore extends Storage {
  /** Resolves when the backing store answers; rejects otherwise (drives /readyz). */
  ping(): Promise<void>;
  /** Deletes items not written since `before`; returns how many went. */
  deleteOlderThan(before: Date): Promise<number>;
}
