import type { CluSettings } from '../../../src/language/clu-recognizer';
import { type FakeResponse, FakeServer, type RecordedRequest } from './fake-server';

export const CLU_KEY = 'test-clu-key-0000';
export const CLU_PROJECT = 'lymph';
export const CLU_DEPLOYMENT = 'production';
export const CLU_API_VERSION = '2023-04-01';

export interface CluIntentScore {
  category: string;
  confidenceScore: number;
}

export interface CluEntity {
  category: string;
  text: string;
  offset: number;
  length: number;
  confidenceScore: number;
  resolutions?: Record<string, unknown>[];
}

/** The body of a real `:analyze-conversations` answer for a Conversation project (API 2023-04-01). */
export function cluAnswer(query: string, intents: CluIntentScore[], entities: CluEntity[] = []): FakeResponse {
  const top = [...intents].sort((a, b) => b.confidenceScore - a.confidenceScore)[0];
  return {
    json: {
      kind: 'ConversationResult',
      result: {
        query,
        prediction: {
          topIntent: top?.category ?? 'None',
          projectKind: 'Conversation',
          intents,
          entities,
        },
      },
    },
  };
}

/** The text CLU was asked about, as the request carried it. */
export function cluQueryOf(request: RecordedRequest): string {
  return (request.body as { analysisInput: { conversationItem: { text: string } } }).analysisInput.conversationItem.text;
}

/**
 * A stand-in for the Azure AI Language runtime: checks the route, api-version, key and body shape the way
 * the service does (404/401/400 with the service's error shape), then lets the test answer.
 */
export async function startFakeClu(answer: (text: string, request: RecordedRequest) => FakeResponse): Promise<FakeServer> {
  const server = new FakeServer((request) => {
    if (request.method !== 'POST' || request.path !== '/language/:analyze-conversations')
      return { status: 404, json: { error: { code: '404', message: 'Resource not found' } } };
    if (request.headers['ocp-apim-subscription-key'] !== CLU_KEY)
      return {
        status: 401,
        json: { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } },
      };
    // biome-ignore lint/suspicious/noExplicitAny: a request body of unknown shape, probed field by field like the service does
    const body = request.body as Record<string, any> | undefined;
    if (
      !request.query.get('api-version') ||
      body?.kind !== 'Conversation' ||
      typeof body.analysisInput?.conversationItem?.text !== 'string' ||
      body.parameters?.projectName !== CLU_PROJECT ||
      body.parameters?.deploymentName !== CLU_DEPLOYMENT
    )
      return { status: 400, json: { error: { code: 'InvalidRequest', message: 'Invalid Request.' } } };
    return answer(cluQueryOf(request), request);
  });
  await server.start();
  return server;
}

export function cluSettings(server: FakeServer): CluSettings {
  return {
    endpoint: server.url,
    key: CLU_KEY,
    project: CLU_PROJECT,
    deployment: CLU_DEPLOYMENT,
    apiVersion: CLU_API_VERSION,
  };
}

/** The environment that points the app's CLU backend at a fake server. */
export function cluEnv(server: FakeServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    RECOGNIZER: 'clu',
    CLU_ENDPOINT: server.url,
    CLU_KEY,
    CLU_PROJECT,
    CLU_DEPLOYMENT,
    CLU_API_VERSION,
    ...extra,
  };
}
