import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteDatabase, sqliteFileIn } from '../../src/storage/sqlite-database';
import { loadPrivacyLexicon, PersonalDataRedactor } from '../../src/content/personal-data-redaction';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { answerAllOverHttp, screeningContent, withoutProgress } from '../helpers/screening';
import { REPO_ROOT, type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, openClock, StaffApi } from '../helpers/staff-api';

/** What a person might tell us, in every form the issue lists. Each must be gone after "delete my data". */
const NAME = 'Zelda Quackenbush';
const ADDRESS = '742 Evergreen Terrace';
const PHONE = '+1 503 555 0187';
const EMAIL = 'zelda.q@example.org';
const HEALTH = 'lupus flare';
const SECRETS = [NAME, 'Quackenbush', ADDRESS, 'Evergreen', PHONE, '555 0187', EMAIL, HEALTH, 'lupus'];

function tablesOf(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{
      name: string;
    }>
  ).map((row) => row.name);
}

/** Every value in every row of every table, as text. */
function everyValue(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return tablesOf(db)
      .map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()))
      .join('\n');
  } finally {
    db.close();
  }
}

/** The raw bytes of the database and its WAL and shared-memory files, as Latin-1 text for searching. */
function fileBytes(file: string): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${file}${suffix}`)
    .filter((candidate) => existsSync(candidate))
    .map((candidate) => readFileSync(candidate).toString('latin1'))
    .join('\n');
}

/** Direct Line over REST, as a web chat page would use it. */
async function webChat(url: string) {
  const session = (await (
    await fetch(`${url}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  ).json()) as { token: string; conversationId: string; userId: string };
  const auth = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
  await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth, body: '{}' });
  return {
    async say(text: string): Promise<void> {
      const response = await fetch(`${url}/v3/directline/conversations/${session.conversationId}/activities`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ type: 'message', from: { id: session.userId }, text }),
      });
      expect(response.status).toBe(200);
    },
  };
}

describe('"delete my data" deletes: nothing a person told us is left in any table or in the file', () => {
  const connector = new LocalConnector();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-personal-data-'));
  const file = sqliteFileIn(dataDir);
  let running: RunningApp;

  beforeAll(async () => {
    await connector.start();
    running = await startTestApp({
      clock: openClock(),
      env: { STORAGE: 'sqlite', DATA_DIR: dataDir, STAFF_API_TOKEN: API_TOKEN },
    });
  });
  afterAll(async () => {
    await running?.close();
    await connector.stop();
  });

  it('finds the details while kept, and none of them after every conversation asked to delete', async () => {
    const staff = new StaffApi(running.url);
    const introduction = `my name is ${NAME}, I live at ${ADDRESS}, call ${PHONE} or ${EMAIL}`;

    // 1. A knowledge question the assistant cannot answer, full of personal details (unanswered questions).
    const asker = new EmulatorUser(running.url, connector);
    await asker.say(`${introduction}. does lymphatic drainage massage fix tinnitus with my ${HEALTH}`);

    // 2. A health check to its end (state, screening outcome), with details in between.
    const screened = new EmulatorUser(running.url, connector);
    await screened.say('recommend me something');
    const screenedEnd = await answerAllOverHttp(screened, await screened.say('yes'));
    expect(screenedEnd.join('\n')).toContain(screeningContent.outcomes.suitable.title);
    await screened.say(`${introduction}, and I have a ${HEALTH}`);

    // 3. A live hand-off: the person's details relayed to the ticket, a staff reply naming them.
    const handedOff = new EmulatorUser(running.url, connector);
    await handedOff.say(`hi, ${introduction}`);
    await handedOff.say('can i talk to a real person please');
    const [ticket] = await staff.openTickets();
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
    await handedOff.say(`${introduction}. I have a ${HEALTH}`);
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/messages`, { text: `Hello ${NAME}, about ${ADDRESS}` });
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/close`);

    // 4. The web chat: every activity is kept as history.
    const web = await webChat(running.url);
    await web.say(`${introduction}. I have a ${HEALTH}`);

    // While kept, the details are really in the file (so the check below can fail).
    const before = everyValue(file);
    expect(before).toContain(NAME);
    expect(before).toContain(EMAIL);
    expect(before).toContain(HEALTH);

    for (const user of [asker, screened, handedOff]) {
      expect(await user.say('delete my data')).toEqual([messages.text('delete_confirm')]);
      expect(await user.say('yes')).toEqual([messages.text('delete_done')]);
    }
    await web.say('delete my data');
    await web.say('yes');

    const after = everyValue(file);
    const bytes = fileBytes(file);
    expect(SECRETS.filter((secret) => after.includes(secret))).toEqual([]);
    expect(SECRETS.filter((secret) => bytes.includes(secret))).toEqual([]);
    // The unanswered question is still there for curators, with the details redacted.
    expect(after).toContain('tinnitus');
  }, 120_000);
});

describe('the data registry', () => {
  it('covers every SQLite table, and every store can be erased (or says why not) and swept', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-registry-'));
    const running = await startTestApp({ env: { STORAGE: 'sqlite', DATA_DIR: dataDir } });
    try {
      const registry = running.app.dataRegistry;
      const db = openSqliteDatabase(sqliteFileIn(dataDir));
      const tables = tablesOf(db);
      db.close();
      const registered = registry.stores().flatMap((store) => store.tables);
      expect([...registered].sort()).toEqual([...tables].sort());
      for (const store of registry.stores()) {
        expect(typeof store.deleteOlderThan).toBe('function');
        const erase = store.erase;
        expect(typeof erase === 'function' || erase.notLinkable.length > 20).toBe(true);
      }
      // Sweeping with a cutoff in the future empties every store that can be swept without error.
      const failures: string[] = [];
      const far = new Date('2100-01-01T00:00:00Z');
      await registry.sweep(far, far, (store) => failures.push(store));
      expect(failures).toEqual([]);
      expect(readdirSync(dataDir)).toContain('lymph.sqlite');
    } finally {
      await running.close();
    }
  });
});

describe('redaction of kept questions (knowledge/privacy.yaml)', () => {
  const redactor = new PersonalDataRedactor(loadPrivacyLexicon(path.join(REPO_ROOT, 'knowledge')).redaction);
  it.each([
    ['my name is Zelda Quackenbush, is mld ok', 'my name is [name], is mld ok'],
    ['I live at 742 Evergreen Terrace and my zip is 97205', 'I live at [address] and my zip is [address]'],
    ['can I have mld with lupus and a blood clot', 'can I have mld with [health] and a blood [health]'],
    ['is it ok after my Liposuction', 'is it ok after my [health]'],
    ['does it help if Zelda has swollen legs', 'does it help if [name] has [health] legs'],
  ])('%s → %s', (text, expected) => {
    expect(redactor.redact(text)).toBe(expected);
  });
});

describe('"what do you know about me"', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  beforeAll(async () => {
    await connector.start();
    running = await startTestApp();
  });
  afterAll(async () => {
    await running.close();
    await connector.stop();
  });

  it('lists what each store keeps, mid-screening too, without moving the health check on', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('recommend me something');
    const firstQuestion = (await user.say('yes')).at(-1);
    const [answer] = await user.say('What do you know about me?');
    expect(answer).toBe(
      [
        messages.text('about_me_intro'),
        // Two messages from the person, three replies (gate, consent, first question).
        `- ${messages.text('about_me_conversation', { lines: 5 })}`,
        messages.text('about_me_footer', { retentionDays: 30 }),
      ].join('\n'),
    );
    // The health check still waits for the same answer.
    expect((await user.say('no')).map(withoutProgress)).toEqual([screeningContent.questions[1]!.text]);
    expect(withoutProgress(firstQuestion ?? '')).toBe(screeningContent.questions[0]!.text);
  });

  it('names the health check result (not the answers) once there is one', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('recommend me something');
    const end = await answerAllOverHttp(user, await user.say('yes'));
    expect(end.join('\n')).toContain(screeningContent.outcomes.suitable.title);
    const [answer] = await user.say('show my data');
    expect(answer).toContain(
      messages.text('about_me_screening', { date: '2026-11-24', outcome: screeningContent.outcomes.suitable.title }),
    );
  });
});
