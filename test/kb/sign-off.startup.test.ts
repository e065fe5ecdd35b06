import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { ConfigError } from '../../src/errors';
import { SAFETY_FILES } from '../../src/kb/sign-off';
import { rulesVersion } from '../../src/screening';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { FIRST_QUESTION, screeningContent, withoutProgress } from '../helpers/screening';
import { REPO_ROOT, startTestApp } from '../helpers/test-app';

const KNOWLEDGE = path.join(REPO_ROOT, 'knowledge');
const API_TOKEN = 'a-staff-api-token-that-is-long-enough-123';
const statusOf = (file: string) =>
  (YAML.parse(readFileSync(path.join(KNOWLEDGE, file), 'utf8')) as { status?: string }).status;

/** A copy of the knowledge folder in which a clinician has signed every file and article. */
function signedKnowledgeCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'signed-knowledge-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const sign = (file: string) => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .replace(/^reviewer: .*$/m, 'reviewer: Dr A. Clinician, lymphoedema consultant')
        .replace(/^status: draft$/m, 'status: signed'),
    );
  };
  for (const file of SAFETY_FILES) sign(path.join(dir, file));
  for (const name of readdirSync(path.join(dir, 'articles'))) sign(path.join(dir, 'articles', name));
  return dir;
}

async function staffMe(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/staff/api/me`, { headers: { authorization: `Bearer ${API_TOKEN}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('clinical sign-off at start-up', () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start in production while the safety files are drafts, naming each one', async () => {
    // The shipped content is an unsigned demo.
    expect(SAFETY_FILES.map(statusOf)).toEqual(['draft', 'draft', 'draft']);
    const start = startTestApp({ env: { NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example.com' } });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toMatchObject({ variable: 'NODE_ENV' });
    for (const file of SAFETY_FILES) await expect(start).rejects.toThrow(file);
  });

  it('names only the safety file that is still a draft', async () => {
    const dir = signedKnowledgeCopy();
    copies.push(dir);
    const redFlags = path.join(dir, 'red-flags.yaml');
    writeFileSync(redFlags, readFileSync(redFlags, 'utf8').replace(/^status: signed$/m, 'status: draft'));
    const start = startTestApp({ env: { NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example.com', KNOWLEDGE_DIR: dir } });
    await expect(start).rejects.toThrow(/not clinically signed: red-flags\.yaml\./);
  });

  it('starts in production on signed content, with no demo note for staff', async () => {
    const dir = signedKnowledgeCopy();
    copies.push(dir);
    const running = await startTestApp({
      env: { NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example.com', KNOWLEDGE_DIR: dir, STAFF_API_TOKEN: API_TOKEN },
    });
    try {
      expect(await staffMe(running.url)).not.toHaveProperty('contentNotice');
    } finally {
      await running.close();
    }
  });

  it('starts out of the box and tells staff the content is a demo, not clinically reviewed', async () => {
    const running = await startTestApp({ env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      expect(await staffMe(running.url)).toMatchObject({
        contentNotice: messages.text('staff_demo_content_notice'),
      });
    } finally {
      await running.close();
    }
  });
});

describe('content versions on screening outcomes', () => {
  const connector = new LocalConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  it('records which rules, red flags, services and articles gave the outcome', async () => {
    const records = new MemoryScreeningRecords();
    const running = await startTestApp({ overrides: { screeningRecords: records } });
    try {
      const user = new EmulatorUser(running.url, connector);
      await user.say('Which package should I book?');
      let last = await user.say('yes');
      expect(last).toEqual([FIRST_QUESTION]);
      for (let turn = 0; turn < 40; turn++) {
        // The review step before the result: confirm the answers.
        if (last.at(-1)?.startsWith(messages.text('screening_review_intro'))) {
          last = await user.say(messages.text('choice_review_confirm'));
          continue;
        }
        const asked = screeningContent.questions.find((q) => q.text === withoutProgress(last.at(-1) ?? ''));
        if (!asked) break;
        last = await user.say(asked.type === 'number' ? '52' : 'no');
      }
      const [record] = await records.listFor({ conversationId: user.conversationId });
      expect(record?.rulesVersion).toMatch(
        new RegExp(
          `^rules=${rulesVersion(screeningContent)} flags=[0-9a-f]{12} services=[0-9a-f]{12} articles=[0-9a-f]{12}$`,
        ),
      );
    } finally {
      await running.close();
    }
  });
});
