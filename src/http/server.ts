import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../log';
import { hasBody, readJsonBody } from './body-reader';
import { sendError } from './errors';

/** Deeper than any Bot Framework activity or staff request; deep enough to never bother a real client. */
export const MAX_JSON_DEPTH = 32;

export interface HttpServer {
  server: Server;
  /** Requests being handled right now; shutdown waits for this to reach zero. */
  inFlight(): number;
}

/**
 * The restify server with the cross-cutting parts every route relies on: a body reader that answers every
 * bad body (encoding, size before and after decompression, type, depth, JSON) with a 4xx and a reason, one error shape, and a count of in-flight requests.
 */
export function createHttpServer(options: { maxBodyBytes: number; logger: Logger }): HttpServer {
  const { logger } = options;
  const server = restify.createServer({ name: 'lymph', handleUncaughtExceptions: false });
  let inFlight = 0;

  server.pre((_req: Request, res: Response, next) => {
    inFlight++;
    let counted = true;
    const done = () => {
      if (counted) inFlight--;
      counted = false;
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Our own body reader instead of restify's bodyParser: see src/http/body-reader.ts for why.
  server.use((req: Request, res: Response, next: (stop?: false) => void) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || !hasBody(req)) {
      req.resume();
      return next();
    }
    void readJsonBody(req, { maxBytes: options.maxBodyBytes, maxDepth: MAX_JSON_DEPTH }).then((result) => {
      if (!result.ok) {
        // The rest of a refused body is not worth reading: close the connection after answering.
        res.setHeader('Connection', 'close');
        sendError(res, result.status, result.reason);
        return next(false);
      }
      (req as Request & { body: unknown }).body = result.body;
      next();
    });
  });

  // restify's own messages can quote the body ("Unexpected token … in 'my calf hurts'"): replace them
  // with reasons that name the problem and never echo what was sent.
  server.on(
    'restifyError',
    (
      req: Request,
      _res: Response,
      err: { statusCode?: number; name?: string; message?: string; toJSON?: () => unknown },
      callback: () => void,
    ) => {
      const status = err.statusCode ?? 500;
      let reason = 'internal error';
      if (status === 413) reason = `request body is larger than ${options.maxBodyBytes} bytes`;
      else if (status === 400 && /json/i.test(err.message ?? '')) reason = 'request body is not valid JSON';
      else if (status === 404) reason = `no route for ${req.method} ${req.getPath()}`;
      else if (status === 405) reason = `${req.method} is not allowed on ${req.getPath()}`;
      else if (status === 415) reason = 'unsupported content type';
      else if (status < 500) reason = err.message || 'bad request';
      if (status >= 500)
        logger.error(
          { method: req.method, url: req.getPath(), err: { name: err.name, message: err.message } },
          'request failed',
        );
      err.toJSON = () => ({ error: status, reason });
      callback();
    },
  );

  server.on('uncaughtException', (req: Request, res: Response, _route: unknown, error: Error) => {
    logger.error(
      {
        method: req.method,
        url: req.getPath(),
        err: { name: error.name, message: error.message, stack: error.stack },
      },
      'unhandled error in route',
    );
    sendError(res, 500, 'internal error');
  });

  return { server, inFlight: () => inFlight };
}
