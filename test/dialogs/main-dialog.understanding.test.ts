/**
 * A labelled set of messages (knowledge/understanding-examples/tuning.yaml; UNDERSTANDING_SET=path runs
 * another file of the same format, e.g. a held-out set) sent one by one, each as the first message of a
 * new conversation, through the whole bot as src/app.ts wires it: red-flag middleware, MainDialog with
 * the real recognizer, knowledge, health check and hand-off. Asserts the routing targets, and
 * that `npm run understanding:eval` measures exactly what the bot does.
 */
import path from 'node:path';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { buildMainDialog } from '../../src/conversation/build-main-dialog';
import { createMemoryAccessor } from '../../src/conversation/conversation-memory';
import type { DialogDependencies } from '../../src/conversation/dialog-dependencies';
import type { HandoffSetup } from '../../dialogs/handoff-dialog';
import { RedFlagMiddleware } from '../../src/bot/red-flag-middleware';
import {
  buildPipeline,
  loadUnderstandingSet,
  type Outcome,
  outcomeFor,
  type Scored,
  score,
} from '../../src/cli/understanding-eval';
import { HandoffService } from '../../src/handoff/handoff-service';
import type { TranscriptLine } from '../../src/handoff/ticket';
import { loadKnowledgeBase, passagesOf } from '../../src/kb';
import { loadIntents } from '../../src/language/intents-content';
import { RouteFallback } from '../../src/language/route-fallback';
import { loadRouteModel } from '../../src/language/route-model-content';
import { MemoryAuditLog } from '../../src/storage/memory-audit-log';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { MemoryTickets } from '../../src/storage/memory-tickets';
import { openClock } from '../helpers/staff-api';
import {
  channelRendering,
  KNOWLEDGE_DIR,
  localRecognizer,
  messageRouter,
  messages,
  realQuestionAnswering,
  spa,
  vocabulary,
} from '../helpers/dialog-deps';
import { replyOf, safetyContent, screeningSetup, services, type TestReply } from '../helpers/screening';

const SET_FILE = path.resolve(
  process.env.UNDERSTANDING_SET ?? path.join(__dirname, '../../knowledge/understanding-examples/tuning.yaml'),
);
const set = loadUnderstandingSet(SET_FILE);
/** The route model the app trains at start-up (src/bot/knowledge.ts). */
const routeModel = loadRouteModel(
  KNOWLEDGE_DIR,
  loadKnowledgeBase(KNOWLEDGE_DIR, spa).articles,
  loadIntents(KNOWLEDGE_DIR),
)!;

/**
 * The bot for one conversation, wired as src/app.ts wires it: fresh state and a fresh ticket store, so
 * every message is the first of its conversation.
 */
async function newConversation(fallback?: Pick<RouteFallback, 'route'>) {
  const clock = openClock();
  const conversationState = new ConversationState(new MemoryStorage());
  const memory = createMemoryAccessor(conversationState);
  const router = messageRouter();
  const { index, declines } = realQuestionAnswering();
  const deps: DialogDependencies = {
    recognizer: await localRecognizer(),
    localRecognizer: await localRecognizer(),
    router,
    routeFallback:
      (fallback as RouteFallback | undefined) ?? new RouteFallback(routeModel, router, index, declines),
    messages,
    vocabulary,
    eraser: { async erase() {} },
    memory,
    clock,
  };
  const handoff = new HandoffService({
    tickets: new MemoryTickets(),
    audit: new MemoryAuditLog(),
    clock,
    messages,
    spa,
    proactive: { async send() {}, async typing() {} },
    notifier: { notify() {} },
    consoleUrl: (id) => `http://localhost/staff/#ticket=${id}`,
    targetMinutes: 5,
    expireMinutes: 30,
  });
  const handoffSetup: HandoffSetup = {
    service: handoff,
    transcript: conversationState.createProperty<TranscriptLine[]>('handoffTranscript'),
    targetMinutes: 5,
    async screeningFor() {
      return undefined;
    },
  };
  const records = new MemoryScreeningRecords();
  const main = buildMainDialog(deps, {
    services,
    questionAnswering: realQuestionAnswering(),
    screening: screeningSetup(records),
    handoff: handoffSetup,
  });
  const redFlags = new RedFlagMiddleware({
    content: safetyContent,
    messages,
    emergencyNumber: spa.emergencyNumber,
    conversationState,
    memory,
    events: records,
    clock,
  });
  const client = new DialogTestClient(
    'test',
    main,
    undefined,
    [channelRendering(), redFlags],
    conversationState,
  );
  return { client, handoff };
}

/** Sends one message as the first of a new conversation, and reads where the bot took it. */
async function botOutcome(text: string): Promise<Outcome> {
  const { client, handoff } = await newConversation();
  const qa = realQuestionAnswering();
  const replies: TestReply[] = [];
  let reply = await client.sendActivity(text);
  while (reply) {
    replies.push(reply);
    reply = client.getNextReply();
  }
  const texts = replies.map((r) => String(r.text ?? ''));
  const kinds = replies.map((r) => replyOf(r)?.kind);
  if (kinds.includes('urgent')) return { kind: 'urgent' };
  if ((await handoff.list(['open'])).length > 0) return { kind: 'handoff' };
  if (texts.includes(messages.text('gate_no_screening'))) return { kind: 'health_check' };
  const commands = [
    'help',
    'cancelled',
    'nothing_to_cancel',
    'restarted',
    'delete_confirm',
    'goodbye',
  ] as const;
  const notSupported = [
    safetyContent.otherLanguages.otherNotSupported,
    ...safetyContent.otherLanguages.languages.map((l) => l.notSupported),
  ];
  if (notSupported.includes(texts[0] ?? '')) return { kind: 'other_language' };
  const command = commands.find((id) => texts[0] === messages.text(id));
  if (command) return { kind: 'command', command };
  const declines = ['out_of_scope', 'decline_medicine', 'decline_diagnosis'] as const;
  const decline = declines.find((id) => texts[0] === messages.text(id));
  if (decline) return { kind: 'declined', why: decline };
  if (texts[0] === messages.text('kb_unknown')) return { kind: 'unknown' };
  if (texts[0] === messages.text('kb_clarify')) return { kind: 'clarify', candidates: [] };
  const answer = replyOf(replies[0]);
  if (answer?.kind === 'answer') {
    const article = [...qa.articles.values()].find((a) =>
      passagesOf(a).some((p) => answer.text === p || answer.text.startsWith(`${p}\n\n`)),
    );
    if (article) return { kind: 'answer', articleId: article.id, confidence: Number.NaN };
  }
  return { kind: 'other', what: texts[0] ?? '' };
}

/** Outcomes compared without what only the pipeline knows (confidence, "did you mean" candidates, decline ids). */
function comparable(outcome: Outcome): string {
  if (outcome.kind === 'answer') return `answer ${outcome.articleId}`;
  return outcome.kind;
}

describe(`understanding set ${path.basename(SET_FILE)}, through the whole bot`, () => {
  const scored: Scored[] = [];
  const pipelineOutcomes: string[] = [];

  beforeAll(async () => {
    const pipeline = await buildPipeline(KNOWLEDGE_DIR);
    const items: Omit<Scored, 'ok' | 'outcome'>[] = [
      ...set.questions.map((q) => ({
        set: 'questions' as const,
        text: q.text,
        expected: q.expected,
        personal: q.personal,
      })),
      ...set.out_of_scope.map((m) => ({ set: 'out_of_scope' as const, text: m.text })),
      ...set.handoff.map((m) => ({ set: 'handoff' as const, text: m.text })),
      ...set.personal.map((m) => ({ set: 'personal' as const, text: m.text })),
    ];
    for (const item of items) {
      scored.push(score({ ...item, outcome: await botOutcome(item.text) }));
      pipelineOutcomes.push(comparable(await outcomeFor(pipeline, item.text)));
    }
  }, 120_000);

  // The routing figures (hand-offs, personal requests, out of scope) are gated on the frozen held-out set
  // (test/heldout/heldout-gates.test.ts): this set was tuned on, so `npm run understanding:eval` reports
  // them and CI prints that report. What stays here holds message by message.

  it('fires no command on a message that is not one', () => {
    expect(scored.filter((s) => s.outcome.kind === 'command').map((s) => s.text)).toEqual([]);
  });

  it('is measured faithfully: understanding:eval predicts where the bot takes every message', () => {
    const bot = scored.map((s) => `${comparable(s.outcome)} | ${s.text}`);
    const predicted = pipelineOutcomes.map((o, i) => `${o} | ${scored[i]!.text}`);
    expect(bot).toEqual(predicted);
  });
});

describe('asking for a person in the middle of something else', () => {
  it('hands over from inside the health check, and the person wins over the booking in the same message', async () => {
    const { client, handoff } = await newConversation();
    expect((await client.sendActivity('what should I get'))?.text).toBe(messages.text('gate_no_screening'));
    await client.sendActivity('I want to talk to a real person please, about my booking');
    expect(await handoff.list(['open'])).toHaveLength(1);
  });

  it('answers a wish to phone instead of typing with the team and our number, not only the contact article', async () => {
    const { client, handoff } = await newConversation();
    const reply = await client.sendActivity("typing's a pain, can I ring you instead?");
    expect(await handoff.list(['open'])).toHaveLength(1);
    expect(reply?.text).toContain(spa.phone);
  });

  it('hands over a request for a person in words the rules lack (the route model, where the rules declined it)', async () => {
    const { client, handoff } = await newConversation();
    await client.sendActivity("I'd rather speak to an employee if that's alright");
    expect(await handoff.list(['open'])).toHaveLength(1);
  });

  it('does not re-read an answer inside the health check as a request: the route model acts only with no dialog waiting', async () => {
    // A route model that reads every message but the opening request as a request for a person: inside the health
    // check it is never asked, so the answers are answers.
    const { client, handoff } = await newConversation({
      route: (_text, ruled) => (ruled.kind === 'personal' ? ruled : { kind: 'handoff' }),
    });
    expect((await client.sendActivity('what should I get'))?.text).toBe(messages.text('gate_no_screening'));
    await client.sendActivity('yes');
    await client.sendActivity('no');
    expect(await handoff.list(['open'])).toHaveLength(0);
  });

  it('hands a request for a person in Spanish to the team, with a line in Spanish first, even inside the health check (round 13)', async () => {
    // Written for this test. It used to get "I speak English" and a button to press.
    const spanish = safetyContent.otherLanguages.languages.find((l) => l.code === 'es')!;
    const { client, handoff } = await newConversation();
    expect((await client.sendActivity('what should I get'))?.text).toBe(messages.text('gate_no_screening'));
    while (client.getNextReply()); // the health check's first question
    const reply = await client.sendActivity('por favor, ¿me puede llamar alguien del equipo? prefiero hablar con una persona');
    expect(reply?.text).toBe(spanish.handoffReply);
    expect(await handoff.list(['open'])).toHaveLength(1);
  });

  it('hands over while a "delete my data?" question is open', async () => {
    const { client, handoff } = await newConversation();
    expect((await client.sendActivity('delete my data'))?.text).toBe(messages.text('delete_confirm'));
    await client.sendActivity('actually can I speak to someone first');
    expect(await handoff.list(['open'])).toHaveLength(1);
  });
});
