import fc from 'fast-check';
import { loadServices } from '../../src/booking/services';
import { detectRedFlag } from '../../src/screening';
import { MemoryScreeningRecords } from '../../src/storage/memory-screening-records';
import { KNOWLEDGE_DIR, messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { DAY_MS, redFlagContent, VALID_DAYS } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';

/**
 * The product's second rule, checked over random conversations through the real app (createApp over
 * HTTP, as the Emulator talks to it: middleware, every dialog, the real recognizer, content and services
 * catalogue, so the Book cards too): no personal recommendation, no sentence naming a bookable service and
 * no Book card unless the latest completed screening of the conversation allows it, is at most
 * SCREENING_VALID_DAYS old, and was completed after the last red flag (a red-flag message or an urgent
 * outcome); a card or name shown is one of the services that screening allows. The oracle is computed
 * here from what the person said, the stored records and the content files, not by asking the gate.
 */

const TIME_PASSES = '(31 days pass)';
const RECOMMENDABLE = new Set(['suitable', 'needs_clearance']);

const QUESTIONS = [
  'what is lymphatic drainage?',
  'does it hurt?',
  'how long is a session?',
  'what is lipedema?',
];
const REQUESTS = [
  'which package should I book?',
  'recommend me something',
  'should I get MLD after my tummy tuck?',
  'I want to book',
  'book an appointment',
];
const ANSWERS = [
  'yes',
  'not sure',
  'nope',
  '35',
  '16',
  '2 weeks ago',
  'had lipo 2 weeks ago',
  'stable',
  'heart failure',
  "I'm having treatment now",
  'A heart condition that is stable and well controlled',
  'blah blah',
  'ok',
];
const RED_FLAGS = [
  'my left calf is hot and swollen',
  'I have chest pain',
  'fine thanks, though since yesterday my right leg is swollen, red and really painful',
];
const LOOK_ALIKES = [
  'chest day at the gym today so might be stiff tomorrow',
  'my calves are sore from running',
];
const COMMANDS = ['start over', 'cancel', 'help', 'why do you ask?', 'back', 'delete my data'];

const turn = fc.oneof(
  { weight: 10, arbitrary: fc.constant('no') },
  { weight: 3, arbitrary: fc.constantFrom(...ANSWERS) },
  { weight: 2, arbitrary: fc.constantFrom(...REQUESTS) },
  { weight: 1, arbitrary: fc.constantFrom(...QUESTIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...RED_FLAGS) },
  { weight: 1, arbitrary: fc.constantFrom(...LOOK_ALIKES) },
  { weight: 1, arbitrary: fc.constantFrom(...COMMANDS) },
  { weight: 1, arbitrary: fc.constant(TIME_PASSES) },
);

/** After a screening: mostly asking again, time passing and red flags, the moves that must re-close the gate. */
const afterwards = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REQUESTS) },
  { weight: 2, arbitrary: fc.constant(TIME_PASSES) },
  { weight: 1, arbitrary: fc.constantFrom(...RED_FLAGS) },
  { weight: 2, arbitrary: turn },
);

/**
 * A screening answered "no" throughout (an adult), then confirmed on the review step: it completes as
 * suitable unless something intervenes. 14 questions come before the age for such a person.
 */
const COMPLETE = [
  'recommend me something',
  'yes',
  ...Array<string>(14).fill('no'),
  '45',
  messages.text('choice_review_confirm'),
];

const conversations = fc.oneof(
  fc.array(turn, { minLength: 1, maxLength: 25 }),
  fc.array(turn, { maxLength: 23 }).map((rest) => ['recommend me something', 'yes', ...rest]),
  // A full screening with random noise spliced in and random turns after it.
  fc
    .tuple(fc.array(turn, { maxLength: 2 }), fc.nat(COMPLETE.length), fc.array(afterwards, { maxLength: 5 }))
    .map(([noise, at, after]) => [...COMPLETE.slice(0, at), ...noise, ...COMPLETE.slice(at), ...after]),
);

const catalogue = loadServices(KNOWLEDGE_DIR);
/** How a service is named wherever it shows (cards, lists): its catalogue name, the only one it has. */
const SERVICE_NAMES_BY_ID = new Map(catalogue.services.map((service) => [service.id, [service.name]]));
const RECOMMENDATION_INTRO = messages.text('recommendation_intro');

type Activity = Record<string, unknown> & { text?: string };
interface HeroCard {
  title?: string;
  buttons?: { value?: string }[];
}

/** The services an activity shows: named in its text, or as a card's title or Book link. */
function servicesShown(activity: Activity): string[] {
  const text = String(activity.text ?? '');
  const cards = ((activity.attachments ?? []) as { content?: HeroCard }[]).map((a) => a.content ?? {});
  const shown = new Set<string>();
  for (const [id, names] of SERVICE_NAMES_BY_ID) {
    if (names.some((name) => text.includes(name))) shown.add(id);
    for (const card of cards) {
      if (card.title !== undefined && names.includes(card.title)) shown.add(id);
      if ((card.buttons ?? []).some((button) => String(button.value ?? '').includes(`/book/${id}?`)))
        shown.add(id);
    }
  }
  return [...shown];
}

describe('the recommendation gate over random conversations, through the real app', () => {
  const connector = new LocalConnector();
  const records = new MemoryScreeningRecords();
  let running: RunningApp;

  beforeAll(async () => {
    await connector.start();
    running = await startTestApp({ overrides: { screeningRecords: records } });
  });
  afterAll(async () => {
    await running.close();
    await connector.stop();
  });

  it('never shows a recommendation, names a service or offers a Book card without a valid, recent screening after the last red flag', async () => {
    const seen = { recommendations: 0, cards: 0, withheld: 0 };
    await fc.assert(
      fc.asyncProperty(conversations, async (script) => {
        const user = new EmulatorUser(running.url, connector);
        const subject = { conversationId: user.conversationId, userId: user.userId };
        let lastRedFlag = Number.NEGATIVE_INFINITY;
        for (const text of script) {
          if (text === TIME_PASSES) {
            running.clock.advance((VALID_DAYS + 1) * DAY_MS);
            continue;
          }
          running.clock.advance(60_000);
          const now = running.clock.now().getTime();
          if (RED_FLAGS.includes(text) || detectRedFlag(text, redFlagContent)) lastRedFlag = now;
          const replies = (await user.sayFull(text)) as Activity[];

          const mine = await records.listFor(subject);
          for (const r of mine)
            if (r.outcome === 'urgent') lastRedFlag = Math.max(lastRedFlag, r.completedAt.getTime());
          const latest = mine.at(-1);
          const allowed =
            latest !== undefined &&
            RECOMMENDABLE.has(latest.outcome) &&
            now - latest.completedAt.getTime() <= VALID_DAYS * DAY_MS &&
            latest.completedAt.getTime() > lastRedFlag;

          let recommended = false;
          for (const reply of replies) {
            const shown = servicesShown(reply);
            const recommends = String(reply.text ?? '').includes(RECOMMENDATION_INTRO);
            if (!recommends && shown.length === 0) continue;
            recommended = true;
            expect({ script, said: reply.text, allowed }).toMatchObject({ allowed: true });
            expect(latest!.allowedServices).toEqual(expect.arrayContaining(shown));
            seen.recommendations++;
            if (((reply.attachments ?? []) as unknown[]).length > 0) seen.cards++;
          }
          if (REQUESTS.includes(text) && !recommended) seen.withheld++;
        }
      }),
      { numRuns: 150 },
    );
    // The property must have been exercised both ways, Book cards included, or it proves nothing.
    expect(seen.recommendations).toBeGreaterThan(0);
    expect(seen.cards).toBeGreaterThan(0);
    expect(seen.withheld).toBeGreaterThan(0);
    // Hundreds of turns over HTTP on a shared machine: jest's default 30 s is too short.
  }, 600_000);
});
