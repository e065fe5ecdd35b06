import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';
import { setCommonHeaders } from './security-headers';

/**
 * A file served with an ETag, precompressed once when it is made (Brotli and gzip, for what is worth
 * compressing), so no request ever waits for a compressor.
 */
export interface StaticAsset {
  body: Buffer;
  contentType: string;
  etag: string;
  /** The first characters of the content hash, for a URL that changes whenever the bytes do. */
  hash: string;
  /** Cache-Control max-age in seconds. */
  maxAge: number;
  /** Served under a content-hashed URL: browsers may keep it for a year without asking again. */
  immutable: boolean;
  /** Cross-Origin-Resource-Policy: 'cross-origin' for what other sites load (/embed.js and its CSS). */
  resourcePolicy: 'same-origin' | 'cross-origin';
  brotli?: Buffer;
  gzipped?: Buffer;
}

/** Smaller files are not worth a Content-Encoding. */
const COMPRESS_FROM_BYTES = 1024;
/**
 * Brotli quality 9: the Web Chat bundle (3.9 MB) compresses in about 0.4 s to 0.71 MB; quality 11 saves
 * another 10 % but takes 6.5 s, too long for every start. Compressed copies are kept per process by hash.
 */
const BROTLI_QUALITY = 9;
const compressed = new Map<string, { brotli: Buffer; gzipped: Buffer }>();

export function asset(
  body: Buffer | string,
  contentType: string,
  options: { maxAge: number; immutable?: boolean; resourcePolicy?: StaticAsset['resourcePolicy'] },
): StaticAsset {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  const digest = createHash('sha256').update(buffer).digest('base64url');
  const file: StaticAsset = {
    body: buffer,
    contentType,
    etag: `"${digest.slice(0, 27)}"`,
    hash: digest.slice(0, 12).replace(/[-_]/g, '0'),
    maxAge: options.maxAge,
    immutable: options.immutable ?? false,
    resourcePolicy: options.resourcePolicy ?? 'same-origin',
  };
  if (buffer.length >= COMPRESS_FROM_BYTES) {
    let copies = compressed.get(digest);
    if (!copies) {
      copies = {
        brotli: brotliCompressSync(buffer, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
            [zlib.BROTLI_PARAM_MODE]: contentType.startsWith('text/') || contentType.includes('javascript')
              ? zlib.BROTLI_MODE_TEXT
              : zlib.BROTLI_MODE_GENERIC,
          },
        }),
        gzipped: gzipSync(buffer, { level: 9 }),
      };
      compressed.set(digest, copies);
    }
    file.brotli = copies.brotli;
    file.gzipped = copies.gzipped;
  }
  return file;
}

/** A year: what browsers keep an immutable, content-hashed file for. */
const YEAR = 31_536_000;

/** Which encoding a request takes: Brotli first, then gzip (q=0 refuses one). */
function pickEncoding(acceptEncoding: string, file: StaticAsset): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    acceptEncoding
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim()),
  );
  if (file.brotli && accepted.has('br')) return 'br';
  if (file.gzipped && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return undefined;
}

/** Answers 304 for a matching If-None-Match, the Brotli or gzip copy when the browser takes it, the bytes otherwise. */
export function sendAsset(req: Request, res: Response, file: StaticAsset): void {
  setCommonHeaders(res);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader(
    'Cache-Control',
    file.immutable ? `public, max-age=${YEAR}, immutable` : `public, max-age=${file.maxAge}`,
  );
  res.setHeader('ETag', file.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cross-Origin-Resource-Policy', file.resourcePolicy);
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  const encoding = pickEncoding(String(req.headers['accept-encoding'] ?? ''), file);
  const body = encoding === 'br' ? file.brotli! : encoding === 'gzip' ? file.gzipped! : file.body;
  if (encoding) res.setHeader('Content-Encoding', encoding);
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
