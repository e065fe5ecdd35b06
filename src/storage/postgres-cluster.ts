import { createHash, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { InProcessTurnLock, type TurnLock } from './turn-lock';
import type { Clock } from '../clock';
import type { LoginFailureCounter } from '../staff/login-limiter';
import type { Cluster, ClusterBus, SweepSchedule } from './cluster';
import type { PostgresDatabase } from './postgres-database';

/**
 * Advisory locks in the two-key form (namespace, 32-bit hash of the name), so they never meet the one-key
 * lock the migrations take. A hash collision only makes two conversations (or sweeps) wait for each other.
 * The hash is taken here, not with hashtext(): turn keys hold a NUL separator, which PostgreSQL text refuses.
 */
function lockKey(name: string): number {
  return createHash('sha256').update(name).digest().readInt32BE(0);
}

const TURN_LOCKS = 7_340_102;
const SWEEP_LOCKS = 7_340_103;
/** One channel for every topic; the payload names the topic and the sending instance. */
const CHANNEL = 'lymph_cluster';
/** PostgreSQL refuses NOTIFY payloads from 8000 bytes; keep well under. */
const MAX_PAYLOAD_BYTES = 7_500;
/** A turn waits at most this long for the one before it on another instance. */
const LOCK_WAIT_MS = 30_000;

export interface PostgresClusterOptions {
  url: string;
  /** Connections that may hold turn locks at once (turns waiting beyond it queue in the process). */
  lockConnections: number;
  clock: Clock;
  onError?: (what: string, error: Error) => void;
}

/** The cluster parts on the PostgreSQL every instance shares: no extra service to run. */
export async function openPostgresCluster(
  db: PostgresDatabase,
  options: PostgresClusterOptions,
): Promise<Cluster> {
  const lockPool = new Pool({
    connectionString: options.url,
    max: options.lockConnections,
    // Includes waiting for a free lock connection while other conversations' turns run: under a burst that
    // is the normal queue, not an outage (a refused or dropped server still fails at once).
    connectionTimeoutMillis: LOCK_WAIT_MS,
    options: `-c lock_timeout=${LOCK_WAIT_MS}`,
    // Past the server's own lock wait, so a silent network cannot hold a turn forever either.
    query_timeout: LOCK_WAIT_MS + 10_000,
  });
  lockPool.on('error', () => {});
  const bus = new PostgresBus(options.url, db, options.onError);
  await bus.start();
  return {
    turnLock: new PostgresTurnLock(lockPool),
    bus,
    sweeps: new PostgresSweeps(db, options.clock),
    loginFailures: new PostgresLoginFailures(db),
    async close() {
      await bus.close();
      await lockPool.end();
    },
  };
}

/**
 * One conversation's turns one at a time across instances: first in this process's queue (so an instance
 * holds at most one connection per conversation), then under a session advisory lock on a connection of
 * its own held for the whole turn. PostgreSQL grants waiting lockers in arrival order; if the instance
 * dies, its connection closes and the lock is released with it.
 */
export class PostgresTurnLock implements TurnLock {
  private readonly local = new InProcessTurnLock();

  constructor(private readonly pool: Pool) {}

  runExclusive<T>(key: string, turn: () => Promise<T>): Promise<T> {
    return this.local.runExclusive(key, async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      // Held for a whole turn: if the server goes away meanwhile, the client reports it as an event, which
      // must not end the process (the turn's own queries fail and are answered politely).
      const lost = (error: Error) => {
        broken ??= error;
      };
      client.on('error', lost);
      try {
        await client.query('SELECT pg_advisory_lock($1, $2)', [TURN_LOCKS, lockKey(key)]);
        try {
          return await turn();
        } finally {
          await client
            .query('SELECT pg_advisory_unlock($1, $2)', [TURN_LOCKS, lockKey(key)])
            .catch((error: Error) => {
              broken = error;
            });
        }
      } catch (error) {
        broken ??= error as Error;
        throw error;
      } finally {
        client.off('error', lost);
        // A connection in an unknown state is closed, not reused: closing it releases any lock it holds.
        client.release(broken);
      }
    });
  }
}

interface Envelope {
  /** The sending instance. */
  o: string;
  /** Topic. */
  t: string;
  /** Payload. */
  p: unknown;
}

/**
 * LISTEN/NOTIFY on one dedicated connection, reconnecting after a failure. Chosen over Redis pub/sub:
 * the database every instance already needs carries the messages, so there is no second service to run,
 * secure and watch. Messages are best effort (a reconnect can miss some), so listeners treat them as "look
 * again" hints and read the truth from storage.
 */
export class PostgresBus implements ClusterBus {
  readonly instanceId = randomUUID();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly resumeListeners = new Set<() => void>();
  /** Set once a connection was lost: the next successful LISTEN tells the resume listeners. */
  private interrupted = false;
  private client?: Client;
  private closed = false;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly db: PostgresDatabase,
    private readonly onError?: (what: string, error: Error) => void,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5_000 });
    client.on('notification', (message) => this.deliver(message.payload));
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => {});
      if (error) this.onError?.('cluster notifications lost; reconnecting', error);
      this.interrupted = true;
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.interrupted && this.client === client) {
        this.interrupted = false;
        for (const listener of this.resumeListeners) {
          try {
            listener();
          } catch (error) {
            this.onError?.('cluster resume listener failed', error as Error);
          }
        }
      }
    } catch (error) {
      lost(error as Error);
      throw error;
    }
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    const text = JSON.stringify({ o: this.instanceId, t: topic, p: payload } satisfies Envelope);
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES)
      throw new Error(`cluster message on ${topic} is too large`);
    await this.db.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
  }

  subscribe(topic: string, listener: (payload: unknown) => void): () => void {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  onResume(listener: () => void): () => void {
    this.resumeListeners.add(listener);
    return () => this.resumeListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private deliver(text: string | undefined): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text ?? '') as Envelope;
    } catch {
      return;
    }
    if (envelope.o === this.instanceId) return;
    for (const listener of this.listeners.get(envelope.t) ?? []) {
      try {
        listener(envelope.p);
      } catch (error) {
        this.onError?.(`cluster listener for ${envelope.t} failed`, error as Error);
      }
    }
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.closed) return;
      this.start().catch(() => undefined);
    }, 1_000);
    this.retryTimer.unref();
  }
}

/**
 * A sweep runs on the instance that wins a try-lock for it, and only when the last run recorded in
 * `settings` (by any instance) is at least nine tenths of the period ago, so timers that fire at slightly
 * different moments on each instance still give about one run per period for the cluster.
 */
export class PostgresSweeps implements SweepSchedule {
  constructor(
    private readonly db: PostgresDatabase,
    private readonly clock: Clock,
  ) {}

  async runIfDue(name: string, everyMs: number, sweep: () => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (client) => {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, $2) AS locked',
        [SWEEP_LOCKS, lockKey(name)],
      );
      if (!rows[0]?.locked) return false;
      const key = `sweep:${name}`;
      const last = await client.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      const now = this.clock.now().getTime();
      const lastRun = Number(last.rows[0]?.value ?? Number.NEGATIVE_INFINITY);
      if (now - lastRun < everyMs * 0.9) return false;
      await sweep();
      await client.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, String(now)],
      );
      return true;
    });
  }
}

/** Login failures in one table, so a limit holds whichever instance the next guess reaches. */
export class PostgresLoginFailures implements LoginFailureCounter {
  constructor(private readonly db: PostgresDatabase) {}

  async recent(key: string, since: number): Promise<number[]> {
    await this.db.pool.query('DELETE FROM login_failures WHERE key = $1 AND at <= $2', [key, since]);
    const { rows } = await this.db.pool.query<{ at: number }>(
      'SELECT at FROM login_failures WHERE key = $1 AND at > $2 ORDER BY at',
      [key, since],
    );
    return rows.map((row) => row.at);
  }

  async record(key: string, at: number): Promise<void> {
    await this.db.pool.query('INSERT INTO login_failures (key, at) VALUES ($1, $2)', [key, at]);
    // Names and addresses tried are kept no longer than a day, whatever key they were counted under.
    await this.db.pool.query('DELETE FROM login_failures WHERE at < $1', [at - 86_400_000]);
  }

  async clear(key: string): Promise<void> {
    await this.db.pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }
}
