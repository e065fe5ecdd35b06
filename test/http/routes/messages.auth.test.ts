import { generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messages } from '../../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../../helpers/test-app';

/**
 * Bot Framework JWT authentication on /api/messages, end to end through botframework-connector: the app
 * has a MicrosoftAppId and reads the channel signing keys from an OpenID metadata document served here,
 * on this machine (ToBotFromChannelOpenIdMetadataUrl), with keys generated for the test. Nothing reaches
 * the network; the replies come back in the response (deliveryMode expectReplies), so none is posted out.
 */
const APP_ID = '00000000-0000-4000-8000-0000000000aa';
const OTHER_APP_ID = '00000000-0000-4000-8000-0000000000bb';
/** The issuer botframework-connector expects on channel tokens in the public cloud. */
const CHANNEL_ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'https://smba.example.test/';
const KEY_ID = 'local-signing-key';
const CHANNEL = 'slack';

const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

function jwt(claims: Record<string, unknown>, key: KeyObject, kid = KEY_ID): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${signed}.${sign('RSA-SHA256', Buffer.from(signed), key).toString('base64url')}`;
}

/** What Azure Bot Service puts in a channel's token, valid for an hour from now. */
function channelClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: SERVICE_URL,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
    ...overrides,
  };
}

function message(text: string) {
  return {
    type: 'message',
    id: `m-${text.length}`,
    channelId: CHANNEL,
    serviceUrl: SERVICE_URL,
    deliveryMode: 'expectReplies',
    conversation: { id: 'auth-conversation' },
    from: { id: 'person-1' },
    recipient: { id: APP_ID },
    text,
  };
}

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.text()) || '{}' };
}

/** The OpenID metadata document and the key set it points to, as login.botframework.com publishes them. */
function startMetadataServer(): Promise<{ server: Server; url: string }> {
  const jwk = channelKey.publicKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(
        JSON.stringify({
          issuer: CHANNEL_ISSUER,
          jwks_uri: `${base}/v1/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/v1/keys') {
      res.end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e, endorsements: [CHANNEL] }],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`,
      }),
    ),
  );
}

describe('/api/messages with an app id: Bot Framework tokens checked against the channel keys', () => {
  let metadata: { server: Server; url: string };
  let running: RunningApp;

  beforeAll(async () => {
    metadata = await startMetadataServer();
    running = await startTestApp({
      env: {
        MicrosoftAppId: APP_ID,
        // Never used to sign anything here: made up per run, so no password-like value lives in the repo.
        MicrosoftAppPassword: randomBytes(16).toString('hex'),
        ToBotFromChannelOpenIdMetadataUrl: metadata.url,
      },
    });
  });
  afterAll(async () => {
    await running.close();
    await new Promise((resolve) => metadata.server.close(resolve));
  });

  it('answers a request with a valid channel token: 200 and the reply', async () => {
    const response = await post(running.url, message('hi'), jwt(channelClaims(), channelKey.privateKey));
    expect(response.status).toBe(200);
    const { activities } = JSON.parse(response.body) as { activities: { type: string; text?: string }[] };
    // A greeting is answered with the greeting from messages.yaml, in the response, for this conversation.
    const replies = activities.filter((activity) => activity.type === 'message');
    expect(replies.map((reply) => reply.text)).toEqual([messages.text('welcome_back')]);
  });

  it('refuses a request without a token (401)', async () => {
    const response = await post(running.url, message('hi'));
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: 401, reason: 'missing Bot Framework token' });
  });

  it.each([
    [
      'signed with a key the channel never published (forged)',
      () => jwt(channelClaims(), strangerKey.privateKey),
    ],
    [
      'meant for another bot (wrong audience)',
      () => jwt(channelClaims({ aud: OTHER_APP_ID }), channelKey.privateKey),
    ],
    [
      'that expired an hour ago',
      () => {
        const now = Math.floor(Date.now() / 1000);
        return jwt(
          channelClaims({ iat: now - 7200, nbf: now - 7200, exp: now - 3600 }),
          channelKey.privateKey,
        );
      },
    ],
    [
      'from another issuer',
      () => jwt(channelClaims({ iss: 'https://issuer.example.test' }), channelKey.privateKey),
    ],
    [
      'for another serviceUrl than the activity names',
      () => jwt(channelClaims({ serviceurl: 'https://elsewhere.example.test/' }), channelKey.privateKey),
    ],
  ])('refuses a token %s (401), with no detail and no reply', async (_case, token) => {
    const response = await post(running.url, message('hi'), token());
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({
      error: 401,
      reason: 'the Bot Framework token could not be verified',
    });
  });
});
