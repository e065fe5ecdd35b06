import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (for malformed bodies); wins over `json`. */
  raw?: string;
  /** Waits this long before answering: beyond the client's timeout, the client gives up first. */
  delayMs?: number;
  /** Never answers (until the server stops): a client that returns at all has given up by its own timeout. */
  neverAnswers?: true;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse;

/**
 * A local HTTP server on 127.0.0.1 that plays a cloud service for contract tests: the real SDK clients
 * talk to it over HTTP, it records every request and answers what the test scripted. Nothing leaves
 * the machine.
 */
export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  url = '';
  private server?: http.Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private handler: FakeHandler) {}

  /** Changes what the server answers from now on. */
  respondWith(handler: FakeHandler): void {
    this.handler = handler;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        let body: unknown;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          body = undefined;
        }
        const request: RecordedRequest = {
          method: req.method ?? '',
          path: decodeURIComponent(url.pathname),
          query: url.searchParams,
          headers: req.headers,
          body,
        };
        this.requests.push(request);
        const response = this.handler(request);
        const send = () => {
          if (res.destroyed) return;
          const payload = response.raw ?? (response.json === undefined ? '' : JSON.stringify(response.json));
          res.writeHead(response.status ?? 200, {
            'content-type': 'application/json',
            ...response.headers,
          });
          res.end(payload);
        };
        if (response.neverAnswers) return;
        if (!response.delayMs) return send();
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          send();
        }, response.delayMs);
        this.timers.add(timer);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
