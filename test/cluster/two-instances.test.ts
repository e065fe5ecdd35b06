import type { Activity } from 'botbuilder';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { type Instance, startInstance } from '../helpers/instances';
import { LocalConnector } from '../helpers/local-connector';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import {
  FIRST_QUESTION,
  RETENTION_DAYS,
  screeningContent,
  screeningQuestion,
  VALID_DAYS,
  withoutProgress,
} from '../helpers/screening';
import { TcpProxy } from '../helpers/tcp-proxy';
import { eventually, StaffApi } from '../helpers/staff-api';
import { openConsoleStream } from '../helpers/console-stream';
import { PERSON_CHANNEL_DATA_KEY } from '../../src/bot/proactive';
import { RecordingClient, webchatSession, wordsOf } from '../helpers/direct-line-client';

// Two bot processes on one PostgreSQL database, as behind a load balancer. Started once for the file
// (each start trains the recognizer): every scenario below uses both.
jest.setTimeout(120_000);

const consent = messages.text('screening_consent', { validDays: VALID_DAYS, retentionDays: RETENTION_DAYS });
const questionTexts = new Set(screeningContent.questions.map((q) => q.text));
const texts = (replies: readonly (string | undefined)[]) => replies.map((text) => withoutProgress(text ?? ''));

function optionLabel(questionId: string, optionId: string): string {
  const question = screeningQuestion(questionId);
  if (question.type !== 'choice') throw new Error(`${questionId} is not a choice question`);
  return question.options.find((option) => option.id === optionId)!.label;
}

/** Consent given: no emergency signs, the whole body; the health check then asks about a clot. */
const TO_CLOT_QUESTION = [optionLabel('red_flag_symptoms', 'none'), optionLabel('treatment_area', 'all'), 'yes'];

let database: TestDatabase;
let env: Record<string, string>;
let a: Instance;
let b: Instance;
const connector = new LocalConnector();
// Where the bot's Direct Line replies are posted (DIRECTLINE_SERVICE_URL): "the load balancer", which sends
// them all to B, so a reply to a person whose stream is open on A is stored by B and must cross over.
const balancer = new TcpProxy();

beforeAll(async () => {
  database = await createTestDatabase();
  await Promise.all([connector.start(), balancer.start()]);
  env = {
    STORAGE: 'postgres',
    DATABASE_URL: database.url,
    DIRECTLINE_SERVICE_URL: `http://127.0.0.1:${balancer.port}`,
  };
  [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  balancer.target = { host: '127.0.0.1', port: Number(new URL(b.url).port) };
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([connector.stop(), balancer.stop()]);
  await database?.drop();
});

/** The same person in the same conversation, reaching instance A or B. */
function samePersonOn(conversationId: string): { onA: EmulatorUser; onB: EmulatorUser } {
  const ids = { conversationId, userId: `user-${conversationId}` };
  return { onA: new EmulatorUser(a.url, connector, ids), onB: new EmulatorUser(b.url, connector, ids) };
}

function messageActivity(conversationId: string, id: string, text: string): Record<string, unknown> {
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl: connector.url,
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, name: 'Test Person', role: 'user' },
    recipient: { id: 'lymph-bot', name: 'Lymph', role: 'bot' },
    locale: 'en-US',
    text,
  };
}

describe('two instances, one PostgreSQL database', () => {
  it('keeps one screening consistent while its turns alternate between the instances', async () => {
    const { onA, onB } = samePersonOn(`alternating-${Date.now()}`);
    expect(await onA.say('Which package should I book?')).toEqual([
      messages.text('gate_no_screening'),
      consent,
    ]);
    expect(await onB.say('yes')).toEqual([FIRST_QUESTION]);
    let last = withoutProgress(FIRST_QUESTION);
    const asked: string[] = [last];
    for (let turn = 0; ; turn++) {
      if (turn > 40) throw new Error('the health check did not end');
      const on = turn % 2 === 0 ? onA : onB;
      let replies: string[];
      if (last.startsWith(messages.text('screening_review_intro'))) {
        replies = await on.say(messages.text('choice_review_confirm'));
      } else if (questionTexts.has(last)) {
        const question = screeningContent.questions.find((q) => q.text === last)!;
        replies = await on.say(question.type === 'number' ? '52' : 'no');
      } else {
        break;
      }
      last = texts(replies).at(-1) ?? '';
      if (questionTexts.has(last)) asked.push(last);
      else if (!last.startsWith(messages.text('screening_review_intro')))
        expect(replies.join(' ')).toContain(screeningContent.outcomes.suitable.title);
    }
    // Each question once, in order: neither instance repeated or skipped one the other had asked.
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.length).toBeGreaterThan(3);
  });

  it('takes two answers sent to the two instances at the same instant one after the other, losing neither', async () => {
    const conversationId = `race-${Date.now()}`;
    const { onA, onB } = samePersonOn(conversationId);
    await onA.say('Which package should I book?');
    expect(await onB.say('yes')).toEqual([FIRST_QUESTION]);
    let last: string[] = [];
    for (const answer of TO_CLOT_QUESTION) last = await onA.say(answer);
    expect(texts(last)).toEqual([screeningQuestion('clot_now').text]);
    const before = connector.messagesTo(conversationId).length;
    const responses = await Promise.all([
      onA.post(messageActivity(conversationId, 'answer-on-a', 'no')),
      onB.post(messageActivity(conversationId, 'answer-on-b', 'no')),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const replies = connector.messagesTo(conversationId).slice(before);
    // One "no" answered the clot question, the other the next one: the two next questions, each once, and
    // every reply to one answer before any reply to the other.
    expect(texts(replies.map((r) => r.text)).sort()).toEqual(
      [screeningQuestion('infection_now').text, screeningQuestion('cellulitis_recent').text].sort(),
    );
    const order = replies.map((r) => r.replyToId);
    expect(new Set(order)).toEqual(new Set(['answer-on-a', 'answer-on-b']));
    expect(replies.map((r) => r.text)).not.toContain(messages.text('turn_error'));
  });

  it('hands off on one instance, and the team answers through the other to the stream the person holds', async () => {
    const staffOnB = new StaffApi(b.url);
    const session = await webchatSession(a.url);
    const person = new RecordingClient({ domain: session.domain, token: session.token, webSocket: true });
    const consoleOnA = await openConsoleStream(a.url);
    try {
      await person.waitFor((x) => wordsOf(x).includes(messages.text('welcome')));
      await person.post('can i talk to a real person please', session.userId);
      await person.waitFor(
        (x) =>
          x.from.role === 'bot' &&
          wordsOf(x).includes(messages.text('handoff_live_queued', { position: 1, minutes: 10 })),
      );

      const [ticket] = await staffOnB.openTickets();
      expect(ticket).toMatchObject({ status: 'open', channel: 'directline' });
      expect(
        (await staffOnB.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' })).status,
      ).toBe(200);
      await person.waitFor((x: Activity) => x.text === messages.text('handoff_joined', { name: 'Ana' }));
      // The console connected to A hears about the claim made on B.
      await eventually(() => expect(consoleOnA.events()).toContain(ticket.id), 10_000);

      const reply = 'Hi, I am Ana. How can I help?';
      expect(
        (await staffOnB.call('POST', `/staff/api/tickets/${ticket.id}/messages`, { text: reply })).status,
      ).toBe(201);
      // The web chat shows the name above the words: the words go alone, the name rides in channelData.
      const words = await person.waitFor((x: Activity) => x.from.role === 'bot' && x.text === reply);
      expect(words.channelData).toMatchObject({ [PERSON_CHANNEL_DATA_KEY]: { name: 'Ana' } });
    } finally {
      person.end();
      consoleOnA.close();
    }
  });
  it('refuses a sixth wrong sign-in on one instance after five on the other', async () => {
    const signIn = (baseUrl: string) =>
      fetch(`${baseUrl}/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'guessed-name', password: 'not the password' }),
      });
    for (let i = 0; i < 5; i++) expect((await signIn(a.url)).status).toBe(401);
    const refused = await signIn(b.url);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

// kill -9 mid-screening and mid-hand-off, and the other carries on with what was acknowledged (everything lives
// in PostgreSQL; the dead instance's turn locks went with its connections). The instance that dies is one of
// this test's own, so A and B serve the other tests whatever order they run in.
describe('when one instance dies', () => {
  let doomed: Instance | undefined;
  afterEach(() => doomed?.stop());

  it('resumes the same screening question and the same claimed ticket on the surviving instance', async () => {
    const dying = await startInstance(env);
    doomed = dying;
    const screening = { conversationId: `crash-screening-${Date.now()}`, userId: 'crash-person-1' };
    const handoff = { conversationId: `crash-handoff-${Date.now()}`, userId: 'crash-person-2' };
    const screeningOnA = new EmulatorUser(dying.url, connector, screening);
    const handoffOnA = new EmulatorUser(dying.url, connector, handoff);
    const staffOnA = new StaffApi(dying.url);

    await screeningOnA.say('Which package should I book?');
    expect(await screeningOnA.say('yes')).toEqual([FIRST_QUESTION]);
    let last: string[] = [];
    for (const answer of TO_CLOT_QUESTION) last = await screeningOnA.say(answer);
    expect(texts(last)).toEqual([screeningQuestion('clot_now').text]);

    await handoffOnA.say('hi');
    await handoffOnA.say('can i talk to a real person please');
    const [ticket] = await staffOnA.openTickets();
    expect(
      (await staffOnA.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' })).status,
    ).toBe(200);

    await dying.kill();

    // The screening goes on from the question A asked last.
    const screeningOnB = new EmulatorUser(b.url, connector, screening);
    expect(texts(await screeningOnB.say('no'))).toEqual([screeningQuestion('infection_now').text]);

    // The claimed ticket is still Ana's; her reply through B reaches the person, whose answer reaches her.
    const staffOnB = new StaffApi(b.url);
    expect(await staffOnB.ticket(ticket.id)).toMatchObject({ status: 'claimed' });
    expect(
      (await staffOnB.call('POST', `/staff/api/tickets/${ticket.id}/messages`, { text: 'Still here.' }))
        .status,
    ).toBe(201);
    expect(connector.messagesTo(handoff.conversationId).at(-1)?.text).toBe('Ana: Still here.');
    const handoffOnB = new EmulatorUser(b.url, connector, handoff);
    expect(await handoffOnB.say('thanks, my question is about prices')).toEqual([]);
    const detail = await staffOnB.ticket(ticket.id);
    expect(detail.messages.map((m: { from: string; text: string }) => [m.from, m.text]).slice(-2)).toEqual([
      ['staff', 'Still here.'],
      ['person', 'thanks, my question is about prices'],
    ]);
    expect(connector.messagesTo(handoff.conversationId).map((m) => m.text)).not.toContain(
      messages.text('turn_error'),
    );
  });
});
