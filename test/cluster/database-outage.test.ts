import { FixedClock } from '../../src/clock';
import { openPostgresDatabase, type PostgresDatabase } from '../../src/storage/postgres-database';
import { PostgresStorage } from '../../src/storage/postgres-storage';
import type { StateStore } from '../../src/storage/state-store';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { createTestDatabase, POSTGRES_ADMIN_URL, type TestDatabase } from '../helpers/postgres';
import { FIRST_QUESTION, screeningQuestion, withoutProgress } from '../helpers/screening';
import { TcpProxy } from '../helpers/tcp-proxy';
import { type RunningApp, startTestApp, TEST_NOW } from '../helpers/test-app';
import { API_TOKEN, eventually, OPEN_NOW, StaffApi } from '../helpers/staff-api';
import { openConsoleStream } from '../helpers/console-stream';

// PostgreSQL out of reach while people are mid-conversation: the path to the shared server goes through a
// proxy the test cuts (the server itself keeps running for everyone else).
jest.setTimeout(60_000);

let database: TestDatabase;
let running: RunningApp;
let stateDatabase: PostgresDatabase | undefined;
const connector = new LocalConnector();
const admin = new URL(POSTGRES_ADMIN_URL);
const toPostgres = new TcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
/** Set by a test: the next turn's state save finds the database cut off (the turn read its state, then it went). */
let cutBeforeNextSave = false;

beforeAll(async () => {
  database = await createTestDatabase();
  await Promise.all([connector.start(), toPostgres.start()]);
  const viaProxy = new URL(database.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(toPostgres.port);
  // The app's own PostgreSQL state store, through the same proxy, with a hook just before it saves.
  stateDatabase = await openPostgresDatabase(viaProxy.toString(), { max: 2 });
  const state = new PostgresStorage(stateDatabase, new FixedClock(TEST_NOW));
  const storage: StateStore = {
    read: (keys) => state.read(keys),
    async write(changes) {
      if (cutBeforeNextSave) {
        cutBeforeNextSave = false;
        toPostgres.cut();
      }
      return state.write(changes);
    },
    delete: (keys) => state.delete(keys),
    ping: () => state.ping(),
    deleteOlderThan: (before) => state.deleteOlderThan(before),
  };
  running = await startTestApp({
    env: {
      STORAGE: 'postgres',
      DATABASE_URL: viaProxy.toString(),
      DATABASE_POOL_SIZE: '3',
      STAFF_API_TOKEN: API_TOKEN,
    },
    overrides: { storage },
    // During opening hours, so asking for a person opens a live ticket.
    clock: new FixedClock(OPEN_NOW),
  });
});
afterAll(async () => {
  toPostgres.restore();
  await running?.close();
  await stateDatabase?.close();
  await Promise.all([connector.stop(), toPostgres.stop()]);
  await database?.drop();
});

async function readiness(): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(`${running.url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

/** The first question's "None of these" answer, as the person would tap it. */
const NONE_OF_THESE = noneOfThese();
function noneOfThese(): string {
  const first = screeningQuestion('red_flag_symptoms');
  if (first.type !== 'choice') throw new Error('red_flag_symptoms is no longer a choice');
  const none = first.options.find((option) => option.id === 'none');
  if (!none) throw new Error('red_flag_symptoms has no "none" option');
  return none.label;
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
  const during = await Promise.all(people.map((person) => person.say(NONE_OF_THESE)));
  for (const replies of during) expect(replies).toEqual([messages.text('storage_unavailable')]);
  const down = await readiness();
  expect(down.status).toBe(503);
  expect(down.body.reason).toMatch(/storage unreachable/);

  toPostgres.restore();
  await eventually(async () => expect((await readiness()).status).toBe(200), 20_000);
  // Nothing was half-written: each person is still at the first question, and answering it moves on.
  const after = await Promise.all(people.map((person) => person.say(NONE_OF_THESE)));
  for (const replies of after) expect(replies.map(withoutProgress)).toEqual([screeningQuestion('treatment_area').text]);
});

it('tells a person whose turn was in flight when the database went away to try again, and keeps their place', async () => {
  const person = new EmulatorUser(running.url, connector, { conversationId: 'outage-in-flight' });
  await person.say('Which package should I book?');
  expect(await person.say('yes')).toEqual([FIRST_QUESTION]);

  // The turn has its lock and its state; the database goes away before the turn saves.
  cutBeforeNextSave = true;
  const during = await person.say(NONE_OF_THESE);
  expect(during.at(-1)).toBe(messages.text('storage_unavailable'));

  toPostgres.restore();
  await eventually(async () => expect((await readiness()).status).toBe(200), 20_000);
  // The answer was not kept (as the reply said): the same question's answer moves on from where they were.
  expect((await person.say(NONE_OF_THESE)).map(withoutProgress)).toEqual([screeningQuestion('treatment_area').text]);
});

it('has the consoles re-read the live tickets once the database is back (changes made elsewhere meanwhile were not announced)', async () => {
  const person = new EmulatorUser(running.url, connector, { conversationId: 'outage-handoff' });
  await person.say('hi');
  await person.say('can i talk to a real person please');
  const [ticket] = await new StaffApi(running.url).openTickets();
  const staffConsole = await openConsoleStream(running.url);
  try {
    toPostgres.cut();
    await eventually(async () => expect((await readiness()).status).toBe(503), 10_000);
    expect(staffConsole.events()).toEqual([]);
    toPostgres.restore();
    await eventually(() => expect(staffConsole.events()).toEqual([ticket.id]), 20_000);
  } finally {
    staffConsole.close();
  }
});
