import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSpa } from '../../../src/content/spa';
import { Messages } from '../../../src/content/messages';
import { localRecognizer } from '../../helpers/dialog-deps';
import { EmulatorUser } from '../../helpers/emulator-user';
import { LocalConnector } from '../../helpers/local-connector';
import { REPO_ROOT, type RunningApp, startTestApp } from '../../helpers/test-app';

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const messages = Messages.load(knowledgeDir, loadSpa(knowledgeDir));

describe('POST /api/messages through the real server and a local connector', () => {
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

  it('welcomes a person who joins, once, and not the bot itself', async () => {
    const user = new EmulatorUser(running.url, connector);
    expect(await user.join()).toEqual([messages.text('welcome')]);
  });

  it('answers malformed JSON with 400 and a reason that does not echo the body', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": "my secret symptom"',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { reason: string };
    expect(body.reason).toMatch(/not valid JSON/);
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('answers an activity without required fields with 400 naming the field', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'emulator', serviceUrl: connector.url }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { reason: string }).reason).toMatch(/conversation/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { reason: string }).reason).toMatch(/larger than/);
  });

  it('reports ready, healthy, and counts turns by channel in /metrics', async () => {
    await new EmulatorUser(running.url, connector).say('thank you so much!');
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await ready.json()) as unknown).toEqual({ status: 'ready' });
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/lymph_turns_total\{channel="emulator",type="message"\} [1-9]/);
    expect(metrics).toMatch(/lymph_turn_duration_seconds_bucket\{le="[^"]+",channel="emulator"\}/);
  });
});

describe('/readyz when storage is down', () => {
  it('answers 503 with the reason', async () => {
    const { MemoryStateStore } = await import('../../../src/storage/memory-state-store');
    const { systemClock } = await import('../../../src/clock');
    const broken = new MemoryStateStore(systemClock);
    broken.ping = async () => {
      throw new Error('disk is gone');
    };
    const running = await startTestApp({ overrides: { storage: broken } });
    try {
      const response = await fetch(`${running.url}/readyz`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { reason: string }).reason).toMatch(
        /storage unreachable: disk is gone/,
      );
    } finally {
      await running.close();
    }
  });
});

describe('a restart over the same SQLite file', () => {
  // Two app starts on SQLite, the first training the recognizer: more than the default time on a loaded machine.
  it('keeps the conversation where it was', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-restart-'));
    const connector = new LocalConnector();
    await connector.start();
    const env = { STORAGE: 'sqlite', DATA_DIR: dataDir };
    try {
      const first = await startTestApp({ env });
      const user = new EmulatorUser(first.url, connector);
      expect(await user.say('delete my data')).toEqual([messages.text('delete_confirm')]);
      await first.close();

      const second = await startTestApp({ env });
      const sameUser = new EmulatorUser(second.url, connector, {
        conversationId: user.conversationId,
        userId: user.userId,
      });
      // The pending confirmation survived the restart: "no" is taken as its answer.
      expect(await sameUser.say('no')).toEqual([messages.text('delete_kept')]);
      await second.close();
    } finally {
      await connector.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a slow turn', () => {
  it('shows the person a typing indicator before the reply arrives', async () => {
    const local = await localRecognizer();
    const connector = new LocalConnector();
    let user: EmulatorUser | undefined;
    // Understanding takes as long as it takes the typing indicator to reach the person: no race with a timer.
    const slow = {
      recognize: async (text: string) => {
        await connector.activity((r) => r.conversationId === user?.conversationId && r.activity.type === 'typing');
        return local.recognize(text);
      },
    };
    await connector.start();
    const running = await startTestApp({ overrides: { recognizer: slow } });
    try {
      user = new EmulatorUser(running.url, connector);
      await user.say('thanks');
      const types = connector.received
        .filter((r) => r.conversationId === user?.conversationId)
        .map((r) => r.activity.type);
      expect(types[0]).toBe('typing');
      expect(types).toContain('message');
    } finally {
      await running.close();
      await connector.stop();
    }
  });
});

describe('a turn that fails', () => {
  it('tells the person plainly, shows no stack trace, and starts clean on the next message', async () => {
    const local = await localRecognizer();
    const flaky = {
      recognize: async (text: string) => {
        if (text === 'explode') throw new Error('recognizer crashed at /srv/lymph/secret-path.ts:42');
        return local.recognize(text);
      },
    };
    const connector = new LocalConnector();
    await connector.start();
    const running = await startTestApp({ overrides: { recognizer: flaky } });
    try {
      const user = new EmulatorUser(running.url, connector);
      expect(await user.say('delete my data')).toEqual([messages.text('delete_confirm')]);
      const replies = await user.say('explode');
      expect(replies).toEqual([messages.text('turn_error')]);
      expect(replies.join(' ')).not.toMatch(/secret-path|Error|at /);
      // The broken dialog was cleared: "yes" no longer deletes anything.
      expect(await user.say('yes')).not.toContain(messages.text('delete_done'));
      const metrics = await (await fetch(`${running.url}/metrics`)).text();
      expect(metrics).toMatch(/lymph_turn_errors_total\{channel="emulator"\} 1/);
    } finally {
      await running.close();
      await connector.stop();
    }
  });
});
