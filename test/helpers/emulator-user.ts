import type { LocalConnector } from './local-connector';

let sequence = 0;

/**
 * Talks to POST /api/messages the way the Bot Framework Emulator does: Activities whose serviceUrl points
 * at a local connector, which receives the bot's replies before the POST returns.
 */
export class EmulatorUser {
  readonly conversationId: string;
  readonly userId: string;

  constructor(
    private readonly botUrl: string,
    private readonly connector: LocalConnector,
    options: { conversationId?: string; userId?: string; channelId?: string } = {},
  ) {
    sequence++;
    this.conversationId = options.conversationId ?? `conv-${process.pid}-${sequence}`;
    this.userId = options.userId ?? `user-${sequence}`;
    this.channelId = options.channelId ?? 'emulator';
  }

  private readonly channelId: string;

  private base(type: string): Record<string, unknown> {
    return {
      type,
      id: `act-${++sequence}`,
      timestamp: new Date().toISOString(),
      channelId: this.channelId,
      serviceUrl: this.connector.url,
      conversation: { id: this.conversationId },
      from: { id: this.userId, name: 'Test Person', role: 'user' },
      recipient: { id: 'lymph-bot', name: 'Lymph', role: 'bot' },
      locale: 'en-US',
    };
  }

  async post(activity: Record<string, unknown>): Promise<Response> {
    return fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }

  /** Opens the conversation: the Emulator sends a conversationUpdate adding the bot and the user. */
  async join(): Promise<string[]> {
    const before = this.connector.messagesTo(this.conversationId).length;
    const activity = {
      ...this.base('conversationUpdate'),
      membersAdded: [{ id: 'lymph-bot' }, { id: this.userId }],
    };
    const response = await this.post(activity);
    if (!response.ok) throw new Error(`join failed: ${response.status}`);
    return this.repliesSince(before);
  }

  /** Sends a message and returns the texts the bot replied with during that turn. */
  async say(text: string): Promise<string[]> {
    return (await this.sayFull(text)).map((a) => String(a.text ?? ''));
  }

  async sayFull(text: string): Promise<Array<Record<string, unknown>>> {
    const before = this.connector.messagesTo(this.conversationId).length;
    const response = await this.post({ ...this.base('message'), text });
    if (!response.ok) throw new Error(`message failed: ${response.status} ${await response.text()}`);
    return this.connector.messagesTo(this.conversationId).slice(before);
  }

  private repliesSince(before: number): string[] {
    return this.connector
      .messagesTo(this.conversationId)
      .slice(before)
      .map((a) => String(a.text ?? ''));
  }
}
