import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { ConfigError } from '../../src/errors';
import { loadConfig } from '../../src/config';
import { hashPassword } from '../../src/staff/passwords';
import { MemoryStaffAccounts } from '../../src/storage/memory-staff-accounts';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { REPO_ROOT, type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, OPEN_NOW, openClock, StaffApi } from '../helpers/staff-api';

function activity(fields: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: 'a-1',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: 'someone-else' },
    from: { id: 'someone' },
    recipient: { id: 'lymph' },
    text: 'hello',
    ...fields,
  };
}

async function postMessage(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('/api/messages without an app id: closed to all but this machine', () => {
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

  it('refuses a request that came through a proxy (401), and a forged web chat activity (403)', async () => {
    const proxied = await postMessage(running.url, activity({ serviceUrl: connector.url }), { 'x-forwarded-for': '203.0.113.9' });
    expect(proxied.status).toBe(401);
    const forged = await postMessage(running.url, activity({ channelId: 'directline', serviceUrl: connector.url }));
    expect(forged.status).toBe(403);
    expect(connector.messagesTo('someone-else')).toEqual([]);
  });

  it('serves the Emulator on loopback', async () => {
    const user = new EmulatorUser(running.url, connector);
    expect(await user.say('hi')).not.toEqual([]);
  });

  it('answers an invoke it has no handler for with 200, not 501', async () => {
    const user = new EmulatorUser(running.url, connector);
    const reply = await postMessage(
      running.url,
      activity({ type: 'invoke', name: 'composeExtension/unknownThing', conversation: { id: user.conversationId }, serviceUrl: connector.url }),
    );
    expect(reply.text).toBe('{}');
    expect(reply.status).toBe(200);
  });
});

describe('/api/messages with an app id', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp({
      env: {
        MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
        // Never used to sign anything here: made up per run, so no password-like value lives in the repo.
        MicrosoftAppPassword: randomBytes(16).toString('hex'),
        // Nothing listens here: the keys cannot be fetched, and the test never reaches the network.
        // test/http/routes/messages.auth.test.ts serves real keys locally for the valid and invalid tokens.
        ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/v1/.well-known/openidconfiguration',
      },
    });
  });
  afterAll(() => running.close());

  it('answers 401 without a token, and when the signing keys cannot be fetched, with no detail', async () => {
    expect((await postMessage(running.url, activity())).status).toBe(401);
    const forged = await postMessage(running.url, activity(), {
      authorization:
        'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImZvcmdlZCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIn0.c2lnbmF0dXJl',
    });
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.text)).toEqual({ error: 401, reason: 'the Bot Framework token could not be verified' });
  });
});

describe('hosts and PUBLIC_URL', () => {
  it('refuses to start in production without PUBLIC_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, REPO_ROOT)).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' }, REPO_ROOT)).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://chat.example.com' }, REPO_ROOT).production).toBe(true);
  });

  it('never echoes a Host header that is not on the allow-list into the web chat session', async () => {
    const running = await startTestApp({ env: { ALLOWED_HOSTS: 'chat.internal:3978' } });
    try {
      const session = async (host: string) => {
        const { port } = new URL(running.url);
        return new Promise<{ domain: string }>((resolve, reject) => {
          // fetch does not let a caller set Host; node:http does.
          const request = http.request(
            { host: '127.0.0.1', port, path: '/api/webchat/token', method: 'POST', headers: { host, 'content-type': 'application/json' } },
            (response) => {
              let body = '';
              response.on('data', (chunk: Buffer) => {
                body += chunk.toString();
              });
              response.on('end', () => resolve(JSON.parse(body)));
            },
          );
          request.on('error', reject);
          request.end('{}');
        });
      };
      expect((await session('evil.example')).domain).not.toContain('evil.example');
      expect((await session('chat.internal:3978')).domain).toBe('http://chat.internal:3978/v3/directline');
    } finally {
      await running.close();
    }
  });
});

describe('staff sign-in limits', () => {
  const PASSWORD = 'a long staff password';
  let running: RunningApp;
  // A fresh app per test: one test's failed sign-ins must not count against the next.
  beforeEach(async () => {
    const accounts = new MemoryStaffAccounts();
    await accounts.add({ name: 'frank', role: 'front_desk', passwordHash: await hashPassword(PASSWORD), createdAt: OPEN_NOW });
    running = await startTestApp({ clock: openClock(), env: { TRUSTED_PROXIES: '127.0.0.1' }, overrides: { staffAccounts: accounts } });
  });
  afterEach(() => running.close());

  const login = (password: string, from: string) =>
    fetch(`${running.url}/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ name: 'frank', password }),
    }).then((response) => response.status);

  it('stops guesses spread over many addresses, without locking the staff member out at their usual desk', async () => {
    expect(await login(PASSWORD, '198.51.100.1')).toBe(200);
    const guesses: number[] = [];
    for (let i = 0; i < 10; i++) guesses.push(await login('guess', `203.0.113.${i + 1}`));
    expect(guesses).toEqual(Array(10).fill(401));
    // The 11th guess, from yet another address, is refused before the password is checked.
    expect(await login(PASSWORD, '203.0.113.200')).toBe(429);
    // Frank, from the desk he signed in from before, still gets in.
    expect(await login(PASSWORD, '198.51.100.1')).toBe(200);
  });

  it('counts failures per real client behind the trusted proxy, not per proxy', async () => {
    for (let i = 0; i < 20; i++) await login(`wrong-${i}`, '192.0.2.77');
    expect(await login(PASSWORD, '192.0.2.77')).toBe(429);
    expect(await login(PASSWORD, '198.51.100.1')).toBe(200);
  });
});

describe('staff replies in the person’s chat', () => {
  it('are sent as plain text: HTML and Markdown are shown as typed', async () => {
    const connector = new LocalConnector();
    await connector.start();
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const user = new EmulatorUser(running.url, connector);
      await user.say('hi');
      await user.say('can i talk to a real person please');
      const staff = new StaffApi(running.url);
      const [ticket] = await staff.openTickets();
      await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
      const typed = '<img src=x onerror=alert(1)> **bold** [link](https://evil.example)';
      expect((await staff.call('POST', `/staff/api/tickets/${ticket.id}/messages`, { text: typed })).status).toBe(201);
      const sent = connector.messagesTo(user.conversationId).at(-1)!;
      expect(sent).toMatchObject({
        text: messages.text('handoff_staff_says', { name: 'Ana', text: typed }),
        textFormat: 'plain',
      });
    } finally {
      await running.close();
      await connector.stop();
    }
  });
});
