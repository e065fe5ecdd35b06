import type { Request, Response, Server } from 'restify';

export interface Readiness {
  /** Resolves with the reason the service cannot take traffic, or undefined when it can. */
  notReadyReason(): Promise<string | undefined>;
}

/** GET /healthz: the process is up. GET /readyz: storage answers and knowledge is loaded. */
export function registerHealthRoutes(server: Server, readiness: Readiness): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const reason = await readiness.notReadyReason();
    if (reason) {
      res.status(503);
      res.json({ status: 'not ready', reason });
      return;
    }
    res.json({ status: 'ready' });
  });
}
