import type { Article } from '../../src/kb';
import { GroundedAnswerWriter } from '../../src/language/grounded-answer-writer';
import { OpenAiChat } from '../../src/language/openai-chat';
import { WRITER_SYSTEM_PROMPT } from '../../src/language/prompts';
import { realQuestionAnswering } from '../helpers/dialog-deps';
import { type ChatCall, completion, openAiSettings, startFakeOpenAi, writerAnswer } from '../helpers/cloud/fake-openai';
import type { FakeResponse, FakeServer } from '../helpers/cloud/fake-server';
import { SLOW_MS, TEST_TIMEOUT_MS, testCall } from '../helpers/cloud/test-call';

const { articles } = realQuestionAnswering();
const article = (id: string) => articles.get(id)!;
const RETRIEVED: Article[] = [article('what-is-mld'), article('does-it-hurt'), article('detox-claims')];

let server: FakeServer;
let model: (call: ChatCall) => FakeResponse;
const calls: ChatCall[] = [];

beforeAll(async () => {
  server = await startFakeOpenAi((call) => {
    calls.push(call);
    return model(call);
  });
});
afterAll(() => server.stop());
beforeEach(() => {
  server.requests.length = 0;
  calls.length = 0;
  model = () => writerAnswer('MLD is a gentle, rhythmic massage [what-is-mld].', ['what-is-mld']);
});

function build(options: Parameters<typeof testCall>[1] = {}) {
  const t = testCall('openai_writer', options);
  const writer = new GroundedAnswerWriter(new OpenAiChat(openAiSettings(server), TEST_TIMEOUT_MS), t.call);
  return { ...t, writer };
}

describe('grounded answer writer (real openai SDK, local fake endpoint)', () => {
  it('sends the fixed rules as the system prompt and the retrieved entries with the redacted question as data', async () => {
    const { writer } = build();
    await writer.write('what is MLD? I am Jo, jo@example.com', RETRIEVED);
    const [call] = calls;
    expect(call!.schemaName).toBe('grounded_answer');
    expect(call!.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(call!.system).toBe(WRITER_SYSTEM_PROMPT);
    expect(call!.user.question).toBe('what is MLD? I am Jo, [email]');
    expect(call!.user.entries).toEqual(
      RETRIEVED.map((a) => ({ id: a.id, title: a.title, evidence: a.evidence, text: a.body })),
    );
  });

  it('returns the accepted answer, without citation markers, and the ids it cites', async () => {
    const { writer, events } = build();
    expect(await writer.write('what is mld', RETRIEVED)).toEqual({
      text: 'MLD is a gentle, rhythmic massage.',
      citations: ['what-is-mld'],
    });
    expect(events).toEqual([]);
  });

  it.each<[string, FakeResponse, string]>([
    ['cites an article that was not retrieved', writerAnswer('MLD costs little.', ['spa-prices']), 'unknown_citation'],
    ['cites nothing', writerAnswer('MLD is a gentle massage.', []), 'no_citation'],
    ['recommends a package', writerAnswer('I recommend our 10-session package [what-is-mld].', ['what-is-mld']), 'recommendation'],
    ['diagnoses', writerAnswer('It sounds like you have lymphedema [what-is-mld].', ['what-is-mld']), 'diagnosis'],
    ['asserts a detox benefit', writerAnswer('MLD flushes toxins from your body.', ['detox-claims']), 'evidence'],
    ['recites its instructions', writerAnswer(WRITER_SYSTEM_PROMPT, ['what-is-mld']), 'prompt_leak'],
    ['declines (empty answer)', writerAnswer('', []), 'empty'],
  ])('falls back to the curated text when the model %s', async (_label, response, check) => {
    const { writer, events } = build();
    model = () => response;
    expect(await writer.write('what is mld', RETRIEVED)).toBeNull();
    expect(events).toEqual([{ backend: 'openai_writer', reason: 'rejected', check }]);
  });

  it.each<[string, FakeResponse, string, number]>([
    ['fails with 500 (after one retry)', { status: 500, json: { error: { message: 'boom' } } }, 'server_error', 2],
    ['answers with malformed JSON', completion('{"answer": "MLD is'), 'malformed', 1],
    ['answers in the wrong schema', completion({ text: 'MLD is a massage', sources: ['what-is-mld'] }), 'malformed', 1],
    ['is too slow (after one retry)', { ...writerAnswer('x', ['what-is-mld']), delayMs: SLOW_MS }, 'timeout', 2],
  ])('falls back to the curated text when the endpoint %s', async (_label, response, reason, attempts) => {
    const { writer, events } = build();
    model = () => response;
    expect(await writer.write('what is mld', RETRIEVED)).toBeNull();
    expect(server.requests).toHaveLength(attempts);
    expect(events).toEqual([expect.objectContaining({ backend: 'openai_writer', reason })]);
  });

  it('does not call the model when nothing was retrieved', async () => {
    const { writer } = build();
    expect(await writer.write('what is mld', [])).toBeNull();
    expect(server.requests).toHaveLength(0);
  });
});
