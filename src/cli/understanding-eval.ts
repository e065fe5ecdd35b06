/**
 * `npm run understanding:eval [-- FILE...] [--knowledge DIR] [--leave-out A,B] [--lexical-only] [--verbose]`: runs
 * labelled sets of messages (knowledge/understanding-examples/tuning.yaml by default; several files are scored one
 * by one, then in total) through recognition, routing and retrieval as the
 * bot applies them, and prints the issue-12 figures: right article or an honest "I don't know", wrong
 * article (and at high confidence), out-of-scope declined, hand-off recognised, personal requests reaching
 * the health check, and commands fired by messages that are not commands. Exits 1 below the targets.
 *
 * The set format (the corpus writer's): `questions` ({ text, expected: article id | NONE | NEW:<topic>,
 * personal }), and `out_of_scope`, `handoff`, `personal` ({ text }). "NEW:<topic>" means the article whose
 * id is the topic, so a set labelled before the articles existed runs unchanged.
 *
 * "urgent advice first" counts messages the safety layer (red-flag lexicon OR urgency model) answers first.
 * On the files of knowledge/understanding-examples/ it is partly a fit, not a measure: the urgency model is
 * trained on every message there as a non-urgent example (src/screening/urgency-examples.ts); only the
 * lexicon's part of it is measured. Only a set the model was not trained on measures the model.
 *
 * The same holds for the two models trained on every labelled message there: the article model
 * (src/kb/article-model.ts) and the route model (src/language/route-model.ts). A file of
 * knowledge/understanding-examples/ is a fit unless it is left out. `--leave-out A,B` trains all three start-up
 * models (urgency, article, route) without the named files (base names or paths in the folder, like safety:eval's);
 * leave out the set scored and every file written after it, e.g. `-- knowledge/understanding-examples/spent/
 * understanding-heldout9-dev.yaml --leave-out spent/understanding-heldout9-dev.yaml,round10.yaml`.
 * `--lexical-only` scores retrieval without the article model; `--rules-only` routes without the route model.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { buildSearchIndex, knowledgeReadings, loadKnowledgeBase, loadSpa } from '../kb';
import { loadDeclines } from '../kb/declines';
import { attachArticleModel } from '../kb/article-blend';
import { type ArticleModelSettings, loadArticleModel } from '../kb/article-model-content';
import { MESSAGE_IDS } from '../content/messages';
import { loadIntents } from '../language/intents-content';
import { LocalRecognizer } from '../language/local-recognizer';
import { loadRouting, MessageRouter } from '../language/message-router';
import { loadRouteModel, type RouteModelOptions } from '../language/route-model-content';
import { MessageUnderstanding, type Understood } from '../language/understanding';
import { loadOtherLanguages, type OtherLanguagesContent, readOtherLanguage } from '../screening/other-language';
import { checkSafety, isUrgentVerdict } from '../screening/safety-check';
import { loadRedFlagContent, type RedFlagContent } from '../screening/red-flags-content';
import { loadUrgencyModel } from '../screening/safety-content';
import type { UrgencyModel } from '../screening/urgency-model';
import { UNDERSTANDING_EXAMPLES_DIR, URGENCY_EXAMPLES_DIR } from '../screening/urgency-examples';
import { leaveOutOption, positionalArgs } from './leave-out';

/** The issue's targets (held-out part). */
export const TARGETS = {
  rightOrUnknown: 0.9,
  wrongHighConfidence: 0.02,
  outOfScopeDeclined: 0.95,
  handoff: 0.98,
  personal: 0.95,
  commandsByNonCommands: 0,
} as const;

/** An answer at or above this confidence is "high confidence" in the figures. */
export const HIGH_CONFIDENCE = 0.7;

const Text = z.object({ text: z.string().min(1) }).passthrough();
export const UnderstandingSetSchema = z
  .object({
    questions: z
      .array(
        z
          .object({
            text: z.string().min(1),
            expected: z.string().min(1),
            personal: z.boolean().default(false),
          })
          .passthrough(),
      )
      .default([]),
    out_of_scope: z.array(Text).default([]),
    handoff: z.array(Text).default([]),
    personal: z.array(Text).default([]),
  })
  .passthrough();
export type UnderstandingSet = z.infer<typeof UnderstandingSetSchema>;

/** Where a message ended up, in the terms of the figures. */
export type Outcome =
  | { kind: 'urgent' }
  | { kind: 'command'; command: string }
  | { kind: 'handoff' }
  | { kind: 'health_check' }
  | { kind: 'declined'; why: string }
  | { kind: 'answer'; articleId: string; confidence: number }
  | { kind: 'clarify'; candidates: string[] }
  | { kind: 'unknown' }
  /** "I speak English" with a button for a person (knowledge/other-languages.yaml): issue 11 part 6's answer to a
   * message in another language that is neither an emergency nor a request for a person. */
  | { kind: 'other_language' }
  | { kind: 'other'; what: string };

export function outcomeOf(understood: Understood): Outcome {
  const { route, knowledge } = understood;
  switch (route.kind) {
    case 'command':
      return { kind: 'command', command: route.command };
    case 'handoff':
      return { kind: 'handoff' };
    case 'personal':
      return { kind: 'health_check' };
    case 'out_of_scope':
      return { kind: 'declined', why: 'out_of_scope' };
    case 'intent':
      if (route.intent === 'talk_to_human' || route.intent === 'complaint') return { kind: 'handoff' };
      if (route.intent === 'book') return { kind: 'health_check' };
      return { kind: 'other', what: route.intent };
    case 'question':
      break;
    default:
      return { kind: 'other', what: route.kind };
  }
  if (!knowledge) return { kind: 'other', what: 'question' };
  switch (knowledge.kind) {
    case 'decline':
      return { kind: 'declined', why: knowledge.rule.id };
    case 'out_of_scope':
      return { kind: 'declined', why: 'no topic of ours' };
    case 'answer':
      return { kind: 'answer', articleId: knowledge.articleId, confidence: knowledge.confidence };
    case 'clarify':
      return { kind: 'clarify', candidates: knowledge.candidates };
    default:
      return { kind: 'unknown' };
  }
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'command':
      return `COMMAND ${outcome.command}`;
    case 'declined':
      return `declined (${outcome.why})`;
    case 'answer':
      return `answer ${outcome.articleId} (${outcome.confidence.toFixed(2)})`;
    case 'clarify':
      return `clarify ${outcome.candidates.join(' / ')}`;
    case 'other':
      return `other (${outcome.what})`;
    case 'other_language':
      return 'other language: "I speak English" and a person';
    default:
      return outcome.kind;
  }
}

/** The article id a label means: "NEW:<topic>" is the article named after the topic. */
export function expectedArticle(label: string): string {
  return label.startsWith('NEW:') ? label.slice(4) : label;
}

export interface UnderstandingReport {
  questions: number;
  rightArticle: number;
  rightOrUnknown: number;
  wrongArticle: number;
  wrongHighConfidence: number;
  generalScreened: number;
  outOfScope: number;
  outOfScopeDeclined: number;
  handoffs: number;
  handoffRecognised: number;
  personals: number;
  personalToHealthCheck: number;
  /** Personal requests in another language, and how many got "I speak English" with a person (counted as met). */
  personalsOtherLanguage: number;
  personalOtherLanguageOffered: number;
  commandsByNonCommands: number;
  /** Messages the safety layer answered first (urgent advice); counted as declined when out of scope. */
  urgent: number;
}

export interface Scored {
  set: 'questions' | 'out_of_scope' | 'handoff' | 'personal';
  text: string;
  expected?: string;
  personal?: boolean;
  /** Written in another language (knowledge/other-languages.yaml reads it as one). */
  otherLanguage?: boolean;
  outcome: Outcome;
  ok: boolean;
}

/** Scores one message against its label. */
export function score(item: Omit<Scored, 'ok'>): Scored {
  const { outcome } = item;
  let ok: boolean;
  if (item.set === 'questions') {
    const expected = expectedArticle(item.expected ?? 'NONE');
    if (outcome.kind === 'answer') ok = expected !== 'NONE' && outcome.articleId === expected;
    else if (outcome.kind === 'health_check') ok = item.personal === true;
    else
      ok =
        outcome.kind === 'unknown' ||
        outcome.kind === 'clarify' ||
        outcome.kind === 'declined' ||
        outcome.kind === 'other_language';
  } else if (item.set === 'out_of_scope')
    ok = outcome.kind === 'declined' || outcome.kind === 'urgent' || outcome.kind === 'other_language';
  else if (item.set === 'handoff') ok = outcome.kind === 'handoff';
  // A personal request in another language may not start a health check (issue 11 part 6, which outranks issue 12):
  // the offer of a person in its language is the gate's answer there. The report counts these apart
  // (personalOtherLanguage), so the English figure can be read alone.
  else ok = outcome.kind === 'health_check' || outcome.kind === 'other_language';
  return { ...item, ok };
}

export function report(scored: readonly Scored[]): UnderstandingReport {
  const of = (set: Scored['set']) => scored.filter((s) => s.set === set);
  const questions = of('questions');
  const wrong = questions.filter(
    (s) =>
      s.outcome.kind === 'answer' &&
      (expectedArticle(s.expected ?? 'NONE') === 'NONE' ||
        s.outcome.articleId !== expectedArticle(s.expected!)),
  );
  return {
    questions: questions.length,
    rightArticle: questions.filter(
      (s) => s.outcome.kind === 'answer' && s.outcome.articleId === expectedArticle(s.expected ?? ''),
    ).length,
    rightOrUnknown: questions.filter((s) => s.ok).length,
    wrongArticle: wrong.length,
    wrongHighConfidence: wrong.filter(
      (s) => s.outcome.kind === 'answer' && s.outcome.confidence >= HIGH_CONFIDENCE,
    ).length,
    generalScreened: questions.filter((s) => s.outcome.kind === 'health_check' && !s.personal).length,
    outOfScope: of('out_of_scope').length,
    outOfScopeDeclined: of('out_of_scope').filter((s) => s.ok).length,
    handoffs: of('handoff').length,
    handoffRecognised: of('handoff').filter((s) => s.ok).length,
    personals: of('personal').length,
    personalToHealthCheck: of('personal').filter((s) => s.ok).length,
    personalsOtherLanguage: of('personal').filter((s) => s.otherLanguage).length,
    personalOtherLanguageOffered: of('personal').filter((s) => s.outcome.kind === 'other_language').length,
    commandsByNonCommands: scored.filter((s) => s.outcome.kind === 'command').length,
    urgent: scored.filter((s) => s.outcome.kind === 'urgent').length,
  };
}

const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
const pct = (n: number, of: number) => `${(100 * share(n, of)).toFixed(1)}% (${n}/${of})`;

export function passes(r: UnderstandingReport): boolean {
  return (
    share(r.rightOrUnknown, r.questions) >= TARGETS.rightOrUnknown &&
    share(r.wrongHighConfidence, r.questions) <= TARGETS.wrongHighConfidence &&
    share(r.outOfScopeDeclined, r.outOfScope) >= TARGETS.outOfScopeDeclined &&
    share(r.handoffRecognised, r.handoffs) >= TARGETS.handoff &&
    share(r.personalToHealthCheck, r.personals) >= TARGETS.personal &&
    r.commandsByNonCommands <= TARGETS.commandsByNonCommands
  );
}

export function formatReport(r: UnderstandingReport): string {
  return [
    `right article or honest "I don't know"  ${pct(r.rightOrUnknown, r.questions)}   (target ≥ 90%)`,
    `  of which the right article            ${pct(r.rightArticle, r.questions)}`,
    `wrong article at high confidence (≥${HIGH_CONFIDENCE})  ${pct(r.wrongHighConfidence, r.questions)}   (target ≤ 2%)`,
    `  wrong article at any confidence       ${pct(r.wrongArticle, r.questions)}`,
    `  general questions sent to the check   ${pct(r.generalScreened, r.questions)}`,
    `out-of-scope declined                   ${pct(r.outOfScopeDeclined, r.outOfScope)}   (target ≥ 95%)`,
    `hand-off recognised                     ${pct(r.handoffRecognised, r.handoffs)}   (target ≥ 98%)`,
    `personal → health check                 ${pct(r.personalToHealthCheck, r.personals)}   (target ≥ 95%)`,
    `  of which in another language          ${r.personalsOtherLanguage} (${r.personalOtherLanguageOffered} offered a person in their language; a health check is not for them)`,
    `  English alone                         ${pct(r.personalToHealthCheck - r.personalOtherLanguageOffered, r.personals - r.personalsOtherLanguage)}`,
    `commands fired by non-commands          ${r.commandsByNonCommands}   (target 0)`,
    `urgent advice first (safety layer)      ${r.urgent}   (partly a fit on knowledge/understanding-examples/: the urgency model learned those messages as not urgent)`,
  ].join('\n');
}

/** The bot's layers for one message, as src/app.ts wires them for the local backend. */
export interface Pipeline {
  understanding: MessageUnderstanding;
  redFlags: RedFlagContent;
  /** Other languages' emergency, crisis and hand-off words, read before English (the safety middleware's order). */
  otherLanguages: OtherLanguagesContent;
  /** The urgency model beside the lexicon (null when knowledge/ has no urgency examples). */
  urgencyModel: UrgencyModel | null;
}

export interface PipelineOptions {
  /** Example files both start-up models are trained without (`--leave-out`). */
  leaveOut?: readonly string[];
  /** The rules alone, without the route model (`--rules-only`). */
  rulesOnly?: boolean;
  /** Route model settings to try instead of knowledge/route-model.yaml's (the calibration grid). */
  routeModel?: RouteModelOptions['settings'];
}

/** Builds the bot's own understanding from a knowledge folder, as src/app.ts does for the local backend. */
export async function buildPipeline(knowledgeDir: string, options: ModelOptions = {}): Promise<Pipeline> {
  const spa = loadSpa(knowledgeDir);
  // A file of knowledge/urgency-examples/ (e.g. spent/safety-heldout10.yaml) trains only the urgency model: the
  // article and route models, which read only knowledge/understanding-examples/, are trained without the rest.
  const safetyOnly = (name: string) =>
    existsSync(path.join(knowledgeDir, URGENCY_EXAMPLES_DIR, name)) &&
    !existsSync(path.join(knowledgeDir, UNDERSTANDING_EXAMPLES_DIR, name));
  const understandingOptions = { ...options, leaveOut: options.leaveOut?.filter((name) => !safetyOnly(name)) };
  return {
    understanding: await buildUnderstanding(knowledgeDir, understandingOptions),
    redFlags: loadRedFlagContent(knowledgeDir, spa),
    otherLanguages: loadOtherLanguages(knowledgeDir, spa),
    urgencyModel: loadUrgencyModel(knowledgeDir, spa, { leaveOut: options.leaveOut }),
  };
}

/** What the eval changes from the product: files the trained models do not learn, or other model settings. */
export interface ModelOptions extends PipelineOptions {
  settings?: Partial<ArticleModelSettings>;
  /** Retrieval without the article model: the lexical side alone, as before issue 12 part 5. */
  lexicalOnly?: boolean;
}

export async function buildUnderstanding(
  knowledgeDir: string,
  options: ModelOptions = {},
): Promise<MessageUnderstanding> {
  const kb = loadKnowledgeBase(knowledgeDir, loadSpa(knowledgeDir));
  const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
  if (!options.lexicalOnly) {
    const { model, blend } = loadArticleModel(knowledgeDir, kb.articles, options);
    attachArticleModel(index, model, blend);
  }
  const intents = loadIntents(knowledgeDir);
  const recognizer = await LocalRecognizer.train(intents, {
    ask_question: kb.articles.flatMap((article) => article.questions),
  });
  const declines = loadDeclines(knowledgeDir, MESSAGE_IDS);
  const router = MessageRouter.fromContent(
    loadRouting(knowledgeDir),
    intents,
    knowledgeReadings(index, declines),
  );
  const routeModel = options.rulesOnly
    ? undefined
    : loadRouteModel(knowledgeDir, kb.articles, intents, {
        leaveOut: options.leaveOut,
        settings: options.routeModel,
      });
  return new MessageUnderstanding(
    recognizer,
    router,
    index,
    declines,
    routeModel,
  );
}

/**
 * Safety first, read as the safety middleware reads it (src/screening/safety-check.ts: another language's words, the
 * red-flag lexicon, the urgency model), then the understanding layers. Before round 13 this read only the English
 * lexicon and the model, so a message in another language was scored as if an English router saw it, where the bot
 * says "I speak English" (or, from round 13, hands a request for a person to the team).
 */
export async function outcomeFor(pipeline: Pipeline, text: string): Promise<Outcome> {
  const verdict = checkSafety(text, {
    redFlags: pipeline.redFlags,
    otherLanguages: pipeline.otherLanguages,
    ...(pipeline.urgencyModel ? { urgencyModel: pipeline.urgencyModel } : {}),
  });
  if (isUrgentVerdict(verdict)) return { kind: 'urgent' };
  if (verdict.kind === 'other_language')
    return verdict.reading.kind === 'handoff' ? { kind: 'handoff' } : { kind: 'other_language' };
  return outcomeOf(await pipeline.understanding.understand(text));
}

export async function scoreSet(pipeline: Pipeline, set: UnderstandingSet): Promise<Scored[]> {
  const scored: Scored[] = [];
  const run = async (item: Omit<Scored, 'ok' | 'outcome'>) => {
    const reading = readOtherLanguage(item.text, pipeline.otherLanguages);
    // An English message whose word beginning a crisis entry shares ("suicid") is still English: written false.
    const otherLanguage = reading !== null && reading.written !== false;
    scored.push(score({ ...item, otherLanguage, outcome: await outcomeFor(pipeline, item.text) }));
  };
  for (const q of set.questions)
    await run({ set: 'questions', text: q.text, expected: q.expected, personal: q.personal });
  for (const m of set.out_of_scope) await run({ set: 'out_of_scope', text: m.text });
  for (const m of set.handoff) await run({ set: 'handoff', text: m.text });
  for (const m of set.personal) await run({ set: 'personal', text: m.text });
  return scored;
}

export function loadUnderstandingSet(file: string): UnderstandingSet {
  return UnderstandingSetSchema.parse(YAML.parse(readFileSync(file, 'utf8')));
}

/**
 * Scores every file named with one build of the models (most of a run's time), each file with its own report and
 * misses, then their total when there are several. The exit code follows the total.
 */
export async function main(argv: string[]): Promise<number> {
  const positional = positionalArgs(argv, ['--knowledge', '--leave-out']);
  const knowledgeIndex = argv.indexOf('--knowledge');
  const knowledgeDir = path.resolve(knowledgeIndex >= 0 ? argv[knowledgeIndex + 1]! : 'knowledge');
  const named = positional.length > 0 ? positional : ['knowledge/understanding-examples/tuning.yaml'];
  const files = named.map((file) => path.resolve(file));
  const leaveOut = leaveOutOption(argv);
  const lexicalOnly = argv.includes('--lexical-only');
  const rulesOnly = argv.includes('--rules-only');
  const verbose = argv.includes('--verbose');
  const pipeline = await buildPipeline(knowledgeDir, { leaveOut, lexicalOnly, rulesOnly });
  const models = [
    lexicalOnly ? 'lexical retrieval alone' : 'lexical retrieval with the article model',
    rulesOnly ? 'routing rules alone' : 'routing rules with the route model',
  ];
  const left = leaveOut.length > 0 ? `; the trained models did not learn ${leaveOut.join(', ')}` : '';
  const everyFile: Scored[] = [];
  for (const file of files) {
    const scored = await scoreSet(pipeline, loadUnderstandingSet(file));
    everyFile.push(...scored);
    console.log(`${path.relative(process.cwd(), file)}: ${scored.length} messages (${models.join(', ')}${left})\n`);
    console.log(formatReport(report(scored)));
    const misses = scored.filter((s) => !s.ok || (verbose && s.set === 'questions'));
    if (misses.length > 0) {
      console.log(`\nMisses${verbose ? ' (and every question)' : ''}:`);
      for (const s of misses)
        console.log(
          `  ${s.ok ? 'ok  ' : 'MISS'} [${s.set}${s.expected ? ` → ${s.expected}` : ''}] ${describeOutcome(s.outcome)} | ${s.text}`,
        );
    }
    console.log('');
  }
  const total = report(everyFile);
  if (files.length > 1) {
    console.log(`total of ${files.length} files: ${everyFile.length} messages\n\n${formatReport(total)}\n`);
  }
  const pass = passes(total);
  console.log(pass ? 'PASS' : 'BELOW TARGET');
  return pass ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
