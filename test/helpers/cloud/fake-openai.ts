import type { OpenAiSettings } from '../../../src/language/openai-chat';
import { type FakeResponse, FakeServer, type RecordedRequest } from './fake-server';

export const OPENAI_KEY = 'sk-test-0000';
export const OPENAI_MODEL = 'test-model';

interface ChatMessage {
  role: string;
  content: string;
}

/** One chat completion request as the model would see it. */
export interface ChatCall {
  /** response_format.json_schema.name: "intent_recognition" or "grounded_answer". */
  schemaName: string;
  messages: ChatMessage[];
  system: string;
  /** The user turn, parsed (our user turns are JSON documents). */
  user: Record<string, unknown>;
  request: RecordedRequest;
}

/** The body of a real `POST /v1/chat/completions` answer; `content` objects are sent as JSON text. */
export function completion(
  content: unknown,
  options: { refusal?: string; finishReason?: string } = {},
): FakeResponse {
  return {
    json: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_764_000_000,
      model: OPENAI_MODEL,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: options.refusal ? null : typeof content === 'string' ? content : JSON.stringify(content),
            refusal: options.refusal ?? null,
            annotations: [],
          },
          logprobs: null,
          finish_reason: options.finishReason ?? 'stop',
        },
      ],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    },
  };
}

export function intentAnswer(intent: string, confidence = 0.95): FakeResponse {
  return completion({ intent, confidence });
}

export function writerAnswer(answer: string, citations: string[]): FakeResponse {
  return completion({ answer, citations });
}

/**
 * A stand-in for an OpenAI-compatible endpoint: checks the route, bearer key and that structured output
 * was asked for (as the service would reject otherwise), then lets the test play the model.
 */
export async function startFakeOpenAi(model: (call: ChatCall) => FakeResponse): Promise<FakeServer> {
  const server = new FakeServer((request) => {
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions')
      return { status: 404, json: { error: { message: 'Not found', type: 'invalid_request_error' } } };
    if (request.headers.authorization !== `Bearer ${OPENAI_KEY}`)
      return {
        status: 401,
        json: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } },
      };
    // biome-ignore lint/suspicious/noExplicitAny: a request body of unknown shape, probed field by field like the service does
    const body = request.body as Record<string, any> | undefined;
    const format = body?.response_format;
    if (body?.model !== OPENAI_MODEL || format?.type !== 'json_schema' || !format.json_schema?.schema)
      return { status: 400, json: { error: { message: 'Invalid request.', type: 'invalid_request_error' } } };
    const messages = body.messages as ChatMessage[];
    const userTurn = messages.find((m) => m.role === 'user')?.content ?? '{}';
    return model({
      schemaName: format.json_schema.name,
      messages,
      system: messages.find((m) => m.role === 'system')?.content ?? '',
      user: JSON.parse(userTurn),
      request,
    });
  });
  await server.start();
  return server;
}

export function openAiSettings(server: FakeServer): OpenAiSettings {
  return { apiKey: OPENAI_KEY, baseUrl: `${server.url}/v1`, model: OPENAI_MODEL };
}

/** The environment that points the app's OpenAI roles at a fake server. */
export function openAiEnv(server: FakeServer, extra: Record<string, string> = {}): Record<string, string> {
  return { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MODEL, ...extra };
}
