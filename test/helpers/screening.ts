import { type Activity, ConversationState, MemoryStorage, type Middleware, UserState } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import type { ScreeningSetup } from '../../dialogs/screening-dialog';
import { findService, loadServices } from '../../src/booking/services';
import { RedFlagMiddleware } from '../../src/bot/red-flag-middleware';
import { SafetyNetMiddleware } from '../../src/bot/safety-net-middleware';
import { StateEraser } from '../../src/bot/state-eraser';
import { FixedClock } from '../../src/clock';
import { buildMainDialog } from '../../src/conversation/build-main-dialog';
import { createMemoryAccessor } from '../../src/conversation/conversation-memory';
import type { DialogDependencies } from '../../src/conversation/dialog-dependencies';
import { type Reply, replyOf as replyOfActivity } from '../../src/conversation/reply';
import type { Recognizer } from '../../src/language/intents';
import {
  contextsFromAnswers,
  holdClearance,
  loadRedFlagContent,
  loadSafetyContent,
  loadScreeningContent,
  pendingQuestions,
  type SafetyContent,
  type ScreeningQuestion,
} from '../../src/screening';
import { conditionLeaves } from '../../src/screening/condition';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import {
  channelRendering,
  KNOWLEDGE_DIR,
  localRecognizer,
  messageRouter,
  messages,
  realQuestionAnswering,
  spa,
  vocabulary,
} from './dialog-deps';
import { TEST_NOW } from './test-app';

export const screeningContent = loadScreeningContent(KNOWLEDGE_DIR, spa);
export const redFlagContent = loadRedFlagContent(KNOWLEDGE_DIR, spa);
/** The product's safety layer: the lexicon, other languages and the urgency model trained on knowledge/. */
export const safetyContent: SafetyContent = loadSafetyContent(KNOWLEDGE_DIR, spa, {
  redFlags: redFlagContent,
});
export const VALID_DAYS = 30;
export const RETENTION_DAYS = 30;
export const DAY_MS = 86_400_000;

export function screeningQuestion(id: string): ScreeningQuestion {
  const found = screeningContent.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question "${id}" in screening.yaml`);
  return found;
}

/** The first question's message: what the person sees right after agreeing. */
export const FIRST_QUESTION = `${messages.text('screening_progress', {
  number: 1,
  total: pendingQuestions({}, screeningContent).length,
})}\n\n${screeningContent.questions[0]!.text}`;

export function screeningSetup(records = new MemoryScreeningRecords()): ScreeningSetup & {
  records: MemoryScreeningRecords;
} {
  return { content: screeningContent, records, validDays: VALID_DAYS, retentionDays: RETENTION_DAYS };
}

export type TestReply = Partial<Activity>;

/** The services catalogue (knowledge/services.yaml), where every service is named. */
export const services = loadServices(KNOWLEDGE_DIR);

/** A service's name as services.yaml gives it. */
export function serviceName(id: string): string {
  const service = findService(services, id);
  if (!service) throw new Error(`no service ${id} in services.yaml`);
  return service.name;
}

/** Every service's name, to tell a reply that suggests services. */
export const SERVICE_TEXTS = services.services.map((service) => service.name);

/** The text of each reply, in order (an empty string for a reply with none, such as a card alone). */
export function texts(replies: ReadonlyArray<{ text?: string }>): string[] {
  return replies.map((r) => String(r.text ?? ''));
}

/** The channel-neutral reply a dialog sent, as the activity carries it in this process. */
export function replyOf(activity: TestReply | undefined): Reply | undefined {
  return activity ? replyOfActivity(activity) : undefined;
}

export function buttons(activity: TestReply | undefined): string[] {
  return activity?.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
}

/**
 * The whole bot as app.ts wires it (MainDialog with every capability dialog, the real recognizer,
 * knowledge and screening content, the red-flag middleware and the real state eraser), on memory
 * storage, a fixed clock and in-memory screening records, driven through DialogTestClient.
 */
export async function conversation(
  options: { clock?: FixedClock; records?: MemoryScreeningRecords; recognizer?: Recognizer } = {},
) {
  const clock = options.clock ?? new FixedClock(TEST_NOW);
  const records = options.records ?? new MemoryScreeningRecords();
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const memory = createMemoryAccessor(conversationState);
  const deps: DialogDependencies = {
    recognizer: options.recognizer ?? (await localRecognizer()),
    localRecognizer: await localRecognizer(),
    router: messageRouter(),
    messages,
    vocabulary,
    eraser: new StateEraser(conversationState, userState, records),
    memory,
    clock,
    safetyHoldClearable: holdClearance(redFlagContent),
    safetyContextFromAnswers: (answers) => contextsFromAnswers(redFlagContent, answers),
  };
  const setup = screeningSetup(records);
  const main = buildMainDialog(deps, {
    questionAnswering: realQuestionAnswering(),
    screening: setup,
    services,
  });
  const redFlags: Middleware = new RedFlagMiddleware({
    content: safetyContent,
    messages,
    emergencyNumber: spa.emergencyNumber,
    conversationState,
    memory,
    events: records,
    clock,
  });
  const safetyNet: Middleware = new SafetyNetMiddleware({
    redFlags: redFlagContent,
    conversationState,
    dialogs: deps,
    emergencyNumber: spa.emergencyNumber,
  });
  const client = new DialogTestClient(
    'test',
    main,
    undefined,
    [channelRendering(), redFlags, safetyNet],
    conversationState,
  );

  /** Sends one message and returns every reply of that turn. */
  async function say(text: string): Promise<TestReply[]> {
    const replies: TestReply[] = [];
    let reply = await client.sendActivity(text);
    while (reply) {
      replies.push(reply);
      reply = client.getNextReply();
    }
    return replies;
  }

  /** Texts of the replies to one message. */
  async function texts(text: string): Promise<string[]> {
    return (await say(text)).map((r) => String(r.text ?? ''));
  }

  const storageKey = 'test/conversations/Convo1/';

  /** What is stored for this conversation right now, as JSON (to check what is and is not kept). */
  async function storedConversation(): Promise<string> {
    return JSON.stringify(await storage.read([storageKey]));
  }

  /** The safety hold as stored after the last turn. */
  async function safetyHoldSince(): Promise<string | undefined> {
    const stored = (await storage.read([storageKey]))[storageKey] as
      | { memory?: { safetyHoldSince?: string } }
      | undefined;
    return stored?.memory?.safetyHoldSince;
  }

  return {
    client,
    clock,
    records,
    deps,
    setup,
    conversationState,
    say,
    texts,
    safetyHoldSince,
    storedConversation,
  };
}

export type TestConversation = Awaited<ReturnType<typeof conversation>>;

/** A question's message starts with the progress line ("Question 3 of about 8"); this drops it. */
export function withoutProgress(text: string): string {
  const pattern = new RegExp(
    `^${messages.text('screening_progress', { number: 999, total: 888 }).replace('999', '\\d+').replace('888', '\\d+')}\n\n`,
  );
  return text.replace(pattern, '');
}

/** The screening question the last reply asks, if it asks one. */
export function questionAsked(replies: readonly TestReply[]): ScreeningQuestion | undefined {
  const text = withoutProgress(String(replies.at(-1)?.text ?? ''));
  return screeningContent.questions.find((q) => q.text === text);
}

/** Starts the health check the way a person does, and agrees to it. */
export async function startScreening(): Promise<TestConversation> {
  const chat = await conversation();
  await chat.say('recommend me something');
  expect((await chat.say('yes')).map((r) => withoutProgress(String(r.text ?? '')))).toEqual([
    withoutProgress(FIRST_QUESTION),
  ]);
  return chat;
}

/** The grouped questions ("Do any of these apply?") that must be answered yes for `id` to be asked. */
export function gatewaysTo(id: string): Set<string> {
  const askIf = screeningQuestion(id).askIf;
  const opened = new Set<string>();
  for (const leaf of askIf ? conditionLeaves(askIf, '') : []) {
    if (screeningQuestion(leaf.questionId).type === 'yes_no') opened.add(leaf.questionId);
    for (const further of gatewaysTo(leaf.questionId)) opened.add(further);
  }
  return opened;
}

/**
 * Answers "no" until `id` is the question asked, and "yes" to each grouped question that leads to it
 * (otherwise it would rightly be skipped). The question pending when it starts is answered "no".
 */
export async function answerNoUntil(chat: TestConversation, id: string): Promise<void> {
  const opens = gatewaysTo(id);
  let current: string | undefined;
  for (let turn = 0; turn < 30; turn++) {
    const replies = await chat.say(current && opens.has(current) ? 'yes' : 'no');
    current = questionAsked(replies)?.id;
    if (current === id) return;
  }
  throw new Error(`"${id}" was never asked`);
}

/** Whether the last reply is the review step before the result (it offers "Yes, that's right"). */
export function reviewShown(replies: readonly TestReply[]): boolean {
  return buttons(replies.at(-1)).includes(messages.text('choice_review_confirm'));
}

/**
 * Answers the pending question and every one after it until the health check ends: by question id
 * from `answers`, else "40" for numbers and `fallback` for the rest. Returns the last turn's replies.
 */
export async function answerAll(
  chat: TestConversation,
  pending: readonly TestReply[],
  answers: Readonly<Record<string, string>> = {},
  fallback = 'no',
): Promise<TestReply[]> {
  let last = [...pending];
  for (let turn = 0; turn < 60; turn++) {
    if (reviewShown(last)) {
      last = await chat.say(messages.text('choice_review_confirm'));
      continue;
    }
    const asked = questionAsked(last);
    if (!asked) return last;
    last = await chat.say(answers[asked.id] ?? (asked.type === 'number' ? '40' : fallback));
  }
  throw new Error('the health check did not end');
}

/**
 * `answerAll` through the real server: answers the pending question and every one after it (by question
 * id from `answers`, else "52" for numbers and `fallback` for the rest), confirms the review step, and
 * returns the texts of the last turn (the first reply that is neither a question nor the review).
 */
export async function answerAllOverHttp(
  user: { sayFull(text: string): Promise<Array<Record<string, unknown>>> },
  pending: readonly string[],
  answers: Readonly<Record<string, string>> = {},
  fallback = 'no',
): Promise<string[]> {
  let last: TestReply[] = pending.map((text) => ({ text }));
  for (let turn = 0; turn < 60; turn++) {
    const next = reviewShown(last)
      ? messages.text('choice_review_confirm')
      : (() => {
          const asked = questionAsked(last);
          return asked && (answers[asked.id] ?? (asked.type === 'number' ? '52' : fallback));
        })();
    if (!next) return last.map((r) => String(r.text ?? ''));
    last = (await user.sayFull(next)) as TestReply[];
  }
  throw new Error('the health check did not end');
}
