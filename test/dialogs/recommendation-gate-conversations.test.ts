import fc from 'fast-check';
import { detectRedFlag } from '../../src/screening';
import { messages } from '../helpers/dialog-deps';
import { conversation, DAY_MS, redFlagContent, replyOf, SERVICE_TEXTS, serviceName, VALID_DAYS } from '../helpers/screening';

/**
 * The product's second rule, checked over random conversations through the whole bot (MainDialog with
 * every capability dialog, the red-flag middleware, the real recognizer and content): no personal
 * recommendation, and no sentence naming a bookable service, unless the latest completed screening of
 * the conversation allows it, is at most SCREENING_VALID_DAYS old, and was completed after the last red
 * flag (a red-flag message or an urgent outcome). The oracle is computed here from what the person said
 * and the stored records, not by asking the gate.
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

describe('the recommendation gate over random conversations', () => {
  it('never shows a recommendation or names a service without a valid, recent screening after the last red flag', async () => {
    const seen = { recommendations: 0, withheld: 0 };
    await fc.assert(
      fc.asyncProperty(conversations, async (script) => {
        const chat = await conversation();
        const subject = { conversationId: 'Convo1', userId: 'user1' };
        let lastRedFlag = Number.NEGATIVE_INFINITY;
        for (const text of script) {
          if (text === TIME_PASSES) {
            chat.clock.advance((VALID_DAYS + 1) * DAY_MS);
            continue;
          }
          chat.clock.advance(60_000);
          const now = chat.clock.now().getTime();
          if (detectRedFlag(text, redFlagContent)) lastRedFlag = now;
          const replies = await chat.say(text);

          const records = await chat.records.listFor(subject);
          for (const r of records)
            if (r.outcome === 'urgent') lastRedFlag = Math.max(lastRedFlag, r.completedAt.getTime());
          const latest = records.at(-1);
          const allowed =
            latest !== undefined &&
            RECOMMENDABLE.has(latest.outcome) &&
            now - latest.completedAt.getTime() <= VALID_DAYS * DAY_MS &&
            latest.completedAt.getTime() > lastRedFlag;

          for (const reply of replies) {
            const text = String(reply.text ?? '');
            const named = SERVICE_TEXTS.filter((name) => text.includes(name));
            const recommends = replyOf(reply)?.kind === 'recommendation';
            if (!recommends && named.length === 0) continue;
            expect({ script, said: text, allowed }).toMatchObject({ allowed: true });
            const allowedNames = latest!.allowedServices.map((id) =>
              serviceName(id),
            );
            for (const name of named) expect(allowedNames).toContain(name);
            seen.recommendations++;
          }
          if (REQUESTS.includes(text) && !replies.some((r) => replyOf(r)?.kind === 'recommendation'))
            seen.withheld++;
        }
      }),
      { numRuns: 150 },
    );
    // The property must have been exercised both ways, or it proves nothing.
    expect(seen.recommendations).toBeGreaterThan(0);
    expect(seen.withheld).toBeGreaterThan(0);
  });
});
