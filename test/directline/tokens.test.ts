import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { loadOrCreateSecret, SECRET_FILE_NAME } from '../../src/storage/directline-secret';
import { DirectLineTokens } from '../../src/directline/tokens';

const SECRET = 'a-direct-line-secret-of-at-least-32-chars';

describe('Direct Line tokens', () => {
  const clock = new FixedClock(new Date('2026-11-24T10:00:00Z'));
  const tokens = new DirectLineTokens(SECRET, clock, 1800);

  it('binds a token to one conversation and one user', () => {
    const { token, expiresIn } = tokens.issue('conv-1', 'user-1');
    expect(expiresIn).toBe(1800);
    expect(tokens.verify(token)).toEqual({
      ok: true,
      claims: { conversationId: 'conv-1', userId: 'user-1', expiresAt: new Date('2026-11-24T10:30:00Z') },
    });
  });

  it('expires after its lifetime', () => {
    const local = new FixedClock(new Date('2026-11-24T10:00:00Z'));
    const issuer = new DirectLineTokens(SECRET, local, 60);
    const { token } = issuer.issue('c', 'u');
    local.advance(59_999);
    expect(issuer.verify(token).ok).toBe(true);
    local.advance(1);
    expect(issuer.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    [
      'an edited conversation id',
      (t: string) =>
        t.replace(
          /^dl1\.[^.]+/,
          `dl1.${Buffer.from('{"c":"other","u":"u","e":9e15}').toString('base64url')}`,
        ),
    ],
    ['a changed signature', (t: string) => `${t.slice(0, -2)}xx`],
    [
      'another secret',
      () => new DirectLineTokens(`${SECRET}-other`, clock, 1800).issue('conv-1', 'user-1').token,
    ],
    ['garbage', () => 'not-a-token'],
    ['an empty string', () => ''],
  ])('refuses %s', (_name, tamper) => {
    const { token } = tokens.issue('conv-1', 'user-1');
    expect(tokens.verify(tamper(token))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('tells the secret and the connector key apart from tokens, and neither is the other', () => {
    expect(tokens.isSecret(SECRET)).toBe(true);
    expect(tokens.isSecret(`${SECRET} `)).toBe(false);
    expect(tokens.connectorKey).not.toContain(SECRET);
    expect(tokens.isConnectorKey(tokens.connectorKey)).toBe(true);
    expect(tokens.isConnectorKey(SECRET)).toBe(false);
  });
});

describe('the generated Direct Line secret', () => {
  it('is created once under DATA_DIR, readable only by its owner, and reused after a restart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lymph-secret-'));
    try {
      const first = loadOrCreateSecret(dir);
      const file = path.join(dir, SECRET_FILE_NAME);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(file, 'utf8').trim()).toBe(first);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(loadOrCreateSecret(dir)).toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
