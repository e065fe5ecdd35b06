import type { Request, Response, Server } from 'restify';
import type { Authenticate, StaffRouteDependencies } from './session';

const HEARTBEAT_MS = 15_000;

/** Live updates for the console (server-sent events): ticket ids only; returns the function that ends every stream. */
export function registerEventRoutes(
  server: Server,
  deps: StaffRouteDependencies,
  authenticate: Authenticate,
): () => void {
  const { handoff } = deps;
  const streams = new Set<Response>();
  server.get('/staff/api/events', async (req: Request, res: Response) => {
    const caller = await authenticate(req, res);
    if (!caller) return;
    // Audited before the stream opens: once the headers are out an error can no longer be answered, and a
    // failed audit (database away) would leave an open stream that never subscribed to anything.
    await handoff.audit(caller.name, 'events.open', undefined, { role: caller.role });
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    streams.add(res);
    // Only ids go out: each client fetches what its role may see.
    const unsubscribe = handoff.subscribe((change) => {
      res.write(`event: ticket\ndata: ${JSON.stringify({ id: change.ticketId })}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    // The response's close: the request's own 'close' fires as soon as its (empty) body has been read.
    res.on('close', stop);
  });

  return () => {
    for (const res of streams) res.end();
    streams.clear();
  };
}
