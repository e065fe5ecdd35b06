import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { createTestDatabase, POSTGRES_ADMIN_URL, type TestDatabase } from '../helpers/postgres';
import { FIRST_QUESTION, screeningQuestion } from '../helpers/screening';
import { TcpProxy } from '../helpers/tcp-proxy';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { eventually } from '../handoff/helpers';

// PostgreSQL out of reach while people are mid-conversation: the path to the shared server goes through a
// proxy the test cuts (the server itself keeps running for everyone else).
jest.setTimeout(60_000);

let database: TestDatabase;
let running: RunningApp;
const connector = new LocalConnector();
const admin = new URL(POSTGRES_ADMIN_URL);
const toPostgres = new TcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });

beforeAll(async () => {
  database = await createTestDatabase();
  await Promise.all([connector.start(), toPostgres.start()]);
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(toPostgres.port);
  running = await startTestApp({
    env: { STORAGE: 'postgres', DATABASE_URL: viaProxy.toString(), DATABASE_POOL_SIZE: '3' },
  });
});
afterAll(async () => {
  toPostgres.restore();
  await running?.close();
  await Promise.all([connector.stop(), toPostgres.stop()]);
  await database?.drop();
});

async function readiness(): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(`${running.url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

it('asks everyone mid-turn to try again, reports the outage, and carries on where each person was', async () => {
  const people = Array.from(
    { length: 4 },
    (_, i) => new EmulatorUser(running.url, connector, { conversationId: `outage-${i}` }),
  );
  for (const person of people) {
    await person.say('Which package should I book?');
    expect(await person.say('yes')).toEqual([FIRST_QUESTION]);
  }
  expect((await readiness()).status).toBe(200);

  toPostgres.cut();
  // Everyone answers at once while the database is away: each is asked, politely, to try again.
  const during = await Promise.all(people.map((person) => person.say('no')));
  for (const replies of during) expect(replies).toEqual([messages.text('storage_unavailable')]);
  const down = await readiness();
  expect(down.status).toBe(503);
  expect(down.body.reason).toMatch(/storage unreachable/);

  toPostgres.restore();
  await eventually(async () => expect((await readiness()).status).toBe(200), 20_000);
  // Nothing was half-written: each person is still at the first question, and answering it moves on.
  const after = await Promise.all(people.map((person) => person.say('no')));
  for (const replies of after) expect(replies).toEqual([screeningQuestion('clot_now').text]);
});
