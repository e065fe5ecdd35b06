import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../clock';

const PREFIX = 'dl1';

const ClaimsSchema = z.object({ c: z.string().min(1), u: z.string().min(1), e: z.number().int() });

/** What a Direct Line token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  expiresAt: Date;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'invalid' | 'expired' };

export interface IssuedToken {
  token: string;
  /** Seconds, as Direct Line's `expires_in`. */
  expiresIn: number;
}

/**
 * Direct Line tokens: `dl1.<claims>.<HMAC-SHA256>`, signed with the Direct Line secret, so any instance that
 * shares the secret can check one without a lookup. A token is bound to one conversation and one user id and
 * expires after the configured lifetime; refreshing issues a new one with a new expiry. Time comes from the
 * Clock, so tests can make a token expire.
 */
export class DirectLineTokens {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly clock: Clock,
    private readonly ttlSeconds: number,
  ) {
    this.key = createHmac('sha256', secret).update('directline-token-v1').digest();
    this.secretDigest = digest(secret);
    this.connectorKey = createHmac('sha256', secret).update('directline-connector-v1').digest('base64url');
  }

  private readonly secretDigest: Buffer;
  /**
   * What the bot presents when it posts replies to our own connector endpoint: derived from the secret, so
   * it is never the secret itself and needs no configuration of its own.
   */
  readonly connectorKey: string;

  issue(conversationId: string, userId: string): IssuedToken {
    const expiresAt = this.clock.now().getTime() + this.ttlSeconds * 1000;
    const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, e: expiresAt })).toString(
      'base64url',
    );
    const signed = `${PREFIX}.${payload}`;
    return { token: `${signed}.${this.sign(signed)}`, expiresIn: this.ttlSeconds };
  }

  verify(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'invalid' };
    const signed = `${parts[0]}.${parts[1]}`;
    if (!safeEqual(Buffer.from(parts[2]!), Buffer.from(this.sign(signed))))
      return { ok: false, reason: 'invalid' };
    let claims: z.infer<typeof ClaimsSchema>;
    try {
      claims = ClaimsSchema.parse(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')));
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    if (claims.e <= this.clock.now().getTime()) return { ok: false, reason: 'expired' };
    return {
      ok: true,
      claims: { conversationId: claims.c, userId: claims.u, expiresAt: new Date(claims.e) },
    };
  }

  /** True when `value` is the Direct Line secret (compared in constant time). */
  isSecret(value: string): boolean {
    return safeEqual(digest(value), this.secretDigest);
  }

  isConnectorKey(value: string): boolean {
    return safeEqual(digest(value), digest(this.connectorKey));
  }

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}

/** A fresh random id for a conversation or a user, URL-safe. */
export function randomId(prefix = ''): string {
  return `${prefix}${randomBytes(16).toString('base64url')}`;
}

function digest(value: string): Buffer {
  return createHmac('sha256', 'lymph-compare').update(value).digest();
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
