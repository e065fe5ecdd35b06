import type { Activity } from 'botbuilder';
import { DirectLine } from 'botframework-directlinejs';
import WebSocket from 'ws';

// botframework-directlinejs is a browser library: in Node it needs these two globals (polling uses XHR,
// WebSocket mode both).
const globals = globalThis as Record<string, unknown>;
globals.XMLHttpRequest ??= require('xhr2');
globals.WebSocket ??= WebSocket;

export interface WebchatSession {
  domain: string;
  conversationId: string;
  token: string;
  userId: string;
  resumed: boolean;
}

/** What the web chat page does first: ask our same-origin endpoint for a token (and maybe resume). */
export async function webchatSession(
  baseUrl: string,
  resume: Partial<WebchatSession> = {},
): Promise<WebchatSession> {
  const body = resume.conversationId ? { conversationId: resume.conversationId, token: resume.token } : {};
  const response = await fetch(`${baseUrl}/api/webchat/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return (await response.json()) as WebchatSession;
}

/**
 * A directlinejs client as Web Chat runs it, recording every activity it receives. `waitFor` resolves with
 * the first received activity (from now on, or already received) that matches.
 */
export class RecordingClient {
  readonly directLine: DirectLine;
  readonly received: Activity[] = [];
  private readonly subscription: { unsubscribe(): void };

  constructor(options: {
    domain: string;
    token: string;
    conversationId?: string;
    watermark?: string;
    webSocket: boolean;
  }) {
    this.directLine = new DirectLine({ ...options, pollingInterval: 200, timeout: 5000 });
    this.subscription = this.directLine.activity$.subscribe((activity) => {
      this.received.push(activity as Activity);
    });
  }

  fromBot(): Activity[] {
    return this.received.filter((activity) => activity.from?.role === 'bot' && activity.type === 'message');
  }

  async waitFor(match: (activity: Activity) => boolean, timeoutMs = 15_000): Promise<Activity> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `no matching activity within ${timeoutMs} ms; received: ${JSON.stringify(this.received.map(describe))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * The bot's first message received after the person's message `text` (its echo). Not `replyToId`: the POST
   * of a message answers once the bot's turn has run, and when a busy machine makes that slower than the
   * request timeout directlinejs resolves `post` with the id "retry" while the turn goes on.
   */
  answerTo(text: string, timeoutMs = 30_000): Promise<Activity> {
    const asked = () => this.received.findIndex((a) => a.from?.role === 'user' && a.text === text);
    return this.waitFor((activity) => {
      const question = asked();
      return (
        question >= 0 &&
        activity.from?.role === 'bot' &&
        activity.type === 'message' &&
        this.received.indexOf(activity) > question
      );
    }, timeoutMs);
  }

  post(text: string, userId: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.directLine
        .postActivity({ type: 'message', from: { id: userId }, text } as never)
        .subscribe({ next: (id: string) => resolve(id), error: reject });
    });
  }

  end(): void {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}

/** The words of an activity, whether it is text or an Adaptive Card. */
export function wordsOf(activity: Activity): string {
  return [activity.text ?? '', ...(activity.attachments ?? []).map((a) => JSON.stringify(a.content))].join(
    ' ',
  );
}

function describe(activity: Activity): string {
  return `${activity.from?.role}:${activity.type}:${wordsOf(activity).slice(0, 60)}`;
}
