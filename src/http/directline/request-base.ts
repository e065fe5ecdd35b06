import type { Request } from 'restify';

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin people reached us at: PUBLIC_URL when set, otherwise the request's Host (and
 * X-Forwarded-Proto from a TLS-terminating proxy). A malformed Host falls back to `fallback`.
 */
export function requestOrigin(req: Request, publicUrl: string, fallback: string): string {
  if (publicUrl) return publicUrl;
  const host = req.headers.host ?? '';
  if (!HOST.test(host)) return fallback;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const secure = forwarded === 'https' || (req as Request & { isSecure(): boolean }).isSecure();
  return `${secure ? 'https' : 'http'}://${host}`;
}

/** http(s)://host → ws(s)://host. */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

/** The credential in `Authorization: Bearer …`, if any. */
export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}
