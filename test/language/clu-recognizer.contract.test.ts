import { CluRecognizer } from '../../src/language/clu-recognizer';
import type { Recognition, Recognizer } from '../../src/language/intents';
import { loadIntents } from '../../src/language/intents-content';
import { PersonalAdviceCues } from '../../src/language/personal-advice';
import { ResilientRecognizer } from '../../src/language/resilient-recognizer';
import { KNOWLEDGE_DIR } from '../helpers/dialog-deps';
import { cluAnswer, cluSettings, startFakeClu } from '../helpers/cloud/fake-clu';
import type { FakeResponse, FakeServer } from '../helpers/cloud/fake-server';
import { testCall } from '../helpers/cloud/test-call';

/** The local stand-in: an answer no cloud test scripts, so a fallback is plain to see. */
const LOCAL: Recognition = { intent: 'help', score: 0.61, entities: [] };
const local: Recognizer = { recognize: async () => LOCAL };
const cues = PersonalAdviceCues.fromContent(loadIntents(KNOWLEDGE_DIR));

let server: FakeServer;
let answer: (text: string) => FakeResponse;

beforeAll(async () => {
  server = await startFakeClu((text) => answer(text));
});
afterAll(() => server.stop());
beforeEach(() => {
  server.requests.length = 0;
  answer = (text) => cluAnswer(text, [{ category: 'greeting', confidenceScore: 0.93 }]);
});

function build(options: Parameters<typeof testCall>[1] = {}) {
  const t = testCall('clu', options);
  const recognizer = new ResilientRecognizer(new CluRecognizer(cluSettings(server)), local, t.call, cues);
  return { ...t, recognizer };
}

describe('Azure CLU recognizer (real SDK client, local fake service)', () => {
  it('sends the redacted message to the project deployment with the key and api-version the service expects', async () => {
    const { recognizer } = build();
    await recognizer.recognize('hello, mail me at jo@example.com or call 0612 345 678');
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.query.get('api-version')).toBe('2023-04-01');
    const sent = JSON.stringify(request!.body);
    expect(sent).not.toContain('jo@example.com');
    expect(sent).not.toContain('345 678');
    expect(sent).toContain('[email]');
  });

  it('maps CLU intents onto ours by name, with CLU’s confidence as the score', async () => {
    const { recognizer, events } = build();
    answer = (text) =>
      cluAnswer(text, [
        { category: 'book', confidenceScore: 0.88 },
        { category: 'greeting', confidenceScore: 0.05 },
      ]);
    expect(await recognizer.recognize('can i get an appointment thursday')).toMatchObject({ intent: 'book', score: 0.88 });
    expect(events).toEqual([]);
  });

  it.each([
    ['an intent we do not have', 'OrderPizza', 0.97],
    ['CLU’s own None intent', 'None', 0.99],
    ['a known intent below the confidence threshold', 'greeting', 0.3],
  ])('reads %s as none', async (_label, category, confidenceScore) => {
    const { recognizer } = build();
    answer = (text) => cluAnswer(text, [{ category, confidenceScore }]);
    expect((await recognizer.recognize('blah blah')).intent).toBe('none');
  });

  it('keeps contact details local and adds the numbers and durations CLU resolved', async () => {
    const { recognizer } = build();
    answer = (text) =>
      cluAnswer(
        text,
        [{ category: 'ask_question', confidenceScore: 0.9 }],
        [
          {
            category: 'duration_days',
            text: 'a fortnight',
            offset: 8,
            length: 11,
            confidenceScore: 1,
            resolutions: [{ resolutionKind: 'TemporalSpanResolution', duration: 'P14D' }],
          },
          {
            category: 'Quantity.Number',
            text: 'a dozen',
            offset: 30,
            length: 7,
            confidenceScore: 1,
            resolutions: [{ resolutionKind: 'NumberResolution', numberKind: 'Integer', value: 12 }],
          },
          { category: 'email', text: '[email]', offset: 50, length: 7, confidenceScore: 1 },
        ],
      );
    const recognition = await recognizer.recognize(
      'surgery a fortnight ago, had a dozen sessions, my email is jo@example.com',
    );
    expect(recognition.entities).toEqual([
      { type: 'email', value: 'jo@example.com', text: 'jo@example.com' },
      { type: 'duration_days', value: 14, text: 'a fortnight' },
      { type: 'number', value: 12, text: 'a dozen' },
    ]);
  });

  it('still sends a question about oneself to the health screening, whatever CLU says', async () => {
    const { recognizer } = build();
    answer = (text) => cluAnswer(text, [{ category: 'ask_question', confidenceScore: 0.97 }]);
    expect((await recognizer.recognize('should i get lymphatic drainage after my lipo?')).intent).toBe(
      'get_recommendation',
    );
  });

  it('retries a 500 once, then answers locally and records why', async () => {
    const { recognizer, events } = build();
    answer = () => ({ status: 500, json: { error: { code: 'InternalServerError', message: 'boom' } } });
    expect(await recognizer.recognize('hi there')).toEqual(LOCAL);
    expect(server.requests).toHaveLength(2);
    expect(events).toEqual([{ backend: 'clu', reason: 'server_error', status: 500 }]);
  });

  it('recovers when the retry succeeds', async () => {
    const { recognizer, events } = build();
    let calls = 0;
    answer = (text) =>
      ++calls === 1 ? { status: 503, json: {} } : cluAnswer(text, [{ category: 'thanks', confidenceScore: 0.9 }]);
    expect((await recognizer.recognize('thx')).intent).toBe('thanks');
    expect(events).toEqual([]);
  });

  it('gives up on a slow answer at the timeout and answers locally', async () => {
    const { recognizer, events } = build({ retries: 0 });
    // A service that never answers: the local answer can only come from the client's own timeout.
    answer = (text) => ({ ...cluAnswer(text, [{ category: 'greeting', confidenceScore: 0.9 }]), neverAnswers: true });
    expect(await recognizer.recognize('hello')).toEqual(LOCAL);
    expect(events).toEqual([{ backend: 'clu', reason: 'timeout' }]);
  });

  it.each<[string, FakeResponse]>([
    ['a body that is not JSON', { raw: '{"kind": "ConversationResult", "result": ' }],
    ['an orchestration result', { json: { kind: 'ConversationResult', result: { query: 'x', prediction: { projectKind: 'Orchestration', topIntent: 'x', intents: {} } } } }],
    ['a result without intents', { json: { kind: 'ConversationResult', result: { query: 'x', prediction: { projectKind: 'Conversation' } } } }],
  ])('treats %s as malformed, without retrying', async (_label, response) => {
    const { recognizer, events } = build();
    answer = () => response;
    expect(await recognizer.recognize('hello')).toEqual(LOCAL);
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([expect.objectContaining({ backend: 'clu', reason: 'malformed' })]);
  });

  it('does not retry a wrong key', async () => {
    const t = testCall('clu');
    const recognizer = new ResilientRecognizer(
      new CluRecognizer({ ...cluSettings(server), key: 'wrong-key' }),
      local,
      t.call,
      cues,
    );
    expect(await recognizer.recognize('hello')).toEqual(LOCAL);
    expect(server.requests).toHaveLength(1);
    expect(t.events).toEqual([{ backend: 'clu', reason: 'client_error', status: 401 }]);
  });

  it('stops calling a failing service, then tries once more after the cool-down', async () => {
    const { recognizer, events, clock } = build({ retries: 0, failureThreshold: 3, cooldownMs: 30_000 });
    answer = () => ({ status: 500, json: {} });
    for (let i = 0; i < 5; i++) expect(await recognizer.recognize('hello')).toEqual(LOCAL);
    expect(server.requests).toHaveLength(3);
    expect(events.map((e) => e.reason)).toEqual([
      'server_error',
      'server_error',
      'server_error',
      'circuit_open',
      'circuit_open',
    ]);
    clock.advance(30_000);
    answer = (text) => cluAnswer(text, [{ category: 'greeting', confidenceScore: 0.9 }]);
    expect((await recognizer.recognize('hello')).intent).toBe('greeting');
    expect((await recognizer.recognize('hello')).intent).toBe('greeting');
    expect(server.requests).toHaveLength(5);
  });
});
