import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { localRecognizer, messages } from '../helpers/dialog-deps';
import { startTestApp } from '../helpers/test-app';
import { RecordingClient, wordsOf, webchatSession } from '../helpers/direct-line-client';

describe('the web chat across a bot restart (SQLite, generated secret)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-restart-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resumes the conversation with its history, its token and its dialog state', async () => {
    const env = { STORAGE: 'sqlite', DATA_DIR: dataDir };
    const first = await startTestApp({ env });
    const session = await webchatSession(first.url);
    const before = new RecordingClient({ domain: session.domain, token: session.token, webSocket: true });
    try {
      await before.waitFor((a) => wordsOf(a).includes(messages.text('welcome')));
      await before.post('what is lymphatic drainage?', session.userId);
      // The answer itself, not any reply: the welcome card answers the conversation's start and is already here.
      await before.answerTo('what is lymphatic drainage?');
    } finally {
      before.end();
      await first.close();
    }

    const second = await startTestApp({ env });
    let client: RecordingClient | undefined;
    try {
      const resumed = await webchatSession(second.url, session);
      expect(resumed).toMatchObject({ resumed: true, conversationId: session.conversationId });
      client = new RecordingClient({
        domain: resumed.domain,
        token: resumed.token,
        conversationId: resumed.conversationId,
        webSocket: true,
      });
      const chat = client;
      const history = (): Activity[] => chat.received.filter((a) => a.type === 'message');
      await chat.waitFor(() => history().length >= 3, 30_000);
      expect(history().map((a) => a.from.role)).toEqual(['bot', 'user', 'bot']);
      expect(history()[1]?.text).toBe('what is lymphatic drainage?');
      // "Tell me more" refers to the article answered before the restart: the dialog state survived too.
      await chat.post(messages.text('kb_tell_me_more'), session.userId);
      const more = await chat.waitFor((a) => a.from.role === 'bot' && history().indexOf(a) >= 4);
      expect(wordsOf(more)).not.toContain(messages.text('fallback'));
      expect(wordsOf(more)).not.toContain(messages.text('kb_nothing_more'));
    } finally {
      client?.end();
      await second.close();
    }
  });

  it('finishes a turn whose client stopped waiting before it shuts down: the answer and the dialog state survive', async () => {
    const question = 'what is lymphatic drainage?';
    const env = { STORAGE: 'sqlite', DATA_DIR: mkdtempSync(path.join(dataDir, 'held-')) };
    const local = await localRecognizer();
    let turnStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      turnStarted = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Understanding this question waits until the test lets it go: the turn is still running at shutdown.
    const held = {
      recognize: async (text: string) => {
        if (text === question) {
          turnStarted();
          await released;
        }
        return local.recognize(text);
      },
    };
    const first = await startTestApp({ env, overrides: { recognizer: held } });
    const session = await webchatSession(first.url);
    const headers = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
    const conversation = await fetch(`${session.domain}/conversations`, { method: 'POST', headers });
    expect(conversation.status).toBe(201);
    // The web page gives up on its POST (as directlinejs does after its request timeout) mid-turn.
    const giveUp = new AbortController();
    const posting = fetch(`${session.domain}/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'message', from: { id: session.userId }, text: question }),
      signal: giveUp.signal,
    }).catch(() => undefined);
    await started;
    giveUp.abort();
    await posting;
    const closing = first.close();
    // Let the turn go once shutdown has begun (the old shutdown had closed storage by then).
    setTimeout(release, 300);
    await closing;

    const second = await startTestApp({ env });
    let client: RecordingClient | undefined;
    try {
      const resumed = await webchatSession(second.url, session);
      client = new RecordingClient({
        domain: resumed.domain,
        token: resumed.token,
        conversationId: resumed.conversationId,
        webSocket: true,
      });
      const answer = await client.answerTo(question);
      expect(wordsOf(answer)).not.toContain(messages.text('turn_error'));
      expect(wordsOf(answer)).toMatch(/lymph/i);
      await client.post(messages.text('kb_tell_me_more'), session.userId);
      const more = await client.answerTo(messages.text('kb_tell_me_more'));
      expect(wordsOf(more)).not.toContain(messages.text('fallback'));
      expect(wordsOf(more)).not.toContain(messages.text('kb_nothing_more'));
    } finally {
      client?.end();
      await second.close();
    }
  });
});
