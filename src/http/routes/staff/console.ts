import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

function consoleDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'src', 'http', 'staff-console');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('[staff routes] cannot find src/http/staff-console');
    dir = parent;
  }
}

const CONSOLE_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

function setConsoleHeaders(res: Response): void {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
      "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
}

/** The console page and its script and styles, read once at start-up. */
export function registerConsoleRoutes(server: Server): void {
  const files = new Map<string, Buffer>();
  const dir = consoleDir();
  for (const name of Object.keys(CONSOLE_FILES)) files.set(name, readFileSync(path.join(dir, name)));
  const sendFile = (res: Response, name: string) => {
    setConsoleHeaders(res);
    res.setHeader('Content-Type', CONSOLE_FILES[name]!);
    res.writeHead(200);
    res.end(files.get(name));
  };
  server.get('/staff', async (_req: Request, res: Response) => sendFile(res, 'index.html'));
  server.get('/staff/', async (_req: Request, res: Response) => sendFile(res, 'index.html'));
  server.get('/staff/console.js', async (_req: Request, res: Response) => sendFile(res, 'console.js'));
  server.get('/staff/console.css', async (_req: Request, res: Response) => sendFile(res, 'console.css'));
}
