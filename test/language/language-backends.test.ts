import { describeConfig, loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors';
import { passagesOf } from '../../src/kb';
import { createLogger } from '../../src/log';
import { messages, realQuestionAnswering } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { cluAnswer, cluEnv, cluQueryOf, startFakeClu } from '../helpers/cloud/fake-clu';
import { intentAnswer, openAiEnv, startFakeOpenAi, writerAnswer } from '../helpers/cloud/fake-openai';
import type { FakeResponse, FakeServer } from '../helpers/cloud/fake-server';

const BOUNDED = { LANGUAGE_TIMEOUT_MS: '2000' };

function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', logMessageText: false, destination: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}

async function metricsOf(url: string): Promise<string> {
  return (await fetch(`${url}/metrics`)).text();
}

describe('switching language backends is configuration only', () => {
  const connector = new LocalConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  it('recognizes through CLU when configured, and falls back to the local recognizer when CLU fails or is gone', async () => {
    let answer: (text: string) => FakeResponse = (text) =>
      cluAnswer(text, [{ category: 'greeting', confidenceScore: 0.96 }]);
    const clu: FakeServer = await startFakeClu((text) => answer(text));
    const { logger, lines } = capturedLogger();
    let running: RunningApp | undefined;
    try {
      running = await startTestApp({ env: cluEnv(clu, BOUNDED), overrides: { logger } });
      const user = new EmulatorUser(running.url, connector);
      // Words no local example knows: only CLU can call this a greeting.
      expect(await user.say('xyzzy plugh frobozz')).toEqual([messages.text('welcome_back')]);
      expect(clu.requests.map(cluQueryOf)).toEqual(['xyzzy plugh frobozz']);

      answer = () => ({ status: 500, json: { error: { code: 'InternalServerError', message: 'down' } } });
      expect(await user.say('hello there')).toEqual([messages.text('welcome_back')]);
      await clu.stop();
      expect(await user.say('hello there')).toEqual([messages.text('welcome_back')]);

      const metrics = await metricsOf(running.url);
      expect(metrics).toContain('lymph_language_fallbacks_total{backend="clu",reason="server_error"} 1');
      expect(metrics).toContain('lymph_language_fallbacks_total{backend="clu",reason="network"} 1');
      const fallbackLines = lines.filter((line) => line.includes('language backend not used'));
      expect(fallbackLines).toHaveLength(2);
      expect(JSON.parse(fallbackLines[0]!)).toMatchObject({ language: { backend: 'clu', reason: 'server_error' } });
      expect(fallbackLines.join('\n')).not.toContain('hello there');
    } finally {
      await running?.close();
      await clu.stop();
    }
  });

  it('words answers with the OpenAI writer when configured, and shows the curated article when it fails', async () => {
    const { articles } = realQuestionAnswering();
    let model: (schemaName: string) => FakeResponse = (schemaName) =>
      schemaName === 'intent_recognition'
        ? intentAnswer('ask_question', 0.97)
        : writerAnswer('Written for you: it should feel gentle, not painful [does-it-hurt].', ['does-it-hurt']);
    const openai = await startFakeOpenAi((call) => model(call.schemaName));
    let running: RunningApp | undefined;
    try {
      running = await startTestApp({
        env: openAiEnv(openai, { ...BOUNDED, RECOGNIZER: 'openai', ANSWER_WRITER: 'openai' }),
      });
      const user = new EmulatorUser(running.url, connector);
      const [written] = await user.say('does lymphatic drainage hurt?');
      expect(written).toContain('Written for you: it should feel gentle, not painful.');
      expect(written).toContain(articles.get('does-it-hurt')!.sources[0]!.url);
      expect(openai.requests.map((r) => (r.body as { response_format: { json_schema: { name: string } } }).response_format.json_schema.name)).toEqual([
        'intent_recognition',
        'grounded_answer',
      ]);

      model = () => ({ status: 503, json: { error: { message: 'overloaded' } } });
      const [curated] = await user.say('does lymphatic drainage hurt?');
      expect(curated).toContain(passagesOf(articles.get('does-it-hurt')!)[0]!);
      const metrics = await metricsOf(running.url);
      expect(metrics).toContain('lymph_language_fallbacks_total{backend="openai",reason="server_error"} 1');
      expect(metrics).toContain('lymph_language_fallbacks_total{backend="openai_writer",reason="server_error"} 1');
    } finally {
      await running?.close();
      await openai.stop();
    }
  });

  it('starts and stays ready when a configured backend is merely unreachable', async () => {
    const gone = await startFakeClu(() => ({ status: 500 }));
    await gone.stop();
    const running = await startTestApp({ env: cluEnv(gone, BOUNDED) });
    try {
      expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
      const user = new EmulatorUser(running.url, connector);
      expect(await user.say('hi')).toEqual([messages.text('welcome_back')]);
    } finally {
      await running.close();
    }
  });
});

describe('language backend configuration', () => {
  const clu = {
    RECOGNIZER: 'clu',
    CLU_ENDPOINT: 'https://my-language.cognitiveservices.azure.com',
    CLU_KEY: 'k',
    CLU_PROJECT: 'lymph',
    CLU_DEPLOYMENT: 'production',
  };
  const openai = { ANSWER_WRITER: 'openai', OPENAI_API_KEY: 'sk-x', OPENAI_MODEL: 'gpt-4o-mini' };

  it('defaults to the local recognizer and curated answers', () => {
    expect(loadConfig({}).language).toMatchObject({
      recognizer: 'local',
      answerWriter: 'curated',
      timeoutMs: 2500,
      retries: 1,
    });
  });

  it.each([
    [{ ...clu, CLU_ENDPOINT: 'not a url' }, 'CLU_ENDPOINT'],
    [{ ...clu, CLU_ENDPOINT: 'http://my-language.cognitiveservices.azure.com' }, 'CLU_ENDPOINT'],
    [{ ...clu, CLU_ENDPOINT: '' }, 'CLU_ENDPOINT'],
    [{ ...clu, CLU_KEY: '' }, 'CLU_KEY'],
    [{ ...clu, CLU_KEY: '   ' }, 'CLU_KEY'],
    [{ ...clu, CLU_PROJECT: '' }, 'CLU_PROJECT'],
    [{ ...clu, CLU_DEPLOYMENT: '' }, 'CLU_DEPLOYMENT'],
    [{ ...clu, CLU_API_VERSION: 'latest' }, 'CLU_API_VERSION'],
    [{ ...openai, OPENAI_API_KEY: '' }, 'OPENAI_API_KEY'],
    [{ ...openai, OPENAI_MODEL: '' }, 'OPENAI_MODEL'],
    [{ ...openai, OPENAI_BASE_URL: 'ftp://models.example' }, 'OPENAI_BASE_URL'],
    [{ RECOGNIZER: 'openai', OPENAI_MODEL: 'm' }, 'OPENAI_API_KEY'],
    [{ RECOGNIZER: 'luis' }, 'RECOGNIZER'],
    [{ ANSWER_WRITER: 'gpt' }, 'ANSWER_WRITER'],
    [{ LANGUAGE_TIMEOUT_MS: '0' }, 'LANGUAGE_TIMEOUT_MS'],
    [{ LANGUAGE_RETRIES: '9' }, 'LANGUAGE_RETRIES'],
  ])('stops start-up naming the variable for %j', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
  });

  it('accepts plain http only for a local endpoint, and never logs the keys', () => {
    const config = loadConfig({
      ...clu,
      CLU_ENDPOINT: 'http://127.0.0.1:5000',
      CLU_KEY: 'clu-secret-123',
      ...openai,
      OPENAI_API_KEY: 'sk-secret-456',
      OPENAI_BASE_URL: 'https://my-resource.openai.azure.com/openai/v1/',
    });
    expect(config.language).toMatchObject({ recognizer: 'clu', answerWriter: 'openai' });
    const logged = JSON.stringify(describeConfig(config));
    expect(logged).not.toContain('clu-secret-123');
    expect(logged).not.toContain('sk-secret-456');
  });
});
