import type { TicketNotice } from '../handoff/handoff-service';
import { slackPayload, teamsPayload } from './staff-notifications';

export type WebhookKind = 'teams' | 'slack';

export interface WebhookTarget {
  readonly kind: WebhookKind;
  readonly url: string;
}

/** Just enough of `fetch` to post JSON; injected so tests and other transports can stand in. */
export type PostJson = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number }>;

export interface WebhookNotifierOptions {
  readonly targets: readonly WebhookTarget[];
  readonly post?: PostJson;
  /** Attempts per target, the first included. */
  readonly attempts?: number;
  /** Wait before the second attempt; doubled for each one after. */
  readonly backoffMs?: number;
  readonly timeoutMs?: number;
  /** Told about a target that failed every attempt (for the log): never the payload. */
  readonly onGiveUp?: (target: WebhookKind, error: string) => void;
}

/**
 * Posts ticket notices to Teams and Slack incoming webhooks with retries, in the background: `notify`
 * returns at once so the person's turn never waits for a webhook. `drain` waits for what is in flight
 * (shutdown). A 4xx other than 408/429 is not retried: the URL or payload is wrong and will stay wrong.
 */
export class WebhookNotifier {
  private readonly pending = new Set<Promise<void>>();
  private readonly post: PostJson;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: WebhookNotifierOptions) {
    this.post = options.post ?? ((url, init) => fetch(url, init));
    this.attempts = Math.max(1, options.attempts ?? 3);
    this.backoffMs = options.backoffMs ?? 250;
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  notify(notice: TicketNotice): void {
    for (const target of this.options.targets) {
      const body = JSON.stringify(target.kind === 'teams' ? teamsPayload(notice) : slackPayload(notice));
      const sending = this.deliver(target, body).finally(() => this.pending.delete(sending));
      this.pending.add(sending);
    }
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async deliver(target: WebhookTarget, body: string): Promise<void> {
    let lastError = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1)
        await new Promise((resolve) => setTimeout(resolve, this.backoffMs * 2 ** (attempt - 2)));
      try {
        const response = await this.post(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        if (response.ok) return;
        lastError = `HTTP ${response.status}`;
        if (
          response.status >= 400 &&
          response.status < 500 &&
          response.status !== 408 &&
          response.status !== 429
        )
          break;
      } catch (error) {
        lastError = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      }
    }
    this.options.onGiveUp?.(target.kind, lastError);
  }
}

/** The notifier for the configured Teams and Slack incoming webhooks (none configured: it sends nothing). */
export function createTicketNotifier(
  config: { teamsWebhookUrl: string; slackWebhookUrl: string },
  onGiveUp: (target: WebhookKind, error: string) => void,
): WebhookNotifier {
  const targets: WebhookTarget[] = [
    ...(config.teamsWebhookUrl ? [{ kind: 'teams' as const, url: config.teamsWebhookUrl }] : []),
    ...(config.slackWebhookUrl ? [{ kind: 'slack' as const, url: config.slackWebhookUrl }] : []),
  ];
  return new WebhookNotifier({ targets, onGiveUp });
}
