import { FixedClock } from '../../src/clock';
import { LoginLimiter } from '../../src/staff/login-limiter';
import type { Cluster } from '../../src/storage/cluster';
import { openPostgresCluster } from '../../src/storage/postgres-cluster';
import { openPostgresDatabase, type PostgresDatabase } from '../../src/storage/postgres-database';
import { createTestDatabase, type TestDatabase, truncateAll } from '../helpers/postgres';

// Two "instances": each its own pool, lock connections and listener on one database.
const clock = new FixedClock(new Date('2026-11-24T18:00:00Z'));
let database: TestDatabase;
const handles: PostgresDatabase[] = [];
const clusters: Cluster[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  for (let i = 0; i < 2; i++) {
    const db = await openPostgresDatabase(database.url, { max: 3 });
    handles.push(db);
    clusters.push(await openPostgresCluster(db, { url: database.url, lockConnections: 2, clock }));
  }
});
beforeEach(() => truncateAll(handles[0]!));
afterAll(async () => {
  for (const cluster of clusters) await cluster.close();
  for (const db of handles) await db.close();
  await database.drop();
});

function gate(): { promise: Promise<void>; open(): void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('PostgreSQL cluster parts', () => {
  it('runs one conversation’s turns one at a time across instances, and other conversations meanwhile', async () => {
    const [one, two] = clusters;
    const events: string[] = [];
    const firstHolds = gate();
    const firstStarted = gate();
    const first = one!.turnLock.runExclusive('directline\u0000conv-1', async () => {
      events.push('first starts');
      firstStarted.open();
      await firstHolds.promise;
      events.push('first ends');
    });
    await firstStarted.promise;
    const second = two!.turnLock.runExclusive('directline\u0000conv-1', async () => {
      events.push('second starts');
    });
    // Another conversation is not held up by conv-1's turn.
    await two!.turnLock.runExclusive('directline\u0000conv-2', async () => {
      events.push('other conversation');
    });
    firstHolds.open();
    await Promise.all([first, second]);
    expect(events).toEqual(['first starts', 'other conversation', 'first ends', 'second starts']);
  });

  it('releases the lock when the turn throws', async () => {
    const [one, two] = clusters;
    await expect(
      one!.turnLock.runExclusive('k', async () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(await two!.turnLock.runExclusive('k', async () => 'ran')).toBe('ran');
  });

  it('tells the other instances, not the sender', async () => {
    const [one, two] = clusters;
    const heardByOne: unknown[] = [];
    one!.bus.subscribe('test-topic', (payload) => heardByOne.push(payload));
    const heard = new Promise<unknown>((resolve) => two!.bus.subscribe('test-topic', resolve));
    await one!.bus.publish('test-topic', { id: 'ticket-1' });
    expect(await heard).toEqual({ id: 'ticket-1' });
    // A second message, so the first had time to come back to its sender if it ever would.
    const second = new Promise<unknown>((resolve) => two!.bus.subscribe('test-topic', resolve));
    await one!.bus.publish('test-topic', { id: 'ticket-2' });
    await second;
    expect(heardByOne).toEqual([]);
  });

  it('comes back after losing its listening connection, and says so', async () => {
    const [one, two] = clusters;
    const resumed = new Promise<void>((resolve) => two!.bus.onResume(resolve));
    // Ends every LISTEN connection on this test database (each instance's listener), as a server restart would.
    await handles[0]!.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    await resumed;
    const heard = new Promise<unknown>((resolve) => two!.bus.subscribe('after-resume', resolve));
    await one!.bus.publish('after-resume', { id: 'ticket-3' });
    expect(await heard).toEqual({ id: 'ticket-3' });
  });

  it('runs a sweep once per period for the whole cluster', async () => {
    const [one, two] = clusters;
    const period = 60_000;
    let runs = 0;
    const holding = gate();
    const started = gate();
    const slowSweep = async () => {
      runs++;
      started.open();
      await holding.promise;
    };
    const onOne = one!.sweeps.runIfDue('retention', period, slowSweep);
    await started.promise;
    // While one instance sweeps, the other skips; right after, it is not due yet.
    expect(await two!.sweeps.runIfDue('retention', period, slowSweep)).toBe(false);
    holding.open();
    expect(await onOne).toBe(true);
    expect(await two!.sweeps.runIfDue('retention', period, slowSweep)).toBe(false);
    clock.advance(period);
    expect(await two!.sweeps.runIfDue('retention', period, slowSweep)).toBe(true);
    expect(runs).toBe(2);
  });

  it('counts failed logins across instances', async () => {
    const [one, two] = clusters;
    const onOne = new LoginLimiter(clock, 5, 15 * 60_000, one!.loginFailures);
    const onTwo = new LoginLimiter(clock, 5, 15 * 60_000, two!.loginFailures);
    for (let i = 0; i < 3; i++) await onOne.fail(['10.0.0.9|ana']);
    for (let i = 0; i < 2; i++) await onTwo.fail(['10.0.0.9|ana']);
    expect(await onTwo.retryAfterSeconds(['10.0.0.9|ana'])).toBe(900);
    expect(await onOne.retryAfterSeconds(['10.0.0.9|ana'])).toBe(900);
    await onOne.succeed(['10.0.0.9|ana']);
    expect(await onTwo.retryAfterSeconds(['10.0.0.9|ana'])).toBe(0);
  });
});
