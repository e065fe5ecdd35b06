import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadChannelContent } from '../../src/channels';
import { KNOWLEDGE_DIR, spa } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';

const words = loadChannelContent(KNOWLEDGE_DIR, spa).webchat;
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

function csp(response: Response): Record<string, string> {
  return Object.fromEntries(
    (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
}

describe('the website chat', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp({
      env: { WEBCHAT_ALLOWED_ORIGINS: 'https://www.willow-lymph.example,https://willow-lymph.example' },
    });
  });
  afterAll(() => running.close());

  describe('GET / (the demo page)', () => {
    it("shows the spa's own facts and words, and adds the chat with one script tag", async () => {
      const response = await fetch(`${running.url}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const page = await response.text();
      for (const text of [
        spa.name,
        spa.tagline,
        spa.address,
        spa.phone,
        words.pageTitle,
        words.pageIntro,
        words.hoursHeading,
      ]) {
        expect(page).toContain(html(text));
      }
      expect(page).toContain('<script src="/embed.js" defer></script>');
      // No inline script anywhere: every <script> has a src.
      expect(page.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    });

    it('sends a Content-Security-Policy that allows only this origin, and hardening headers', async () => {
      const response = await fetch(`${running.url}/`);
      expect(csp(response)).toMatchObject({
        'default-src': "'none'",
        'script-src': "'self'",
        'style-src': "'self'",
        'connect-src': "'self'",
        'frame-src': "'self'",
        'frame-ancestors': "'none'",
        'base-uri': "'none'",
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    });
  });

  describe('GET /embed.js', () => {
    it('is a script other sites may load, with the default words filled in', async () => {
      const response = await fetch(`${running.url}/embed.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      const script = await response.text();
      expect(script).not.toContain('/*LYMPH_DEFAULTS*/');
      for (const text of [words.launcherLabel, words.panelTitle, words.closeLabel, words.greeting]) {
        expect(script).toContain(JSON.stringify(text));
      }
      for (const attribute of ['data-color', 'data-position', 'data-greeting'])
        expect(script).toContain(attribute);
    });
  });

  describe('GET /webchat/webchat.js (the Web Chat bundle, served by us)', () => {
    it('is cacheable, revalidates with its ETag, and is gzipped for browsers that take it', async () => {
      const response = await fetch(`${running.url}/webchat/webchat.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      const etag = response.headers.get('etag')!;
      expect(etag).toMatch(/^".+"$/);
      expect((await response.text()).length).toBeGreaterThan(1_000_000);
      const again = await fetch(`${running.url}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const head = await fetch(`${running.url}/webchat/webchat.js`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(etag);
    });
  });

  describe('the chat frame\'s files (content-hashed, precompressed)', () => {
    const frameAssets = async () => {
      const page = await (await fetch(`${running.url}/webchat/frame`)).text();
      return [...page.matchAll(/(?:src|href)="(\/webchat\/[a-z]+\.[A-Za-z0-9]+\.(?:js|css))"/g)].map((m) => m[1]!);
    };

    it('are linked under URLs that carry their content hash, kept by browsers for a year', async () => {
      const paths = await frameAssets();
      expect(paths).toHaveLength(3);
      for (const asset of paths) {
        const response = await fetch(`${running.url}${asset}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
    });

    it('sends Brotli to browsers that take it, gzip to those that take only gzip, bytes to the rest', async () => {
      const bundle = (await frameAssets()).find((p) => p.startsWith('/webchat/webchat.'))!;
      const raw = (encoding: string) =>
        new Promise<{ encoding?: string; length: number }>((resolve, reject) => {
          http
            .get(`${running.url}${bundle}`, { headers: { 'accept-encoding': encoding } }, (res) => {
              let length = 0;
              res.on('data', (chunk: Buffer) => {
                length += chunk.length;
              });
              res.on('end', () => resolve({ encoding: res.headers['content-encoding'], length }));
            })
            .on('error', reject);
        });
      const brotli = await raw('gzip, deflate, br');
      const gzip = await raw('gzip');
      const plain = await raw('identity');
      expect([brotli.encoding, gzip.encoding, plain.encoding]).toEqual(['br', 'gzip', undefined]);
      expect(brotli.length).toBeLessThan(gzip.length);
      expect(gzip.length).toBeLessThan(plain.length / 3);
      expect((await raw('br;q=0, gzip')).encoding).toBe('gzip');
    });
  });

  describe('GET /webchat/allowed (asked by /embed.js before it shows the button)', () => {
    const allowed = async (origin?: string) =>
      (await (await fetch(`${running.url}/webchat/allowed`, { headers: origin ? { origin } : {} })).json()) as {
        allowed: boolean;
      };

    it('says yes to a site in WEBCHAT_ALLOWED_ORIGINS and to the page itself, no to any other site', async () => {
      expect(await allowed('https://www.willow-lymph.example')).toEqual({ allowed: true });
      expect(await allowed()).toEqual({ allowed: true });
      expect(await allowed(running.url)).toEqual({ allowed: true });
      expect(await allowed('https://elsewhere.example')).toEqual({ allowed: false });
    });

    it('may be read by any site (CORS)', async () => {
      const response = await fetch(`${running.url}/webchat/allowed`, { headers: { origin: 'https://elsewhere.example' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  describe('GET /webchat/frame (inside the widget)', () => {
    it('may be framed only by this origin and the configured sites, and allows its own WebSocket', async () => {
      const response = await fetch(`${running.url}/webchat/frame`);
      const policy = csp(response);
      expect(policy['frame-ancestors']).toBe(
        "'self' https://www.willow-lymph.example https://willow-lymph.example",
      );
      expect(policy['script-src']).toBe("'self'");
      expect(policy['style-src']).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]+' 'unsafe-hashes' 'sha256-[^']+'$/);
      expect(policy['connect-src']).toBe(`'self' ${running.url.replace('http', 'ws')}`);
    });

    it('takes a colour from the page only when it is a colour, with readable text on it', async () => {
      const settings = async (accent: string) => {
        const page = await (
          await fetch(`${running.url}/webchat/frame?accent=${encodeURIComponent(accent)}`)
        ).text();
        return JSON.parse(
          /<script type="application\/json" id="webchat-settings">(.*?)<\/script>/s.exec(page)![1]!,
        );
      };
      expect(await settings('#ffe066')).toMatchObject({ accent: '#ffe066', accentText: '#1a1a1a' });
      expect(await settings('#1d3557')).toMatchObject({ accent: '#1d3557', accentText: '#ffffff' });
      expect((await settings('red;}</script><script>alert(1)')).accent).toBe('#2E6B5E');
    });
  });

  describe('POST /api/webchat/token', () => {
    const token = (body: unknown) =>
      fetch(`${running.url}/api/webchat/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('gives a token for a new conversation on our own Direct Line, never the secret', async () => {
      const response = await token({});
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const session = (await response.json()) as Record<string, unknown>;
      expect(session).toMatchObject({ domain: `${running.url}/v3/directline`, resumed: false });
      expect(Object.keys(session).sort()).toEqual(['conversationId', 'domain', 'resumed', 'token', 'userId']);
    });

    it('starts afresh when the token presented is not for the conversation named', async () => {
      const a = (await (await token({})).json()) as { conversationId: string; token: string };
      const b = (await (await token({})).json()) as { conversationId: string; token: string };
      const mixed = (await (await token({ conversationId: b.conversationId, token: a.token })).json()) as {
        resumed: boolean;
        conversationId: string;
      };
      expect(mixed.resumed).toBe(false);
      expect([a.conversationId, b.conversationId]).not.toContain(mixed.conversationId);
    });

    it.each([[{ secret: 'x' }], [{ token: 42 }], [['a']]])('answers 400 to %j', async (body) => {
      const response = await token(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { reason: string }).reason).toBeTruthy();
    });
  });
});

describe('the website chat with Azure Direct Line (AZURE_DIRECTLINE_SECRET)', () => {
  const AZURE_SECRET = 'azure-direct-line-secret';
  const calls: Array<{ path: string; authorization?: string; body: string }> = [];
  let failing = false;
  let fakeAzure: http.Server;
  let azureUrl: string;
  let running: RunningApp;

  beforeAll(async () => {
    fakeAzure = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        calls.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
        if (failing) {
          res.writeHead(500);
          res.end();
          return;
        }
        const refreshing = req.url === '/v3/directline/tokens/refresh';
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            conversationId: refreshing ? 'azure-conv-1' : `azure-conv-${calls.length}`,
            token: `azure-token-${calls.length}`,
            expires_in: 1800,
          }),
        );
      });
    });
    await new Promise<void>((resolve) => fakeAzure.listen(0, '127.0.0.1', resolve));
    azureUrl = `http://127.0.0.1:${(fakeAzure.address() as AddressInfo).port}`;
    running = await startTestApp({
      env: { AZURE_DIRECTLINE_SECRET: AZURE_SECRET, AZURE_DIRECTLINE_ENDPOINT: azureUrl },
    });
  });
  afterAll(async () => {
    await running.close();
    await new Promise<void>((resolve) => fakeAzure.close(() => resolve()));
  });
  beforeEach(() => {
    calls.length = 0;
    failing = false;
  });

  const token = (body: unknown) =>
    fetch(`${running.url}/api/webchat/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it("exchanges the secret for a token server-side and points the page at Azure's Direct Line", async () => {
    const session = (await (await token({})).json()) as Record<string, unknown>;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      path: '/v3/directline/tokens/generate',
      authorization: `Bearer ${AZURE_SECRET}`,
    });
    expect(JSON.parse(calls[0]!.body).user.id).toMatch(/^dl_/);
    expect(session).toMatchObject({
      domain: `${azureUrl}/v3/directline`,
      conversationId: 'azure-conv-1',
      resumed: false,
    });
    expect(JSON.stringify(session)).not.toContain(AZURE_SECRET);
  });

  it('refreshes the token of the conversation the page had, after a reload', async () => {
    const session = (await (
      await token({ conversationId: 'azure-conv-1', token: 'azure-token-old' })
    ).json()) as Record<string, unknown>;
    expect(calls).toEqual([
      { path: '/v3/directline/tokens/refresh', authorization: 'Bearer azure-token-old', body: '' },
    ]);
    expect(session).toMatchObject({ conversationId: 'azure-conv-1', resumed: true });
  });

  it('answers 502 with a reason when Azure fails, and says nothing of the secret', async () => {
    failing = true;
    const response = await token({});
    expect(response.status).toBe(502);
    const body = await response.text();
    expect(body).toContain('not reachable');
    expect(body).not.toContain(AZURE_SECRET);
  });

  it("lets the chat frame connect to Azure's Direct Line", async () => {
    const policy = csp(await fetch(`${running.url}/webchat/frame`));
    expect(policy['connect-src']).toContain(azureUrl);
    expect(policy['connect-src']).toContain(azureUrl.replace('http', 'ws'));
  });
});
