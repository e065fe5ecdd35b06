/**
 * `npm run review:pack [-- --out DIR] [--knowledge DIR] [--figures FILE]`: writes the clinical review pack,
 * one readable document a clinician can review and sign in one sitting: every screening question and
 * rule with its source, every outcome's wording, every red flag with its words and advice, the services,
 * every article with its evidence, sources and sign-off, and the held-out safety figures when the figures
 * file exists. Writes review-pack.md and review-pack.html into DIR (default test-artifacts/review-pack).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadServices } from '../booking/services';
import { loadKnowledgeBase, loadSpa } from '../kb';
import { contentVersion } from '../kb/content-version';
import { type FileSignOff, readSignOff, SAFETY_FILES } from '../kb/sign-off';
import { loadUrgencyRules } from '../kb/urgency-lint';
import { loadRedFlagContent, loadScreeningContent, rulesVersion } from '../screening';

export const DEFAULT_OUT_DIR = path.join('test-artifacts', 'review-pack');
export const DEFAULT_FIGURES_FILE = path.join('test-artifacts', 'safety-heldout.json');

/** messages.yaml ids a clinician should read with the outcomes: screening, gate, recommendation, booking. */
const OUTCOME_MESSAGE_PREFIXES = [
  'screening_',
  'gate_',
  'recommendation_',
  'booking_requires_',
  'service_',
  'safety_',
];

/** A small document model, rendered to Markdown and to HTML. */
type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface ReviewPackOptions {
  knowledgeDir: string;
  /** The held-out safety figures (JSON); left out of the pack, with a note, when the file does not exist. */
  figuresFile: string;
  today: Date;
}

const show = (value: unknown): string =>
  typeof value === 'string' ? value : YAML.stringify(value, { lineWidth: 0 }).trim().replace(/\n/g, '; ');

/** A screening condition in words: `pregnant is yes or not_sure`, `age < 18`, all of / any of. */
export function describeCondition(condition: unknown): string {
  if (condition === null || typeof condition !== 'object') return show(condition);
  const c = condition as Record<string, unknown>;
  if (Array.isArray(c.all)) return `all of (${c.all.map(describeCondition).join('; ')})`;
  if (Array.isArray(c.any)) return `any of (${c.any.map(describeCondition).join('; ')})`;
  if (typeof c.answer === 'string' && Array.isArray(c.in)) return `${c.answer} is ${c.in.join(' or ')}`;
  if (typeof c.number === 'string') {
    const ops: Record<string, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };
    const parts = Object.entries(ops)
      .filter(([key]) => typeof c[key] === 'number')
      .map(([key, op]) => `${c.number} ${op} ${c[key]}`);
    if (parts.length > 0) return parts.join(' and ');
  }
  return show(condition);
}

function signOffLine(entry: FileSignOff): string {
  if (!entry.signOff) return `${entry.file}: no valid sign-off (${entry.problem}); counts as a draft`;
  const { status, reviewer, reviewedOn } = entry.signOff;
  return `${entry.file}: ${status.toUpperCase()}, reviewer ${reviewer}, reviewed ${reviewedOn}`;
}

/** Flattens the figures JSON into rows of dotted key and value, so any shape the coordinator writes reads. */
function figureRows(value: unknown, prefix = ''): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      figureRows(item, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [[prefix || '(value)', show(value)]];
}

/** Builds the pack's blocks from the knowledge folder; throws ContentError when content is invalid. */
export function buildReviewPack(options: ReviewPackOptions): Block[] {
  const { knowledgeDir } = options;
  const spa = loadSpa(knowledgeDir);
  const screening = loadScreeningContent(knowledgeDir, spa);
  const redFlags = loadRedFlagContent(knowledgeDir, spa);
  const services = loadServices(knowledgeDir);
  const { articles } = loadKnowledgeBase(knowledgeDir, spa);
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const p = (text: string) => blocks.push({ kind: 'paragraph', text });

  h(1, `Clinical review pack: ${spa.name}`);
  p(
    `Generated ${options.today.toISOString().slice(0, 10)}. Content version: ${contentVersion({
      rules: rulesVersion(screening),
      flags: redFlags,
      services,
      articles,
    })} (the same string is recorded with every screening outcome).`,
  );
  p(
    'To sign: review each section, then in each file set "status: signed", "reviewer" (your name and role) and ' +
      '"reviewedOn" (today). With NODE_ENV=production the service will not start while a safety file is unsigned.',
  );

  h(2, 'Sign-off status');
  const drafts = articles.filter((a) => a.status !== 'signed').length;
  blocks.push({
    kind: 'list',
    items: [
      ...SAFETY_FILES.map((file) => signOffLine(readSignOff(knowledgeDir, file))),
      `articles: ${articles.length - drafts} of ${articles.length} signed, ${drafts} draft`,
    ],
  });

  h(2, 'Held-out safety figures');
  if (existsSync(options.figuresFile)) {
    const figures: unknown = JSON.parse(readFileSync(options.figuresFile, 'utf8'));
    p(`From ${path.basename(options.figuresFile)}.`);
    blocks.push({ kind: 'table', head: ['figure', 'value'], rows: figureRows(figures) });
  } else {
    p(
      `No figures file at ${options.figuresFile}: the held-out safety figures were not measured for this pack.`,
    );
  }

  // Rendered through plain records, so a field added to screening.yaml or red-flags.yaml still shows up.
  const questions = screening.questions as unknown as Record<string, unknown>[];
  h(2, 'Screening questions (screening.yaml)');
  p(
    'Asked in this order; a question with a condition is asked only when it holds. "Not sure" always counts as the risky answer.',
  );
  blocks.push({
    kind: 'table',
    head: ['id', 'question', 'answers', 'asked when'],
    rows: questions.map((q) => [
      String(q.id),
      `${show(q.text)} (help: ${show(q.help)})`,
      Array.isArray(q.options)
        ? q.options.map((o: { id?: unknown }) => String(o.id)).join(', ')
        : q.type === 'number'
          ? `number (${show(q.unit)})`
          : q.type === 'yes_no'
            ? 'yes / no'
            : show(q.type),
      q.askIf === undefined ? 'always' : describeCondition(q.askIf),
    ]),
  });

  h(2, 'Screening rules');
  p('Several rules may fire; the most cautious outcome wins.');
  for (const rule of screening.rules as unknown as Record<string, unknown>[]) {
    h(3, `Rule ${String(rule.id)}`);
    const { id: _id, when, outcome, reason, source, ...rest } = rule;
    blocks.push({
      kind: 'list',
      items: [
        `When: ${describeCondition(when)}`,
        `Outcome: ${show(outcome)}`,
        `Reason shown: ${show(reason)}`,
        `Source: ${show(source)}`,
        ...Object.entries(rest)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => `${key}: ${show(value)}`),
      ],
    });
  }

  h(2, 'Outcome wording');
  for (const [outcome, text] of Object.entries(
    screening.outcomes as Record<string, Record<string, unknown>>,
  )) {
    h(3, `Outcome ${outcome}`);
    blocks.push({
      kind: 'list',
      items: Object.entries(text).map(([key, value]) => `${key}: ${show(value)}`),
    });
  }

  h(2, 'Other wording around screening and outcomes (messages.yaml)');
  p('What the assistant says around the health check, the recommendation gate and bookings.');
  const messageFile = YAML.parse(readFileSync(path.join(knowledgeDir, 'messages.yaml'), 'utf8')) as {
    messages?: Record<string, unknown>;
  };
  blocks.push({
    kind: 'table',
    head: ['id', 'text'],
    rows: Object.entries(messageFile.messages ?? {})
      .filter(([id]) => OUTCOME_MESSAGE_PREFIXES.some((prefix) => id.startsWith(prefix)))
      .map(([id, text]) => [id, show(text)]),
  });

  h(2, 'Red flags (red-flags.yaml)');
  p('Checked in every message, at any point of a conversation. The first flag that fires gives its advice.');
  const flagFile = redFlags as unknown as {
    flags: Record<string, unknown>[];
    concepts?: Record<string, string[]>;
  };
  const concepts = flagFile.concepts ?? {};
  const describePattern = (pattern: unknown): string => {
    const { all, within, ...rest } = (pattern ?? {}) as Record<string, unknown>;
    if (!Array.isArray(all)) return `Fires on: ${show(pattern)}`;
    const words = all
      .map((concept) => `${concept} [${(concepts[String(concept)] ?? []).join(', ')}]`)
      .join(' + ');
    const extra = Object.keys(rest).length > 0 ? `; ${show(rest)}` : '';
    return `Fires on: ${words}${within === undefined ? '' : ` (within ${within} words)`}${extra}`;
  };
  for (const flag of flagFile.flags) {
    h(3, `Flag ${String(flag.id)}`);
    blocks.push({ kind: 'quote', text: show(flag.advice) });
    const { id: _id, advice: _advice, patterns, ...rest } = flag;
    blocks.push({
      kind: 'list',
      items: [
        ...(Array.isArray(patterns) ? patterns.map(describePattern) : []),
        ...Object.entries(rest).map(([key, value]) => `${key}: ${show(value)}`),
      ],
    });
  }
  const { flags: _flags, concepts: _concepts, ...flagSettings } = flagFile as Record<string, unknown>;
  h(3, 'How red flags are matched');
  blocks.push({
    kind: 'list',
    items: Object.entries(flagSettings)
      .filter(([key]) => !['reviewer', 'reviewedOn', 'status'].includes(key))
      .map(([key, value]) => `${key}: ${show(value)}`),
  });

  h(2, 'Urgency lint (urgency-lint.yaml)');
  p('kb:check fails an article that names one of these symptoms with weaker advice than required.');
  blocks.push({
    kind: 'table',
    head: ['symptom', 'red flags', 'requires', 'words'],
    rows: loadUrgencyRules(knowledgeDir).table.symptoms.map((s) => [
      s.id,
      s.flags.join(', '),
      s.requires,
      s.phrases.join(', '),
    ]),
  });

  h(2, 'Services (services.yaml)');
  blocks.push({
    kind: 'table',
    head: ['id', 'name', 'offered after', 'requires', 'description'],
    rows: services.services.map((s) => [
      s.id,
      s.name,
      s.outcomes.join(', '),
      s.requires.join(', ') || '-',
      s.description,
    ]),
  });

  h(2, 'Articles');
  for (const article of articles) {
    h(3, `Article ${article.id}: ${article.title}`);
    blocks.push({
      kind: 'list',
      items: [
        `Evidence: ${article.evidence}`,
        `Sign-off: ${article.status}, ${article.reviewer}, ${article.reviewedOn}`,
        ...article.sources.map((s) => `Source: ${s.title} (${s.publisher}) ${s.url}`),
      ],
    });
    blocks.push({ kind: 'quote', text: article.body });
    if (article.more) blocks.push({ kind: 'quote', text: `Tell me more: ${article.more}` });
  }
  return blocks;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cellMd = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function markdownOf(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return block.text;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
    case 'list':
      return block.items.map((item) => `- ${item.replace(/\n+/g, ' ')}`).join('\n');
    case 'table':
      return [
        `| ${block.head.map(cellMd).join(' | ')} |`,
        `| ${block.head.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cellMd).join(' | ')} |`),
      ].join('\n');
  }
}

export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(markdownOf).join('\n\n')}\n`;
}

function htmlOf(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'quote':
      return `<blockquote>${block.text
        .split(/\n{2,}/)
        .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
        .join('')}</blockquote>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${block.head.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  }
}

export function toHtml(blocks: readonly Block[], title: string): string {
  const body = blocks.map(htmlOf);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}' +
      'table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}' +
      'blockquote{border-left:4px solid #9bb;margin:.5rem 0;padding:.1rem 1rem;background:#f6f9f9}</style>',
    '</head><body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

/** Writes the pack; returns the exit code (1 with a one-line reason when content is invalid). */
export function main(argv: readonly string[], today: Date): number {
  const outDir = path.resolve(optionValue(argv, '--out') ?? DEFAULT_OUT_DIR);
  const knowledgeDir = path.resolve(optionValue(argv, '--knowledge') ?? 'knowledge');
  const figuresFile = path.resolve(optionValue(argv, '--figures') ?? DEFAULT_FIGURES_FILE);
  let blocks: Block[];
  try {
    blocks = buildReviewPack({ knowledgeDir, figuresFile, today });
  } catch (error) {
    console.error(`review:pack: ${(error as Error).message}`);
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : 'Clinical review pack';
  writeFileSync(path.join(outDir, 'review-pack.md'), toMarkdown(blocks));
  writeFileSync(path.join(outDir, 'review-pack.html'), toHtml(blocks, title));
  console.log(`review:pack: wrote review-pack.md and review-pack.html to ${outDir}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2), new Date());
