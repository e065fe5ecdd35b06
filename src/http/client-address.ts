import type { IncomingMessage } from 'node:http';

const normalise = (address: string) => address.trim().replace(/^::ffff:/i, '').toLowerCase();

/**
 * The caller's address. A request from one of TRUSTED_PROXIES is attributed to the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (the one our own proxy added); anyone else's
 * X-Forwarded-For is ignored, since a client can send any.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const socket = normalise(req.socket?.remoteAddress ?? 'unknown');
  const trusted = new Set(trustedProxies.map(normalise));
  if (!trusted.has(socket)) return socket;
  const chain = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map(normalise)
    .filter((entry) => entry !== '');
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted.has(chain[i]!)) return chain[i]!;
  return socket;
}
