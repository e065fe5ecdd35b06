import type { Response } from 'restify';

/** Every error response has the same shape: `{ error, reason }` with a status-appropriate reason. */
export function sendError(res: Response, status: number, reason: string): void {
  if (res.headersSent) return;
  res.status(status);
  res.json({ error: status, reason });
}
