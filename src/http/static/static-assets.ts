import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';
import { setCommonHeaders } from './security-headers';

/** A file served as it is, with an ETag (and a gzip copy made on first request). */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Cache-Control max-age in seconds. */
  maxAge: number;
  /** Cross-Origin-Resource-Policy: 'cross-origin' for what other sites load (/embed.js and its CSS). */
  resourcePolicy: 'same-origin' | 'cross-origin';
  gzipped?: Buffer;
}

export function asset(
  body: Buffer | string,
  contentType: string,
  options: { maxAge: number; resourcePolicy?: StaticAsset['resourcePolicy'] },
): StaticAsset {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    body: buffer,
    contentType,
    etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 27)}"`,
    maxAge: options.maxAge,
    resourcePolicy: options.resourcePolicy ?? 'same-origin',
  };
}

/** Answers 304 for a matching If-None-Match, gzip when the browser takes it, the bytes otherwise. */
export function sendAsset(req: Request, res: Response, file: StaticAsset): void {
  setCommonHeaders(res);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', `public, max-age=${file.maxAge}`);
  res.setHeader('ETag', file.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cross-Origin-Resource-Policy', file.resourcePolicy);
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  let body = file.body;
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && file.body.length > 1024) {
    file.gzipped ??= gzipSync(file.body);
    body = file.gzipped;
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.setHeader('Content-Length', body.length);
  res.writeHead(200);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The repository root (where package.json and public/ are), from src/ under ts-node or dist/src once built. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'public'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('[static-assets] cannot find the folder with package.json and public/');
    dir = parent;
  }
  return dir;
}

export function readPublicFile(name: string): string {
  return readFileSync(path.join(projectRoot(), 'public', name), 'utf8');
}

/** Web Chat's browser bundle as the npm package ships it: served by us, never from a CDN. */
export function webChatBundle(): { body: Buffer; version: string } {
  const entry = require.resolve('botframework-webchat');
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { body: readFileSync(path.join(packageDir, 'dist', 'webchat.js')), version };
}
