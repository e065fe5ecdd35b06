import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findService, loadServices } from '../../src/booking/services';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { openSqliteDatabase, sqliteFileIn } from '../../src/storage/sqlite-database';
import { SqliteScreeningRecords } from '../../src/storage/sqlite-screening-records';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import {
  DAY_MS,
  FIRST_QUESTION,
  RETENTION_DAYS,
  redFlagContent,
  screeningContent,
  VALID_DAYS,
  withoutProgress,
} from '../helpers/screening';
import { startTestApp, TEST_NOW } from '../helpers/test-app';

const consent = messages.text('screening_consent', { validDays: VALID_DAYS, retentionDays: RETENTION_DAYS });
const questionTexts = new Set(screeningContent.questions.map((q) => q.text));
// Channels never see the internal Reply (its `kind`): over HTTP a recommendation is known by its words.
const isRecommendation = (activity: Record<string, unknown> | undefined) =>
  String(activity?.text ?? '').startsWith(messages.text('recommendation_intro')) ||
  String(activity?.text ?? '').startsWith(messages.text('recommendation_book_intro'));

/** Answers "no" (and an age for the number question) until the bot stops asking screening questions. */
async function answerUntilDone(
  user: EmulatorUser,
  pending: string[],
): Promise<Array<Record<string, unknown>>> {
  let last = pending.map(withoutProgress);
  for (let turn = 0; turn < 40; turn++) {
    const asked = screeningContent.questions.find((q) => q.text === last.at(-1));
    if (!asked) throw new Error(`not a screening question: ${last.at(-1)}`);
    let replies = await user.sayFull(asked.type === 'number' ? '52' : 'no');
    // The review step before the result: confirm the answers.
    if (String(replies.at(-1)?.text ?? '').startsWith(messages.text('screening_review_intro')))
      replies = await user.sayFull(messages.text('choice_review_confirm'));
    last = replies.map((r) => withoutProgress(String(r.text ?? '')));
    if (!questionTexts.has(last.at(-1) ?? '')) return replies;
  }
  throw new Error('the health check did not end');
}

describe('the health check through the real server', () => {
  const connector = new LocalConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  it('runs from "which package should I book?" to a recommendation, and keeps only the outcome', async () => {
    const records = new MemoryScreeningRecords();
    const running = await startTestApp({ overrides: { screeningRecords: records } });
    try {
      const user = new EmulatorUser(running.url, connector);
      expect(await user.say('Which package should I book?')).toEqual([
        messages.text('gate_no_screening'),
        consent,
      ]);
      expect(await user.say('yes')).toEqual([FIRST_QUESTION]);
      const end = await answerUntilDone(user, [FIRST_QUESTION]);
      expect(end[0]?.text).toContain(screeningContent.outcomes.suitable.title);
      // The recommendation, then the service cards with Book buttons (test/dialogs/recommendation-dialog.booking.test.ts).
      const recommendation = end.at(-2);
      expect(isRecommendation(recommendation)).toBe(true);
      expect(recommendation?.text).toContain(findService(loadServices(path.join(__dirname, '../../knowledge')), 'mld-60')!.name);
      expect(end.at(-1)?.attachmentLayout).toBe('carousel');
      expect(recommendation?.text).toContain(messages.text('recommendation_how_to_book'));

      const [record] = await records.listFor({ conversationId: user.conversationId });
      expect(record).toMatchObject({
        userId: user.userId,
        outcome: 'suitable',
        firedRules: [],
        completedAt: TEST_NOW,
      });

      // Asked again, the recent screening counts: straight to the suggestion.
      const again = await user.sayFull('I want to book');
      expect(again).toHaveLength(2);
      expect(isRecommendation(again[0])).toBe(true);

      expect(await user.say('delete my data')).toEqual([messages.text('delete_confirm')]);
      expect(await user.say('yes')).toEqual([messages.text('delete_done')]);
      expect(await records.listFor({ conversationId: user.conversationId, userId: user.userId })).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('answers a red flag with urgent advice before any dialog, over HTTP', async () => {
    const running = await startTestApp();
    try {
      const user = new EmulatorUser(running.url, connector);
      await user.say('recommend me something');
      const text = 'yes but my chest feels tight and heavy since this morning';
      const [reply, ...more] = await user.sayFull(text);
      expect(more).toEqual([]);
      expect(reply?.text).toBe(redFlagContent.flags.find((f) => f.id === 'chest_or_breathing')!.advice);
    } finally {
      await running.close();
    }
  });
});

describe('a restart in the middle of the health check', () => {
  it('resumes at the pending question, and the outcome lands in the SQLite file', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-screening-restart-'));
    const connector = new LocalConnector();
    await connector.start();
    const env = { STORAGE: 'sqlite', DATA_DIR: dataDir };
    const [, second, third] = screeningContent.questions;
    try {
      const first = await startTestApp({ env });
      const user = new EmulatorUser(first.url, connector);
      await user.say('recommend me something');
      await user.say('yes');
      expect((await user.say('no')).map(withoutProgress)).toEqual([second!.text]);
      await first.close();

      const restarted = await startTestApp({ env });
      const sameUser = new EmulatorUser(restarted.url, connector, {
        conversationId: user.conversationId,
        userId: user.userId,
      });
      expect((await sameUser.say('no')).map(withoutProgress)).toEqual([third!.text]);
      const end = await answerUntilDone(sameUser, [third!.text]);
      expect(isRecommendation(end.at(-2))).toBe(true);
      await restarted.close();

      const db = openSqliteDatabase(sqliteFileIn(dataDir));
      const records = await new SqliteScreeningRecords(db).listFor({ conversationId: user.conversationId });
      db.close();
      expect(records.map((r) => r.outcome)).toEqual(['suitable']);
    } finally {
      await connector.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('retention', () => {
  it(`deletes screening records and safety events older than ${RETENTION_DAYS} days at start`, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-screening-retention-'));
    try {
      const db = openSqliteDatabase(sqliteFileIn(dataDir));
      const repo = new SqliteScreeningRecords(db);
      const at = (days: number) => new Date(TEST_NOW.getTime() - days * DAY_MS);
      const base = {
        conversationId: 'c1',
        outcome: 'suitable',
        allowedServices: ['mld-60'],
        firedRules: [],
        rulesVersion: 'v',
      };
      await repo.recordOutcome({ ...base, completedAt: at(RETENTION_DAYS + 1) });
      await repo.recordOutcome({ ...base, completedAt: at(1) });
      await repo.recordSafetyEvent({ conversationId: 'c1', flagId: 'fainting', at: at(RETENTION_DAYS + 5) });
      db.close();

      const running = await startTestApp({ env: { STORAGE: 'sqlite', DATA_DIR: dataDir } });
      await running.close();

      const reopened = openSqliteDatabase(sqliteFileIn(dataDir));
      const after = new SqliteScreeningRecords(reopened);
      expect((await after.listFor({ conversationId: 'c1' })).map((r) => r.completedAt)).toEqual([at(1)]);
      expect(await after.safetyEventsFor({ conversationId: 'c1' })).toEqual([]);
      reopened.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
