import path from 'node:path';
import { buildUnderstanding, outcomeOf } from '../../src/cli/understanding-eval';
import { type KnowledgeReply, loadKnowledgeBase, loadSpa } from '../../src/kb';
import { loadIntents } from '../../src/language/intents-content';
import type { Route } from '../../src/language/message-router';
import { modelRoute } from '../../src/language/route-fallback';
import {
  type MessageKind,
  type RouteModel,
  trainedRouteModelCount,
  trainRouteModel,
} from '../../src/language/route-model';
import { loadRouteModel, type RouteModelSettings } from '../../src/language/route-model-content';

// The route model (knowledge/route-model.yaml) as the router's fallback. Every message here was written for this
// test; none is copied from knowledge/understanding-examples/ and none may be added there (it would stop testing
// anything: the model learns every message in that folder).

const KNOWLEDGE = path.join(__dirname, '../../knowledge');
const articles = loadKnowledgeBase(KNOWLEDGE, loadSpa(KNOWLEDGE)).articles;
const intents = loadIntents(KNOWLEDGE);
const loaded = loadRouteModel(KNOWLEDGE, articles, intents)!;

let rules: Awaited<ReturnType<typeof buildUnderstanding>>;
let withModel: Awaited<ReturnType<typeof buildUnderstanding>>;
beforeAll(async () => {
  rules = await buildUnderstanding(KNOWLEDGE, { rulesOnly: true });
  withModel = await buildUnderstanding(KNOWLEDGE);
}, 60_000);
const outcome = async (understanding: typeof rules, text: string) =>
  outcomeOf(await understanding.understand(text)).kind;

describe('the route model', () => {
  it('is trained from the knowledge folder, at the thresholds knowledge/route-model.yaml sets', () => {
    expect(loaded.model.examples).toBeGreaterThan(3000);
    expect(loaded.settings.thresholds).toEqual({
      handoff: 0.95,
      out_of_scope: 0.8,
      personal: 0.8,
      question: 0.9,
      out_of_scope_over_personal: 0.95,
      personal_over_catch_all: 0.9,
    });
  });

  it('gives the same reading for the same message every time, and trains once per process', () => {
    const text = 'could one of your staff ring me back about my booking';
    const before = trainedRouteModelCount();
    const again = loadRouteModel(KNOWLEDGE, articles, intents)!;
    expect(trainedRouteModelCount()).toBe(before);
    expect(again.model.probabilities(text)).toEqual(loaded.model.probabilities(text));
    const fresh = trainRouteModel(
      [
        { text: 'can a person call me', kind: 'handoff' },
        { text: 'how long is a session', kind: 'question' },
      ],
      { l2: 1e-4 },
    );
    expect(trainedRouteModelCount()).toBe(before + 1);
    expect(fresh.predict('can a person call me').kind).toBe('handoff');
  });
});

describe('rules + model: requests for a person in words the rules lack are handed off', () => {
  // Round 31: "an email from the spa manager would be lovely", this test's example until then, stopped reaching the team
  // once batch 27 trained the model; the rules read a contact wished for now (routing.yaml, below), and this one is the
  // model's alone.
  // Round 44 (und44): the rules read this one too now (routing.yaml handoffConcept `asks`: the wish with its "I" dropped,
  // "would love…", at a clause's start), so it is no longer the model's alone; both must still hand it off.
  it.each(['would love a quick word with whoever is in charge there'])('"%s" (the rules alone since round 44)', async (text) => {
    expect(await outcome(rules, text)).toBe('handoff');
    expect(await outcome(withModel, text)).toBe('handoff');
  });

  // Round 31 (routing.yaml handoffConcept: a contact wished for, with whoever would make it).
  it.each([
    'an email from the spa manager would be lovely',
    'a quick call from one of your therapists would help',
  ])('"%s" (the rules alone since round 31)', async (text) => {
    expect(await outcome(rules, text)).toBe('handoff');
    expect(await outcome(withModel, text)).toBe('handoff');
  });

  it('"an email from the spa with the price list would be great" names no one of ours and is no request for a person', async () => {
    expect(await outcome(withModel, 'an email from the spa with the price list would be great')).not.toBe('handoff');
  });

  // Round 16: the rules read these by concept now (routing.yaml handoffConcept); the model must not undo it.
  it.each([
    "I'd rather speak to an employee if that's alright",
    'please let a member of staff know I want a call about aftercare',
    // Round 27 (route27): the formal request ("I'd appreciate it if …") is an ask of the concept.
    "I'd appreciate it if the spa manager could drop me an email",
  ])('"%s" (the rules alone since round 16)', async (text) => {
    expect(await outcome(rules, text)).toBe('handoff');
    expect(await outcome(withModel, text)).toBe('handoff');
  });
});

describe('rules + model: an off-topic request with a word of ours is declined, not recorded as a gap', () => {
  // Round 16: an animal as the one treated is declined by the rules too (routing.yaml otherTasks).
  it('"how do I massage my dog\'s back legs" (declined by the rules alone since round 16)', async () => {
    expect(await outcome(rules, "how do I massage my dog's back legs")).toBe('declined');
    expect(await outcome(withModel, "how do I massage my dog's back legs")).toBe('declined');
  });
});

describe("rules + model: questions about one's own body (round 14)", () => {
  it('"would lymph drainage stop me getting ill so often in the winter months" goes to the health check on both readings (round 30)', async () => {
    // Round 14 had the model read it as a general question; trained on batches 25 and 26 (round 30) it reads it as the
    // rules do: "stop me getting ill" asks about the writer's own body, so the health check comes first (issue 12 item 3,
    // the safer side: no personal advice before screening).
    const text = 'would lymph drainage stop me getting ill so often in the winter months';
    expect(await outcome(rules, text)).toBe('health_check');
    expect(await outcome(withModel, text)).toBe('health_check');
  });

  it('a personal cue keeps the health check whatever the model reads', async () => {
    expect(
      await outcome(withModel, 'is lymph drainage off the table for me now that I have a pacemaker'),
    ).toBe('health_check');
  });
});

describe('rules + model: plain MLD and spa questions keep their answer', () => {
  it.each([
    'what is lymphatic drainage',
    'does MLD hurt',
    'how soon after liposuction can I start MLD',
    'what should I wear to my appointment',
    'how often should I have sessions',
    'whats this vodder thing my physio keeps going on about',
    "what's the Földi method? is it a German thing?",
    'is it normal to feel tired after lymphatic massage',
  ])('"%s"', async (text) => {
    const ruled = outcomeOf(await rules.understand(text));
    expect(outcomeOf(await withModel.understand(text))).toEqual(ruled);
    expect(ruled.kind).toBe('answer');
  });
});

describe('where the model may act (src/language/route-fallback.ts)', () => {
  const settings: RouteModelSettings = { ...loaded.settings };
  /** A stand-in model that reads every message as `kind` with certainty. */
  const sure = (kind: MessageKind): RouteModel => ({
    examples: 0,
    trainingMs: 0,
    probabilities: () => ({ question: 0, out_of_scope: 0, handoff: 0, personal: 0, [kind]: 1 }),
    predict: () => ({ kind, probability: 1 }),
  });
  const text = 'a message of several words';
  // What the router read beside the route (RuleReadings): a general-question cue; a personal route read by the
  // classifier alone, or by a personal cue.
  const generalQuestion = { generalQuestion: true };
  const byClassifierAlone = { personalByClassifierAlone: true };
  const byACue = { personalByClassifierAlone: false };
  const unknown: KnowledgeReply = { kind: 'unknown', suggestions: [] };

  it.each<Route>([
    { kind: 'command', command: 'cancel' },
    { kind: 'command', command: 'goodbye' },
    { kind: 'handoff' },
    { kind: 'personal' },
    { kind: 'intent', intent: 'complaint' },
    { kind: 'intent', intent: 'book' },
    { kind: 'bare_answer' },
  ])('never changes a route the rules were sure of: %j', (route) => {
    for (const kind of ['handoff', 'out_of_scope', 'personal'] as const)
      expect(modelRoute(text, route, undefined, sure(kind), settings)).toBeUndefined();
  });

  it('never fires a command: its only routes are a person, the health check and a decline', () => {
    const routes = (['question', 'handoff', 'out_of_scope', 'personal'] as const).map(
      (kind) => modelRoute(text, { kind: 'question' }, unknown, sure(kind), settings)?.kind,
    );
    expect(routes).toEqual([undefined, 'handoff', 'out_of_scope', 'personal']);
  });

  it('keeps a confident answer, and never declines a question an article answered', () => {
    const strong = { kind: 'answer', articleId: 'what-is-mld', confidence: 0.95 } as const;
    const weak = { kind: 'answer', articleId: 'what-is-mld', confidence: 0.4 } as const;
    expect(modelRoute(text, { kind: 'question' }, strong, sure('handoff'), settings)).toBeUndefined();
    expect(modelRoute(text, { kind: 'question' }, weak, sure('out_of_scope'), settings)).toBeUndefined();
    expect(modelRoute(text, { kind: 'question' }, weak, sure('handoff'), settings)?.kind).toBe('handoff');
    expect(modelRoute(text, { kind: 'question' }, weak, sure('personal'), settings)?.kind).toBe('personal');
  });

  it('does not screen a question the rules read as general (round 13)', () => {
    const weak = { kind: 'answer', articleId: 'before-session', confidence: 0.4 } as const;
    expect(
      modelRoute(text, { kind: 'question' }, weak, sure('personal'), settings, generalQuestion),
    ).toBeUndefined();
    const handedOff = modelRoute(
      text,
      { kind: 'question' },
      weak,
      sure('handoff'),
      settings,
      generalQuestion,
    );
    expect(handedOff?.kind).toBe('handoff');
  });

  it("turns the rules' decline or small talk into a hand-off only", () => {
    for (const route of [{ kind: 'out_of_scope' }, { kind: 'intent', intent: 'greeting' }] as Route[]) {
      expect(modelRoute(text, route, undefined, sure('handoff'), settings)?.kind).toBe('handoff');
      expect(modelRoute(text, route, undefined, sure('personal'), settings)).toBeUndefined();
    }
  });

  it('answers a message only the classifier sent to the health check when it is sure it is a question (round 14)', () => {
    const personal: Route = { kind: 'personal' };
    const answered = modelRoute(text, personal, undefined, sure('question'), settings, byClassifierAlone);
    expect(answered).toEqual({ kind: 'question' });
    // Any other reading, a reading below the threshold, or a personal cue's route stays with the health check.
    for (const kind of ['handoff', 'out_of_scope', 'personal'] as const)
      expect(modelRoute(text, personal, undefined, sure(kind), settings, byClassifierAlone)).toBeUndefined();
    expect(modelRoute(text, personal, undefined, sure('question'), settings, byACue)).toBeUndefined();
    const unsure: RouteModel = {
      ...sure('question'),
      probabilities: () => ({ question: 0.85, out_of_scope: 0, handoff: 0, personal: 0.15 }),
    };
    expect(modelRoute(text, personal, undefined, unsure, settings, byClassifierAlone)).toBeUndefined();
  });

  it('leaves short replies to the rules', () => {
    expect(
      modelRoute('yes please', { kind: 'question' }, unknown, sure('handoff'), settings),
    ).toBeUndefined();
  });
});
