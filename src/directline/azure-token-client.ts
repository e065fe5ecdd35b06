import { z } from 'zod';
import { AzureDirectLineError } from '../errors';

const TokenResponseSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().optional(),
});

export type AzureToken = z.infer<typeof TokenResponseSchema>;

const TIMEOUT_MS = 10_000;

/**
 * The server side of Azure Bot Service's Direct Line token flow: the secret stays here and the page only
 * ever sees a token for its own conversation. The endpoint is configurable (regional Direct Line, or a
 * local fake in tests).
 */
export class AzureDirectLineTokens {
  constructor(
    private readonly endpoint: string,
    private readonly secret: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** The Direct Line `domain` the page's client talks to. */
  get domain(): string {
    return `${this.endpoint}/v3/directline`;
  }

  /** A token for a new conversation, bound to the user id (Azure requires the "dl_" prefix). */
  generate(userId: string): Promise<AzureToken> {
    return this.call('generate', this.secret, { user: { id: userId } });
  }

  refresh(token: string): Promise<AzureToken> {
    return this.call('refresh', token, undefined);
  }

  private async call(operation: 'generate' | 'refresh', bearer: string, body: unknown): Promise<AzureToken> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.domain}/tokens/${operation}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new AzureDirectLineError(operation, undefined);
    }
    if (!response.ok) throw new AzureDirectLineError(operation, response.status);
    const parsed = TokenResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new AzureDirectLineError(operation, response.status);
    return parsed.data;
  }
}
