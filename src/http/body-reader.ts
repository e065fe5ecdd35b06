import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Reads a request body as JSON, with every failure turned into a status and a reason instead of an
 * exception: bad encodings, truncated or corrupt compression, bodies over the limit before AND after
 * decompression, content types the service does not take (multipart included: no route accepts uploads,
 * so nothing is ever written to disk), non-UTF-8 charsets, invalid JSON and JSON nested too deeply.
 *
 * Why our own reader instead of restify's bodyParser: restify 11 pipes compressed bodies into a zlib
 * stream without an error handler (one corrupt gzip body ended the process), applies the size limit to
 * the compressed bytes only (a gzip bomb inflates 1,000×), and hands multipart to formidable, which writes
 * temp files before any route runs. The reader below is Node's own zlib with every stream's 'error'
 * handled, one byte budget counted on the decoded output, and a refusal for anything that is not JSON.
 * `raw-body` + `content-type` would do the same job; they are not installed here and the logic that
 * matters (decoded-size budget, depth limit, content-type policy) would still be ours.
 */
export type BodyResult =
  | { ok: true; body: unknown }
  | { ok: false; status: 400 | 413 | 415; reason: string };

export interface BodyLimits {
  /** Largest body in bytes, counted after decompression (and before it, for the raw stream). */
  maxBytes: number;
  /** Deepest nesting of arrays and objects accepted. */
  maxDepth: number;
}

const JSON_TYPES = new Set(['application/json', 'application/activity+json']);
const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** `type/subtype` and its parameters from a Content-Type header; undefined for a malformed one. */
export function parseContentType(
  header: string,
): { type: string; params: Record<string, string> } | undefined {
  const [rawType, ...rawParams] = header.split(';');
  const type = (rawType ?? '').trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)) return undefined;
  const params: Record<string, string> = {};
  for (const raw of rawParams) {
    const index = raw.indexOf('=');
    if (index < 1) continue;
    params[raw.slice(0, index).trim().toLowerCase()] = raw
      .slice(index + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
  }
  return { type, params };
}

/** The deepest nesting of `[` and `{` in a JSON text (strings skipped), stopping early past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** Whether the request says it carries a body (a length above zero, or chunked). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length.trim() !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/** Reads, decodes and parses the body; resolves with the outcome, never rejects. */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const fail = (status: 400 | 413 | 415, reason: string): BodyResult => ({ ok: false, status, reason });
  const contentTypeHeader = req.headers['content-type'];
  if (contentTypeHeader !== undefined) {
    const contentType = parseContentType(contentTypeHeader);
    if (!contentType) return Promise.resolve(fail(400, 'malformed Content-Type header'));
    if (contentType.type.startsWith('multipart/'))
      return Promise.resolve(fail(415, 'file uploads are not accepted here'));
    if (!JSON_TYPES.has(contentType.type) && !contentType.type.endsWith('+json'))
      return Promise.resolve(fail(415, 'unsupported content type: send application/json'));
    const charset = contentType.params.charset;
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
      return Promise.resolve(fail(415, 'unsupported charset: send UTF-8'));
  }
  const encoding = String(req.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding.includes(',')) return Promise.resolve(fail(415, 'only one Content-Encoding is supported'));
  const makeDecoder = encoding === 'identity' || encoding === '' ? undefined : DECODERS[encoding];
  if (encoding !== 'identity' && encoding !== '' && !makeDecoder)
    return Promise.resolve(fail(415, `unsupported Content-Encoding: ${encoding.slice(0, 20)}`));
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes)
    return Promise.resolve(fail(413, `request body is larger than ${limits.maxBytes} bytes`));

  return new Promise<BodyResult>((resolve) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let rawBytes = 0;
    let decodedBytes = 0;
    const decoder = makeDecoder?.();
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      if (!result.ok) {
        req.unpipe();
        decoder?.destroy();
        // Throw away the rest of the upload instead of buffering it.
        req.resume();
      }
      resolve(result);
    };
    const tooLarge = () => finish(fail(413, `request body is larger than ${limits.maxBytes} bytes`));
    const source: Readable = decoder ?? req;

    req.on('error', () => finish(fail(400, 'the request body could not be read')));
    req.on('aborted', () => finish(fail(400, 'the request body was cut short')));
    req.on('data', (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > limits.maxBytes) tooLarge();
    });
    if (decoder) {
      decoder.on('error', () => finish(fail(400, `the request body is not valid ${encoding} data`)));
      req.pipe(decoder);
    }
    source.on('data', (chunk: Buffer) => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > limits.maxBytes) return tooLarge();
      chunks.push(chunk);
    });
    source.on('end', () => {
      if (settled) return;
      const bytes = Buffer.concat(chunks);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return finish(fail(400, 'the request body is not valid UTF-8'));
      }
      if (text.trim() === '') return finish({ ok: true, body: undefined });
      if (jsonDepth(text, limits.maxDepth) > limits.maxDepth)
        return finish(fail(400, `request body is nested more than ${limits.maxDepth} levels deep`));
      try {
        finish({ ok: true, body: JSON.parse(text) });
      } catch {
        finish(fail(400, 'request body is not valid JSON'));
      }
    });
  });
}
