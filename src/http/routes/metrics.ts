import type { Request, Response, Server } from 'restify';
import type { Metrics } from '../../metrics';

/** GET /metrics: Prometheus text format. */
export function registerMetricsRoute(server: Server, metrics: Metrics): void {
  server.get('/metrics', async (_req: Request, res: Response) => {
    const body = await metrics.registry.metrics();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.writeHead(200);
    res.end(body);
  });
}
