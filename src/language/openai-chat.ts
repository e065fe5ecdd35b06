import OpenAI from 'openai';
import type { z } from 'zod';
import { CloudResponseError } from '../errors';

const OPENAI_API = 'https://api.openai.com/v1';

export interface OpenAiSettings {
  apiKey: string;
  /** Empty means the OpenAI API itself. */
  baseUrl: string;
  model: string;
}

export interface StructuredRequest<T> {
  /** Fixed instructions (src/language/prompts.ts); never built from what a person typed. */
  system: string;
  /** The person's (redacted) text and any other data, as one JSON document. */
  user: string;
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  /** The same shape again, checked on our side: a model or a proxy may ignore `strict`. */
  parse: z.ZodType<T>;
}

/**
 * One chat model behind the official `openai` SDK, asked for structured output (response_format
 * json_schema) and checked with zod. Works with any OpenAI-compatible endpoint that supports structured
 * outputs, Azure OpenAI's v1 API included. Retries and timeouts belong to CloudCall, so the SDK's own
 * retries are off.
 */
export class OpenAiChat {
  private readonly client: OpenAI;

  constructor(
    private readonly settings: OpenAiSettings,
    timeoutMs: number,
  ) {
    this.client = new OpenAI({
      apiKey: settings.apiKey,
      // Always explicit: the SDK would otherwise read OPENAI_BASE_URL from the environment by itself.
      baseURL: settings.baseUrl || OPENAI_API,
      maxRetries: 0,
      timeout: timeoutMs,
    });
  }

  async complete<T>(request: StructuredRequest<T>, signal?: AbortSignal): Promise<T> {
    const completion = await this.client.chat.completions.create(
      {
        model: this.settings.model,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
        response_format: {
          type: 'json_schema',
          json_schema: { name: request.schemaName, strict: true, schema: request.jsonSchema },
        },
      },
      { signal },
    );
    const choice = completion?.choices?.[0];
    if (!choice?.message) throw new CloudResponseError('no choice in the completion');
    if (choice.message.refusal) throw new CloudResponseError('the model refused');
    if (choice.finish_reason === 'length') throw new CloudResponseError('the answer was cut off');
    const content = choice.message.content;
    if (!content) throw new CloudResponseError('empty content');
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch {
      throw new CloudResponseError('content is not JSON');
    }
    const parsed = request.parse.safeParse(data);
    if (!parsed.success) throw new CloudResponseError('content does not match the schema');
    return parsed.data;
  }
}
