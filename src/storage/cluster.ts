import { InProcessTurnLock, type TurnLock } from './turn-lock';
import { type LoginFailureCounter, MemoryLoginFailures } from '../staff/login-limiter';

/**
 * What several instances of the service must share beyond their data: one conversation's turns in order
 * (a turn lock), news of changes made elsewhere (a bus), and periodic jobs that run once per cluster
 * (sweeps). One instance (memory or SQLite) gets the in-process versions below; PostgreSQL gets advisory
 * locks and LISTEN/NOTIFY (src/storage/postgres-cluster.ts).
 */
export interface Cluster {
  readonly turnLock: TurnLock;
  readonly bus: ClusterBus;
  readonly sweeps: SweepSchedule;
  /** Login failures counted across instances. */
  readonly loginFailures: LoginFailureCounter;
  close(): Promise<void>;
}

/** Small messages to the OTHER instances of the cluster (never back to the sender). */
export interface ClusterBus {
  /** Sends `payload` (JSON, a few kilobytes at most) on `topic`; best effort: a lost message is caught up from storage. */
  publish(topic: string, payload: unknown): Promise<void>;
  /** Calls `listener` for each message another instance publishes on `topic`; returns the unsubscribe. */
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
  /** Calls `listener` when the bus is back after losing its connection (messages may have been missed meanwhile). */
  onResume(listener: () => void): () => void;
}

/** Periodic jobs (retention, hand-off expiries) that must run once per cluster, not once per instance. */
export interface SweepSchedule {
  /**
   * Runs `sweep` if no instance ran the job called `name` in the last `everyMs` and none is running it now;
   * resolves true when this instance ran it.
   */
  runIfDue(name: string, everyMs: number, sweep: () => Promise<void>): Promise<boolean>;
}

/** One instance: nobody else to tell. */
export class LocalBus implements ClusterBus {
  async publish(): Promise<void> {}
  subscribe(): () => void {
    return () => undefined;
  }
  onResume(): () => void {
    return () => undefined;
  }
}

/** One instance: every due sweep runs here; a sweep still running is not started twice. */
export class LocalSweeps implements SweepSchedule {
  private readonly running = new Set<string>();

  async runIfDue(name: string, _everyMs: number, sweep: () => Promise<void>): Promise<boolean> {
    if (this.running.has(name)) return false;
    this.running.add(name);
    try {
      await sweep();
      return true;
    } finally {
      this.running.delete(name);
    }
  }
}

export function singleInstanceCluster(): Cluster {
  return {
    turnLock: new InProcessTurnLock(),
    bus: new LocalBus(),
    sweeps: new LocalSweeps(),
    loginFailures: new MemoryLoginFailures(),
    close: async () => {},
  };
}
