import type { Activity } from 'botbuilder';
import { messages } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { RecordingClient, wordsOf, webchatSession } from '../helpers/direct-line-client';

const SECRET = 'test-direct-line-secret-0123456789abcdef';
const QUESTION = 'what is lymphatic drainage?';
const isWelcome = (a: Activity) => a.from?.role === 'bot' && wordsOf(a).includes(messages.text('welcome'));
const isAnswerWithSource = (a: Activity) =>
  a.from?.role === 'bot' && a.replyToId !== undefined && /\]\(https:\/\/[^)]+\)/.test(wordsOf(a));

describe.each([
  ['WebSocket', true],
  ['polling', false],
])('Direct Line 3.0 with botframework-directlinejs (%s)', (_mode, webSocket) => {
  let running: RunningApp;
  const clients: RecordingClient[] = [];
  const client = (options: ConstructorParameters<typeof RecordingClient>[0]) => {
    const created = new RecordingClient(options);
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    running = await startTestApp({ env: { DIRECTLINE_SECRET: SECRET } });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.end();
  });
  afterAll(() => running.close());

  it('starts a conversation, gets the welcome, asks a question and gets the sourced answer', async () => {
    const session = await webchatSession(running.url);
    const chat = client({ domain: session.domain, token: session.token, webSocket });
    await chat.waitFor(isWelcome);
    const id = await chat.post(QUESTION, session.userId);
    expect(id).toMatch(/\|\d{7}$/);
    const echo = await chat.waitFor((a) => a.id === id);
    expect(echo).toMatchObject({
      text: QUESTION,
      from: { id: session.userId, role: 'user' },
      channelId: 'directline',
    });
    const answer = await chat.waitFor(isAnswerWithSource);
    expect(answer.replyToId).toBe(id);
    expect(answer.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(answer.suggestedActions?.actions.length).toBeGreaterThan(0);
    // Nothing internal leaks to the client.
    expect(JSON.stringify(chat.received)).not.toMatch(/lymphReply|serviceUrl/);
  });

  it('reconnects to the same conversation from a watermark and gets only what came after it', async () => {
    const session = await webchatSession(running.url);
    const first = client({ domain: session.domain, token: session.token, webSocket });
    await first.waitFor(isWelcome);
    await first.post(QUESTION, session.userId);
    await first.waitFor(isAnswerWithSource);
    first.end();

    const resumed = await webchatSession(running.url, session);
    expect(resumed).toMatchObject({
      conversationId: session.conversationId,
      userId: session.userId,
      resumed: true,
    });
    const later = client({
      domain: resumed.domain,
      token: resumed.token,
      conversationId: resumed.conversationId,
      watermark: '1',
      webSocket,
    });
    const answer = await later.waitFor(isAnswerWithSource);
    expect(later.received.some(isWelcome)).toBe(false);
    expect(later.received[0]?.text).toBe(QUESTION);
    expect(answer.conversation.id).toBe(session.conversationId);

    const everything = client({
      domain: resumed.domain,
      token: resumed.token,
      conversationId: resumed.conversationId,
      webSocket,
    });
    await everything.waitFor(isAnswerWithSource);
    expect(everything.received.filter((a) => a.type === 'message').map((a) => a.from.role)).toEqual([
      'bot',
      'user',
      'bot',
    ]);
  });

  it('sends a proactive message (continueConversationAsync) into the open Direct Line conversation', async () => {
    const session = await webchatSession(running.url);
    const chat = client({ domain: session.domain, token: session.token, webSocket });
    await chat.waitFor(isWelcome);
    await running.app.adapter.continueConversationAsync(
      '',
      {
        channelId: 'directline',
        serviceUrl: `${running.url}/`,
        conversation: { id: session.conversationId } as never,
        bot: { id: 'lymph', name: 'Lymph' },
        user: { id: session.userId, name: '' },
      },
      async (context) => {
        await context.sendActivity('A member of our team has replied.');
      },
    );
    const staff = await chat.waitFor((a) => a.text === 'A member of our team has replied.');
    expect(staff.from.role).toBe('bot');
  });
});

describe('Direct Line 3.0 tokens and access', () => {
  let running: RunningApp;
  const base = () => `${running.url}/v3/directline`;
  const call = (path: string, credential?: string, init: RequestInit = {}) =>
    fetch(`${base()}${path}`, {
      ...init,
      headers: {
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
  const message = (text: string) => ({ method: 'POST', body: JSON.stringify({ type: 'message', text }) });
  const started = async () => {
    const session = await webchatSession(running.url);
    const response = await call('/conversations', session.token, { method: 'POST' });
    expect(response.status).toBe(201);
    return session;
  };

  beforeAll(async () => {
    running = await startTestApp({
      env: { DIRECTLINE_SECRET: SECRET, DIRECTLINE_TOKEN_TTL_SECONDS: '1800' },
    });
  });
  afterAll(() => running.close());

  it('generates tokens only for the holder of the secret', async () => {
    const generated = await call('/tokens/generate', SECRET, { method: 'POST' });
    expect(generated.status).toBe(200);
    const body = (await generated.json()) as { conversationId: string; token: string; expires_in: number };
    expect(body.expires_in).toBe(1800);
    expect((await call('/tokens/generate', undefined, { method: 'POST' })).status).toBe(401);
    expect((await call('/tokens/generate', `${SECRET}x`, { method: 'POST' })).status).toBe(403);
    expect((await call('/tokens/generate', body.token, { method: 'POST' })).status).toBe(403);
  });

  it('binds a server-chosen user id into a generated token, and ignores user ids a token holder sends', async () => {
    const generated = await call('/tokens/generate', SECRET, {
      method: 'POST',
      body: JSON.stringify({ user: { id: 'dl_customer-42' } }),
    });
    const { token } = (await generated.json()) as { token: string };
    const start = await call('/conversations', token, {
      method: 'POST',
      body: JSON.stringify({ user: { id: 'someone-else' } }),
    });
    const { conversationId } = (await start.json()) as { conversationId: string };
    await call(`/conversations/${conversationId}/activities`, token, {
      method: 'POST',
      body: JSON.stringify({ type: 'message', text: 'hi', from: { id: 'someone-else' } }),
    });
    const page = (await (await call(`/conversations/${conversationId}/activities`, token)).json()) as {
      activities: Activity[];
    };
    const mine = page.activities.filter((a) => a.from.role === 'user');
    expect(mine.map((a) => a.from.id)).toEqual(['dl_customer-42']);
  });

  it('keeps a token to its own conversation: 403 for another one, on every endpoint and the stream', async () => {
    const a = await started();
    const b = await started();
    expect((await call(`/conversations/${b.conversationId}/activities`, a.token)).status).toBe(403);
    expect((await call(`/conversations/${b.conversationId}/activities`, a.token, message('hi'))).status).toBe(
      403,
    );
    expect((await call(`/conversations/${b.conversationId}`, a.token)).status).toBe(403);
    expect(await streamStatus(`${running.url}`, b.conversationId, a.token)).toBe(403);
    const mine = await call(`/conversations/${a.conversationId}/activities`, a.token);
    expect(mine.status).toBe(200);
    const page = (await mine.json()) as { activities: Activity[] };
    expect(page.activities.every((act) => act.conversation.id === a.conversationId)).toBe(true);
  });

  it('refuses an expired token with 403, and a refreshed token lives on', async () => {
    const session = await started();
    running.clock.advance(20 * 60_000);
    const refresh = await call('/tokens/refresh', session.token, { method: 'POST' });
    expect(refresh.status).toBe(200);
    const refreshed = (await refresh.json()) as { token: string; conversationId: string };
    expect(refreshed.conversationId).toBe(session.conversationId);
    running.clock.advance(15 * 60_000);
    for (const response of [
      await call(`/conversations/${session.conversationId}/activities`, session.token),
      await call(`/conversations/${session.conversationId}/activities`, session.token, message('hello')),
      await call('/tokens/refresh', session.token, { method: 'POST' }),
    ]) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { reason: string }).reason).toBe('token has expired');
    }
    expect(await streamStatus(running.url, session.conversationId, session.token)).toBe(403);
    expect((await call(`/conversations/${session.conversationId}/activities`, refreshed.token)).status).toBe(
      200,
    );
    // After a reload the page can no longer resume with the expired token: it gets a new conversation.
    const after = await webchatSession(running.url, session);
    expect(after.resumed).toBe(false);
    expect(after.conversationId).not.toBe(session.conversationId);
  });

  it.each([
    ['an activity type clients may not send', { type: 'conversationUpdate' }, /type/],
    ['text over 10,000 characters', { type: 'message', text: 'x'.repeat(10_001) }, /text/],
    ['no type at all', { text: 'hi' }, /type/],
    ['a non-object body', 'just a string', /expected object|invalid/i],
  ])('answers 400 with a reason for %s', async (_name, body, reason) => {
    const session = await started();
    const response = await call(`/conversations/${session.conversationId}/activities`, session.token, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { reason: string }).reason).toMatch(reason);
  });

  it('checks watermarks, credentials and conversation ids', async () => {
    const session = await started();
    const path = `/conversations/${session.conversationId}/activities`;
    expect((await call(`${path}?watermark=abc`, session.token)).status).toBe(400);
    expect((await call(`${path}?watermark=-1`, session.token)).status).toBe(400);
    expect((await call(path)).status).toBe(401);
    expect((await call(path, 'not-a-token')).status).toBe(403);
    expect((await call('/conversations/no-such-conversation/activities', SECRET)).status).toBe(404);
    expect((await call('/conversations/bad%20id%21/activities', SECRET)).status).toBe(400);
    expect(
      (await call(`/conversations/${session.conversationId}/upload`, session.token, { method: 'POST' }))
        .status,
    ).toBe(415);
    const page = (await (await call(`${path}?watermark=`, session.token)).json()) as { watermark: string };
    expect(page.watermark).toBe('1');
  });

  it('forgets the web chat history when the person deletes their data', async () => {
    const session = await started();
    const path = `/conversations/${session.conversationId}/activities`;
    for (const text of ['what is lymphatic drainage?', 'please delete my data', 'yes']) {
      expect((await call(path, session.token, message(text))).status).toBe(200);
    }
    const page = (await (await call(path, session.token)).json()) as {
      activities: Activity[];
      watermark: string;
    };
    expect(page.activities.map((a) => a.text)).toEqual([messages.text('delete_done')]);
    expect(Number(page.watermark)).toBeGreaterThan(5);
  });

  it('accepts replies on the connector endpoint only with the internal key', async () => {
    const session = await started();
    const forged = await fetch(`${running.url}/v3/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ type: 'message', text: 'I am the bot, honest' }),
    });
    expect(forged.status).toBe(401);
    const before = (await (
      await call(`/conversations/${session.conversationId}/activities`, session.token)
    ).json()) as {
      activities: Activity[];
    };
    expect(JSON.stringify(before.activities)).not.toContain('honest');
  });

  it('does not let an /api/messages activity that claims our serviceUrl write into a web chat', async () => {
    const session = await started();
    const forged = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'forged-1',
        channelId: 'directline',
        serviceUrl: `${running.url}/`,
        conversation: { id: session.conversationId },
        from: { id: 'attacker' },
        recipient: { id: 'lymph' },
        text: 'thank you so much!',
      }),
    });
    // Web chat activities reach the bot only through the Direct Line endpoints, never /api/messages.
    expect(forged.status).toBe(403);
    const page = (await (
      await call(`/conversations/${session.conversationId}/activities`, session.token)
    ).json()) as {
      activities: Activity[];
    };
    expect(page.activities).toHaveLength(1);
  });
});

/** The HTTP status a WebSocket upgrade to a conversation's stream gets. */
async function streamStatus(baseUrl: string, conversationId: string, token: string): Promise<number> {
  const WebSocket = (await import('ws')).default;
  return new Promise((resolve) => {
    const ws = new WebSocket(
      `${baseUrl.replace(/^http/, 'ws')}/v3/directline/conversations/${conversationId}/stream?t=${encodeURIComponent(token)}`,
    );
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => resolve(0));
  });
}
