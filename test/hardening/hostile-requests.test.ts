import { readdirSync } from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { type ServerProcess, startServerProcess } from '../helpers/spawn-server';

/**
 * Hostile and malformed requests against a real Lymph process (its own TMPDIR and SQLite file): nothing
 * may answer 5xx, end the process, leave a file in TMPDIR or let memory run away.
 */

const MAX_BODY_BYTES = 64 * 1024;
/**
 * How much the process may grow over what it holds once started. Measured against its own start, not a fixed
 * ceiling, because the start-up models grow with their training sets (about 440 MB in round 30); a gzip bomb let
 * through would decode 40 MB per request, 320 MB for the eight sent at once, while the fuzzing grows it by a few MB.
 */
const RSS_GROWTH_LIMIT_BYTES = 150 * 1024 * 1024;

interface Reply {
  status: number;
  body: string;
}

/** One raw HTTP request: any header, any bytes, nothing normalised by a client library. */
function send(
  url: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}${options.path}`,
      { method: options.method, headers: { ...options.headers, connection: 'close' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    // The server may answer (413, 415) and close before the whole upload is written; that is its right.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: -1, body: '' });
      else reject(error);
    });
    request.end(options.body);
  });
}

function nested(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

function activity(fields: Record<string, unknown>): Buffer {
  return Buffer.from(
    JSON.stringify({
      type: 'message',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id: 'fuzz-conversation' },
      from: { id: 'fuzz-user' },
      recipient: { id: 'lymph' },
      text: 'hello',
      ...fields,
    }),
  );
}

function multipart(size: number): { body: Buffer; contentType: string } {
  const boundary = 'lymphfuzzboundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="letter.pdf"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.alloc(size, 7),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const ROUTES: ReadonlyArray<{ method: string; path: string }> = [
  { method: 'POST', path: '/api/messages' },
  { method: 'POST', path: '/api/webchat/token' },
  { method: 'POST', path: '/v3/directline/tokens/generate' },
  { method: 'POST', path: '/v3/directline/tokens/refresh' },
  { method: 'POST', path: '/v3/directline/conversations' },
  { method: 'POST', path: '/v3/directline/conversations/CONV/activities' },
  { method: 'POST', path: '/v3/directline/conversations/CONV/upload' },
  { method: 'GET', path: '/v3/directline/conversations/CONV' },
  { method: 'GET', path: '/v3/directline/conversations/CONV/activities?watermark=x' },
  { method: 'POST', path: '/v3/conversations/CONV/activities' },
  { method: 'POST', path: '/v3/conversations/CONV/activities/act-1' },
  { method: 'POST', path: '/staff/login' },
  { method: 'POST', path: '/staff/logout' },
  { method: 'GET', path: '/staff/api/me' },
  { method: 'GET', path: '/staff/api/tickets?status=open,bogus' },
  { method: 'GET', path: '/staff/api/tickets/T1' },
  { method: 'POST', path: '/staff/api/tickets/T1/claim' },
  { method: 'POST', path: '/staff/api/tickets/T1/messages' },
  { method: 'POST', path: '/staff/api/tickets/T1/close' },
  { method: 'GET', path: '/staff/api/bookings' },
  { method: 'GET', path: '/book/mld-60?ref=%E0%A4%A' },
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/readyz' },
  { method: 'GET', path: '/webchat/frame' },
  { method: 'PUT', path: '/api/messages' },
  { method: 'DELETE', path: '/staff/api/tickets/T1' },
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/activity+json',
  'text/csv',
  'text/plain',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=lymphfuzzboundary',
  'multipart/mixed',
  'application/octet-stream',
  ';;;',
  'json',
  '',
];

const ENCODINGS = ['identity', 'gzip', 'x-gzip', 'deflate', 'br', 'compress', 'gzip, gzip', 'GZIP', ''];

type BodyKind =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'json'; value: unknown }
  | { kind: 'activity'; fields: Record<string, unknown> }
  | { kind: 'deep'; depth: number }
  | { kind: 'multipart'; size: number }
  | { kind: 'csv'; rows: string[] }
  | { kind: 'bomb' }
  | { kind: 'oversized' }
  | { kind: 'empty' };

const bodyKind: fc.Arbitrary<BodyKind> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 600 }) }),
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 6 }) }),
  fc.record({
    kind: fc.constant('activity' as const),
    fields: fc.dictionary(
      fc.constantFrom('type', 'channelId', 'text', 'conversation', 'from', 'serviceUrl', 'value', 'name', 'entities'),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }), fc.constant('invoke')),
    ),
  }),
  fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 30, max: 6000 }) }),
  fc.record({ kind: fc.constant('multipart' as const), size: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant('csv' as const), rows: fc.array(fc.string(), { maxLength: 5 }) }),
  fc.constant({ kind: 'bomb' as const }),
  fc.constant({ kind: 'oversized' as const }),
  fc.constant({ kind: 'empty' as const }),
);

const BOMB = zlib.gzipSync(Buffer.alloc(40 * 1024 * 1024));

function bytesOf(body: BodyKind): Buffer {
  switch (body.kind) {
    case 'bytes':
      return Buffer.from(body.bytes);
    case 'json':
      return Buffer.from(JSON.stringify(body.value) ?? 'null');
    case 'activity':
      return activity(body.fields);
    case 'deep':
      return Buffer.from(nested(body.depth));
    case 'multipart':
      return multipart(body.size).body;
    case 'csv':
      return Buffer.from(body.rows.map((row) => `${row},my calf hurts`).join('\n'));
    case 'bomb':
      return BOMB;
    case 'oversized':
      return Buffer.alloc(MAX_BODY_BYTES * 3, 0x20);
    case 'empty':
      return Buffer.alloc(0);
  }
}

/** Encodes for real, corrupts, or truncates, so the declared encoding sometimes lies. */
function encodeAs(bytes: Buffer, encoding: string, how: 'honest' | 'lie' | 'truncate', isBomb: boolean): Buffer {
  if (isBomb || how === 'lie') return bytes;
  const compress: Record<string, (b: Buffer) => Buffer> = {
    gzip: zlib.gzipSync,
    'x-gzip': zlib.gzipSync,
    GZIP: zlib.gzipSync,
    deflate: zlib.deflateSync,
    br: zlib.brotliCompressSync,
  };
  const encoder = compress[encoding];
  if (!encoder) return bytes;
  const encoded = encoder(bytes);
  return how === 'truncate' ? encoded.subarray(0, Math.max(1, Math.floor(encoded.length / 2))) : encoded;
}

describe('hostile and malformed requests', () => {
  let server: ServerProcess;
  let startedRssBytes = 0;
  let webchatToken = '';
  let webchatConversation = 'none';

  beforeAll(async () => {
    server = await startServerProcess({ MAX_BODY_BYTES: String(MAX_BODY_BYTES), STAFF_API_TOKEN: 'fuzz-staff-token-0123456789-abcdefghijklmnop' });
    const started = await send(server.url, {
      method: 'POST',
      path: '/api/webchat/token',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{}'),
    });
    const session = JSON.parse(started.body) as { token: string; conversationId: string };
    webchatToken = session.token;
    webchatConversation = session.conversationId;
    startedRssBytes = server.rssBytes();
  }, 120_000);

  afterAll(() => server?.stop());

  it('survives the request that used to end the process (gzip header, body not gzip) with a 400', async () => {
    const reply = await send(server.url, {
      method: 'POST',
      path: '/api/webchat/token',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: Buffer.from('{}'),
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ error: 400, reason: 'the request body is not valid gzip data' });
    expect((await send(server.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });

  it('refuses a 20 MB multipart upload with 415 and writes nothing to TMPDIR', async () => {
    const upload = multipart(20 * 1024 * 1024);
    const reply = await send(server.url, {
      method: 'POST',
      path: '/api/webchat/token',
      headers: { 'content-type': upload.contentType },
      body: upload.body,
    });
    expect([415, -1]).toContain(reply.status);
    expect(readdirSync(server.tmpDir)).toEqual([]);
  });

  it('stops eight gzip bombs at once at the decoded-size limit (413) with memory bounded', async () => {
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        send(server.url, {
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: BOMB,
        }),
      ),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(8).fill(413));
    expect(server.rssBytes() - startedRssBytes).toBeLessThan(RSS_GROWTH_LIMIT_BYTES);
  });

  it('answers an activity nested 5,000 levels deep with 400 and no internal text', async () => {
    const reply = await send(server.url, {
      method: 'POST',
      path: '/v3/directline/conversations/x/activities',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${webchatToken}` },
      body: Buffer.from(nested(5000)),
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ error: 400, reason: 'request body is nested more than 32 levels deep' });
  });

  it('answers a text/csv body with 415 and does not echo it', async () => {
    const reply = await send(server.url, {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'text/csv' },
      body: Buffer.from('name,symptom\nAnna,my calf hurts'),
    });
    expect(reply.status).toBe(415);
    expect(reply.body).not.toMatch(/calf|Anna/);
  });

  it('keeps serving after a route throws, a timer throws and a promise rejects unhandled', async () => {
    expect((await send(server.url, { method: 'GET', path: '/test/crash/handler' })).status).toBe(500);
    expect((await send(server.url, { method: 'GET', path: '/test/crash/timer' })).status).toBe(200);
    expect((await send(server.url, { method: 'GET', path: '/test/crash/rejection' })).status).toBe(200);
    // Another full request round trip after both: the timer and the rejection have fired by now.
    expect((await send(server.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
    expect((await send(server.url, { method: 'GET', path: '/readyz' })).status).toBe(200);
    expect(server.exited()).toBe(false);
  });

  it('answers 600 fuzzed requests across every route without a 5xx, a crash or a leftover file', async () => {
    const statuses: number[] = [];
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
        fc.option(fc.constantFrom(...ENCODINGS), { nil: undefined }),
        fc.constantFrom('honest' as const, 'lie' as const, 'truncate' as const),
        bodyKind,
        fc.constantFrom('none', 'webchat', 'staff', 'forged'),
        async (route, contentType, encoding, how, body, auth) => {
          const headers: Record<string, string> = {};
          if (contentType !== undefined) headers['content-type'] = contentType;
          if (encoding !== undefined) headers['content-encoding'] = encoding;
          if (auth === 'webchat') headers.authorization = `Bearer ${webchatToken}`;
          if (auth === 'staff') headers.authorization = 'Bearer fuzz-staff-token-0123456789-abcdefghijklmnop';
          if (auth === 'forged') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
          const bytes = encodeAs(bytesOf(body), encoding ?? 'identity', how, body.kind === 'bomb');
          const reply = await send(server.url, {
            method: route.method,
            path: route.path.replace('CONV', webchatConversation),
            headers,
            body: route.method === 'GET' ? undefined : bytes,
          });
          statuses.push(reply.status);
          if (reply.status >= 500) failures.push(`${route.method} ${route.path} ${body.kind} → ${reply.status} ${reply.body}`);
          return reply.status < 500 && !server.exited();
        },
      ),
      { numRuns: 600, seed: 15 },
    );
    expect(failures).toEqual([]);
    expect(statuses).toHaveLength(600);
    expect(server.exited()).toBe(false);
    expect(readdirSync(server.tmpDir)).toEqual([]);
    expect(server.rssBytes() - startedRssBytes).toBeLessThan(RSS_GROWTH_LIMIT_BYTES);
    expect((await send(server.url, { method: 'GET', path: '/healthz' })).status).toBe(200);
  }, 240_000);
});
