import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { FixedClock } from '../../src/clock';
import { passagesOf } from '../../src/kb';
import { findService, loadServices } from '../../src/booking/services';
import { KNOWLEDGE_DIR, messages, realQuestionAnswering } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { redFlagContent, screeningContent, screeningQuestion } from '../helpers/screening';
import { type RunningApp, startTestApp, TEST_NOW } from '../helpers/test-app';

/**
 * Whole conversations as data: every test/conversations/*.yaml is one conversation with the real app over
 * HTTP (a fresh app each, so none depends on another). Expected words are named by content id wherever
 * the content has them, so a reworded message changes the content and not the tests.
 */

/** Words the bot says, as a literal or by id in the content. */
const ContentRef = z.union([
  z.string(),
  z
    .object({
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .strict(),
  z
    .object({ article: z.string(), part: z.enum(['title', 'opening', 'first-source']).default('opening') })
    .strict(),
  z.object({ redFlagAdvice: z.string() }).strict(),
  z.object({ question: z.string() }).strict(),
  z.object({ outcomeTitle: z.string() }).strict(),
  z.object({ service: z.string() }).strict(),
]);
type ContentRef = z.infer<typeof ContentRef>;
const OneOrMore = z
  .union([ContentRef, z.array(ContentRef)])
  .transform((refs) => (Array.isArray(refs) ? refs : [refs]));

const CARD_TYPES = {
  hero: 'application/vnd.microsoft.card.hero',
  adaptive: 'application/vnd.microsoft.card.adaptive',
  thumbnail: 'application/vnd.microsoft.card.thumbnail',
} as const;

/** What one reply of the bot must be; every field given is checked. */
const ReplyExpectation = z
  .object({
    text: ContentRef.optional(),
    contains: OneOrMore.optional(),
    notContains: OneOrMore.optional(),
    matches: z.string().optional(),
    /** Suggested actions that must be among the reply's buttons, by their shown title. */
    actions: z.array(ContentRef).optional(),
    /** The kinds of card attached, in order; [] for none. */
    cards: z.array(z.enum(Object.keys(CARD_TYPES) as [keyof typeof CARD_TYPES])).optional(),
    /** Urgent help: the advice of a red flag, with the emergency number to call. */
    urgent: z.string().optional(),
  })
  .strict()
  .refine((reply) => Object.keys(reply).length > 0, 'say what the reply must be: an empty check cannot fail');
type ReplyExpectation = z.infer<typeof ReplyExpectation>;

/** One turn: what the person sends (or joining), and every reply of that turn, in order. */
const Turn = z.union([
  z.object({ user: z.string(), bot: z.array(ReplyExpectation) }).strict(),
  z.object({ join: z.literal(true), bot: z.array(ReplyExpectation) }).strict(),
]);

const Conversation = z
  .object({
    name: z.string().min(1),
    setup: z
      .object({
        /** The Bot Framework channel id the person writes from. */
        channel: z.string().default('emulator'),
        /** The app's fixed clock (UTC); the default is a Tuesday 02:00 in Los Angeles, before the spa opens. */
        clock: z.iso.datetime().optional(),
      })
      .strict()
      .default({ channel: 'emulator' }),
    turns: z.array(Turn).min(1),
  })
  .strict();
type Conversation = z.infer<typeof Conversation>;

// A whole conversation over HTTP takes many turns; on a loaded machine more than jest's default allows.
jest.setTimeout(180_000);

const { articles } = realQuestionAnswering();
const catalogue = loadServices(KNOWLEDGE_DIR);

function resolve(ref: ContentRef): string {
  if (typeof ref === 'string') return ref;
  if ('message' in ref) return messages.text(ref.message as Parameters<typeof messages.text>[0], ref.params);
  if ('redFlagAdvice' in ref) {
    const flag = redFlagContent.flags.find((f) => f.id === ref.redFlagAdvice);
    if (!flag) throw new Error(`no red flag "${ref.redFlagAdvice}" in red-flags.yaml`);
    return flag.advice;
  }
  if ('question' in ref) return screeningQuestion(ref.question).text;
  if ('outcomeTitle' in ref) {
    const outcome = screeningContent.outcomes[ref.outcomeTitle as keyof typeof screeningContent.outcomes];
    if (!outcome) throw new Error(`no outcome "${ref.outcomeTitle}" in screening.yaml`);
    return outcome.title;
  }
  if ('service' in ref) {
    const service = findService(catalogue, ref.service);
    if (!service) throw new Error(`no service "${ref.service}" in services.yaml`);
    return service.name;
  }
  const article = articles.get(ref.article);
  if (!article) throw new Error(`no article "${ref.article}" in knowledge/articles`);
  if (ref.part === 'title') return article.title;
  if (ref.part === 'first-source') return article.sources[0]!.url;
  return passagesOf(article)[0]!;
}

type Activity = Record<string, unknown> & {
  text?: string;
  suggestedActions?: { actions: Array<{ title?: string }> };
  attachments?: Array<{ contentType: string }>;
};

/** The reply as the test sees it: its text, buttons and cards, so a failure shows what was said. */
function shownReply(activity: Activity | undefined) {
  return {
    text: String(activity?.text ?? ''),
    actions: (activity?.suggestedActions?.actions ?? []).map((a) => String(a.title ?? '')),
    cards: (activity?.attachments ?? []).map((a) => a.contentType),
  };
}

/** Fails with where in which conversation, and what the bot showed, next to the difference. */
function check(context: string, actual: unknown, expected: unknown): void {
  expect({ context, actual }).toEqual({ context, actual: expected });
}

function expectReply(activity: Activity | undefined, expected: ReplyExpectation, where: string): void {
  const shown = shownReply(activity);
  const context = `${where}: ${JSON.stringify(shown)}`;
  if (expected.text !== undefined) check(context, shown.text, resolve(expected.text));
  for (const ref of expected.contains ?? [])
    check(context, shown.text, expect.stringContaining(resolve(ref)));
  for (const ref of expected.notContains ?? [])
    check(context, shown.text, expect.not.stringContaining(resolve(ref)));
  if (expected.matches !== undefined)
    check(context, shown.text, expect.stringMatching(new RegExp(expected.matches)));
  if (expected.actions !== undefined)
    check(context, shown.actions, expect.arrayContaining(expected.actions.map(resolve)));
  if (expected.cards !== undefined)
    check(
      context,
      shown.cards,
      expected.cards.map((kind) => CARD_TYPES[kind]),
    );
  if (expected.urgent !== undefined)
    check(context, shown.text, expect.stringContaining(resolve({ redFlagAdvice: expected.urgent })));
}

const DIR = __dirname;
const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const conversations = files.map((file) => {
  const parsed = Conversation.safeParse(YAML.parse(readFileSync(path.join(DIR, file), 'utf8')));
  if (!parsed.success) throw new Error(`test/conversations/${file}: ${z.prettifyError(parsed.error)}`);
  // Every id is resolved up front, so a missing message or article fails as such, not as a wrong reply.
  for (const turn of parsed.data.turns)
    for (const reply of turn.bot) {
      for (const ref of [
        reply.text,
        ...(reply.contains ?? []),
        ...(reply.notContains ?? []),
        ...(reply.actions ?? []),
      ])
        if (ref !== undefined) resolve(ref);
      if (reply.urgent !== undefined) resolve({ redFlagAdvice: reply.urgent });
    }
  return [file, parsed.data] as const;
});

describe('whole conversations (test/conversations/*.yaml) through the real app over HTTP', () => {
  const connector = new LocalConnector();
  let running: RunningApp | undefined;
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('has conversations to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(conversations)('%s', async (file, conversation: Conversation) => {
    const { setup } = conversation;
    running = await startTestApp({ clock: new FixedClock(setup.clock ? new Date(setup.clock) : TEST_NOW) });
    const user = new EmulatorUser(running.url, connector, { channelId: setup.channel });
    for (const [index, turn] of conversation.turns.entries()) {
      const sent = 'user' in turn ? turn.user : '(joins)';
      const replies = ('user' in turn ? await user.sayFull(turn.user) : await joinFull(user)) as Activity[];
      const where = `${file}, turn ${index + 1} ("${sent}")`;
      check(`${where}: ${JSON.stringify(replies.map(shownReply))}`, replies.length, turn.bot.length);
      for (const [i, expected] of turn.bot.entries())
        expectReply(replies[i], expected, `${where}, reply ${i + 1}`);
    }
  });

  /** Joining, with the whole activities of the replies (EmulatorUser.join gives only their texts). */
  async function joinFull(user: EmulatorUser): Promise<Activity[]> {
    const before = connector.messagesTo(user.conversationId).length;
    await user.join();
    return connector.messagesTo(user.conversationId).slice(before) as Activity[];
  }
});
