import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  conversationId: string;
  activity: Record<string, unknown> & { type: string; text?: string };
}

/**
 * A stand-in for the Bot Framework Connector (what the Emulator runs): it accepts the bot's replies at
 * POST /v3/conversations/{id}/activities[/{replyToId}] and keeps them for the test to read.
 */
export class LocalConnector {
  readonly received: ReceivedActivity[] = [];
  private server?: http.Server;
  private waiters: Array<() => void> = [];
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url ?? '');
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.method !== 'POST' || !match) {
          res.writeHead(404);
          res.end();
          return;
        }
        const activity = JSON.parse(body);
        this.received.push({ conversationId: decodeURIComponent(match[1]!), activity });
        // Two calls, not a chain: restify patches ServerResponse.writeHead and it no longer returns `this`.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${this.received.length}` }));
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  /** The first activity received (already, or from now on) that matches. */
  async activity(matches: (received: ReceivedActivity) => boolean): Promise<ReceivedActivity> {
    for (;;) {
      const found = this.received.find(matches);
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  /** Messages (not typing indicators) the bot sent to one conversation. */
  messagesTo(conversationId: string): ReceivedActivity['activity'][] {
    return this.received
      .filter((r) => r.conversationId === conversationId && r.activity.type === 'message')
      .map((r) => r.activity);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
