import type { Request } from 'restify';

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a Host header names this service: a loopback name (any port) or one of ALLOWED_HOSTS. */
export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  if (!HOST.test(host)) return false;
  const lower = host.toLowerCase();
  const name = lower.replace(/:\d+$/, '');
  return LOOPBACK_NAMES.has(name) || allowedHosts.some((allowed) => allowed.toLowerCase() === lower || allowed.toLowerCase() === name);
}

/**
 * The origin people reached us at: PUBLIC_URL when set, otherwise the request's Host (and
 * X-Forwarded-Proto from a TLS-terminating proxy) when it is on the allow-list (ALLOWED_HOSTS and
 * loopback), so a forged Host is never echoed into tokens, stream URLs or a page's CSP. Anything else
 * falls back to `fallback`.
 */
export function requestOrigin(req: Request, publicUrl: string, fallback: string, allowedHosts: readonly string[] = []): string {
  if (publicUrl) return publicUrl;
  const host = req.headers.host ?? '';
  if (!isAllowedHost(host, allowedHosts)) return fallback;
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
