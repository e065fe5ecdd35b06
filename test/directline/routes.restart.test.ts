import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { messages } from '../helpers/dialog-deps';
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
      await before.waitFor((a) => a.from.role === 'bot' && a.replyToId !== undefined);
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
      await chat.waitFor(() => history().length >= 3);
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
});
