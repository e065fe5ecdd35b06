import type { Activity } from 'botbuilder';
import { messages } from '../helpers/dialog-deps';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import { screeningQuestion } from '../helpers/screening';
import { startTestApp } from '../helpers/test-app';
import { RecordingClient, webchatSession, wordsOf } from '../helpers/direct-line-client';

/** Whether a bot activity (text or card) asks this screening question; cards carry it as a text block. */
const asks = (a: Activity, questionId: string) =>
  a.from.role === 'bot' && wordsOf(a).includes(screeningQuestion(questionId).text);

const NONE_OF_THESE = noneOfThese();
function noneOfThese(): string {
  const first = screeningQuestion('red_flag_symptoms');
  if (first.type !== 'choice') throw new Error('red_flag_symptoms is no longer a choice');
  const none = first.options.find((option) => option.id === 'none');
  if (!none) throw new Error('red_flag_symptoms has no "none" option');
  return none.label;
}

// The whole app on STORAGE=postgres: a web chat mid-screening survives a restart of the service, with its
// token (the generated Direct Line secret is kept in the database), its history and its dialog state.
jest.setTimeout(60_000);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

it('resumes a web chat mid-screening after the service restarts', async () => {
  const env = { STORAGE: 'postgres', DATABASE_URL: database.url, DATABASE_POOL_SIZE: '3' };
  const first = await startTestApp({ env });
  const session = await webchatSession(first.url);
  const before = new RecordingClient({ domain: session.domain, token: session.token, webSocket: true });
  try {
    await before.waitFor((a) => wordsOf(a).includes(messages.text('welcome')));
    await before.post('Which package should I book?', session.userId);
    await before.waitFor(
      (a) => a.from.role === 'bot' && wordsOf(a).includes(messages.text('gate_no_screening')),
    );
    await before.post('yes', session.userId);
    await before.waitFor((a) => asks(a, 'red_flag_symptoms'));
  } finally {
    before.end();
    await first.close();
  }

  const second = await startTestApp({ env });
  let client: RecordingClient | undefined;
  try {
    const resumed = await webchatSession(second.url, session);
    expect(resumed).toMatchObject({ resumed: true, conversationId: session.conversationId });
    client = new RecordingClient({
      domain: resumed.domain,
      token: resumed.token,
      conversationId: resumed.conversationId,
      webSocket: true,
    });
    const chat = client;
    const history = (): Activity[] => chat.received.filter((a) => a.type === 'message');
    await chat.waitFor((a) => asks(a, 'red_flag_symptoms'));
    expect(
      history()
        .filter((a) => a.from.role === 'user')
        .map((a) => a.text),
    ).toEqual(['Which package should I book?', 'yes']);
    await chat.post(NONE_OF_THESE, session.userId);
    // The screening goes on from the question asked before the restart.
    await chat.waitFor((a) => asks(a, 'treatment_area'));
  } finally {
    client?.end();
    await second.close();
  }
});
