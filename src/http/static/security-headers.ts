import { randomBytes } from 'node:crypto';
import type { Response } from 'restify';

export interface PagePolicy {
  /** Origins the page may connect to besides itself (WebSocket origins, Azure's Direct Line). */
  connect?: readonly string[];
  /** Who may frame the page: 'none', or 'self' plus these origins. */
  frameAncestors: 'none' | readonly string[];
  /** Allows <style> elements carrying this nonce (Web Chat injects its styles at run time). */
  styleNonce?: string;
  /** Whether the page may frame our own pages (the demo page holds the chat frame). */
  frameSelf?: boolean;
}

/**
 * The hash of an empty style attribute. Web Chat's Adaptive Card renderer sets `style=""` on some
 * elements; allowing exactly that (and no other inline style) keeps the console free of CSP errors.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/** A fresh value for a CSP nonce, one per response. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Headers for our HTML pages: a Content-Security-Policy that allows only this origin (scripts, styles,
 * images, connections), plus the usual hardening. Scripts never run inline; Web Chat's run-time styles are
 * allowed by nonce on the chat frame only.
 */
export function setPageHeaders(res: Response, policy: PagePolicy): void {
  const ancestors =
    policy.frameAncestors === 'none'
      ? "'none'"
      : policy.frameAncestors.includes('*')
        ? '*'
        : ["'self'", ...policy.frameAncestors].join(' ');
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${policy.styleNonce ? ` 'nonce-${policy.styleNonce}' 'unsafe-hashes' '${EMPTY_STYLE_HASH}'` : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...(policy.connect ?? [])].join(' ')}`,
    policy.frameSelf ? "frame-src 'self'" : undefined,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].filter(Boolean);
  res.setHeader('Content-Security-Policy', directives.join('; '));
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  setCommonHeaders(res);
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
}

/** For every asset and API answer we serve to browsers. */
export function setCommonHeaders(res: Response): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}
