import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, TurnContext } from 'botbuilder';
import type { Clock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { Messages } from '../../src/content/messages';
import { loadPrivacyLexicon } from '../../src/content/personal-data-redaction';
import { loadSpa } from '../../src/content/spa';
import { createLogger } from '../../src/log';
import { createStorage, type Storage } from '../../src/storage/stores';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import { REPO_ROOT } from '../helpers/test-app';

// Every repository createStorage builds, on every back-end, joins the one registry that "delete my data"
// and the retention sweep go through: a repository added to Stores but not registered fails here.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;
const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const spa = loadSpa(knowledgeDir);
const messages = Messages.load(knowledgeDir, spa);
const redaction = loadPrivacyLexicon(knowledgeDir).redaction;

/** For each repository: the method "delete my data" must call, or why nothing in it leads back to a person. */
const ERASED_BY: Record<string, string | { notLinkable: true }> = {
  state: 'delete',
  screeningRecords: 'deleteFor',
  tickets: 'deleteForConversation',
  directLine: 'clearHistory',
  unanswered: { notLinkable: true },
  bookingClicks: { notLinkable: true },
  staffAccounts: { notLinkable: true },
  audit: { notLinkable: true },
};

/** What the retention sweep calls on each repository. */
const sweptBy = (key: string) => (key === 'staffAccounts' ? 'deleteExpiredSessions' : 'deleteOlderThan');

type Repository = Record<string, unknown>;

/** Every repository of the storage: each value with a retention method (bot state wrappers excluded). */
function repositoriesOf(storage: Storage): Array<[string, Repository]> {
  return Object.entries(storage).filter(
    (entry): entry is [string, Repository] =>
      typeof entry[1] === 'object' &&
      entry[1] !== null &&
      (typeof (entry[1] as Repository).deleteOlderThan === 'function' ||
        typeof (entry[1] as Repository).deleteExpiredSessions === 'function'),
  );
}

const webChatContext = () =>
  new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'directline',
    conversation: { id: 'conv-erase' } as never,
    from: { id: 'user-erase' } as never,
    recipient: { id: 'bot' } as never,
    text: 'delete my data',
  });

const backEnds: Array<[string, () => Promise<{ env: Record<string, string>; done(): Promise<void> }>]> = [
  ['memory', async () => ({ env: { STORAGE: 'memory' }, done: async () => {} })],
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'lymph-registry-'));
      return {
        env: { STORAGE: 'sqlite', DATA_DIR: dir },
        done: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'postgres',
    async () => {
      const database: TestDatabase = await createTestDatabase();
      return { env: { STORAGE: 'postgres', DATABASE_URL: database.url }, done: () => database.drop() };
    },
  ],
];

describe.each(backEnds)('the data registry on %s', (_name, open) => {
  let storage: Storage;
  let done: () => Promise<void>;
  let now: Date;
  const clock: Clock = { now: () => now };

  beforeEach(async () => {
    now = new Date('2026-03-01T12:00:00Z');
    const backEnd = await open();
    done = backEnd.done;
    const config = loadConfig({ LOG_LEVEL: 'silent', ...backEnd.env }, REPO_ROOT);
    storage = await createStorage(config, {
      clock,
      logger: createLogger({ level: 'silent', logMessageText: false }),
      redaction,
      words: { messages, outcomeTitle: (outcome) => outcome },
    });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await storage.close();
    await done();
  });

  it('knows every repository the storage holds, and how each is erased', () => {
    expect(
      repositoriesOf(storage)
        .map(([key]) => key)
        .sort(),
    ).toEqual(Object.keys(ERASED_BY).sort());
  });

  it('sweeps every repository', async () => {
    const spies = repositoriesOf(storage).map(
      ([key, repository]) =>
        [key, jest.spyOn(repository as Record<string, () => Promise<number>>, sweptBy(key))] as const,
    );
    await storage.dataRegistry.sweep(new Date(now.getTime() - 30 * DAY_MS), now, (store, error) => {
      throw new Error(`${store}: ${error.message}`);
    });
    for (const [key, spy] of spies)
      expect({ key, called: spy.mock.calls.length > 0 }).toEqual({ key, called: true });
  });

  it('erases from every repository that can hold something about the person', async () => {
    const linkable = repositoriesOf(storage).filter(([key]) => typeof ERASED_BY[key] === 'string');
    const spies = linkable.map(
      ([key, repository]) =>
        [
          key,
          jest.spyOn(repository as Record<string, () => Promise<unknown>>, ERASED_BY[key] as string),
        ] as const,
    );
    await storage.dataRegistry.erase(webChatContext());
    for (const [key, spy] of spies)
      expect({ key, called: spy.mock.calls.length > 0 }).toEqual({ key, called: true });
  });

  it('says for every store that cannot be erased why nothing in it leads back to a person', () => {
    const reasons = storage.dataRegistry
      .stores()
      .filter((store) => typeof store.erase !== 'function')
      .map((store) => (store.erase as { notLinkable: string }).notLinkable);
    expect(reasons).toHaveLength(Object.values(ERASED_BY).filter((how) => typeof how !== 'string').length);
    for (const reason of reasons) expect(reason.length).toBeGreaterThan(20);
  });

  it('deletes unanswered questions older than the retention period and keeps newer ones', async () => {
    now = new Date('2026-01-01T12:00:00Z');
    await storage.unanswered.record('do you do sessions on boats', now);
    now = new Date('2026-03-01T12:00:00Z');
    await storage.unanswered.record('do you do sessions on trains', now);
    await storage.dataRegistry.sweep(new Date(now.getTime() - 30 * DAY_MS), now, (store, error) => {
      throw new Error(`${store}: ${error.message}`);
    });
    expect((await storage.unanswered.list()).map((question) => question.text)).toEqual([
      'do you do sessions on trains',
    ]);
  });
});
