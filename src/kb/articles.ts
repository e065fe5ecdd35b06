import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError } from '../errors';
import { parseYaml, toContentError } from '../content/content-file';
import { SIGN_OFF_STATUSES, type SignOffStatus } from './sign-off';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../content/spa';
import { loadQuestionAspects, type QuestionAspect } from './question-aspects';
import { loadSynonyms, type SynonymGroup } from './synonyms';

export const ARTICLES_DIR = 'articles';
/** Graded evidence for clinical claims, best first. */
export const GRADED_EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'insufficient'] as const;
/**
 * `spa-information`: the spa's own facts (hours, prices, address, what to bring). Not a clinical claim, so
 * not graded; its source is the spa itself (spa.yaml), filled in by the loader.
 */
export const SPA_INFORMATION = 'spa-information';
export const EVIDENCE_LEVELS = [...GRADED_EVIDENCE_LEVELS, SPA_INFORMATION] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

const KEBAB_ID = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "what-is-mld"');
const TEXT = z.string().trim().min(1, 'must not be empty');

const SourceSchema = z
  .object({
    title: TEXT,
    publisher: TEXT,
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  })
  .strict();

/**
 * Articles written before the sign-off workflow say `reviewedBy` and no `status`; they load as drafts by
 * that reviewer (kb:check asks for the new keys), so an older article never fails start-up.
 */
function withLegacyReviewer(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || !('reviewedBy' in data)) return data;
  const { reviewedBy, ...rest } = data as Record<string, unknown>;
  return { reviewer: reviewedBy, status: 'draft', ...rest };
}

/** The YAML front matter of `knowledge/articles/<id>.md`. */
export const ArticleFrontMatterSchema = z.preprocess(
  withLegacyReviewer,
  z
    .object({
      id: KEBAB_ID,
      title: TEXT,
      questions: z.array(TEXT).min(4, 'expected at least 4 question phrasings'),
      tags: z.array(TEXT),
      evidence: z.enum(EVIDENCE_LEVELS),
      sources: z.array(SourceSchema).default([]),
      reviewer: TEXT,
      reviewedOn: z.iso.date('expected a date such as "2026-01-31"'),
      status: z.enum(SIGN_OFF_STATUSES),
      followUps: z.array(KEBAB_ID).default([]),
    })
    .strict()
    .superRefine((article, ctx) => {
      const spaInformation = article.evidence === SPA_INFORMATION;
      if (!spaInformation && article.sources.length === 0)
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'expected at least one source' });
      if (spaInformation && article.sources.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'spa information is sourced from spa.yaml; list no other sources',
        });
    }),
);

export type ArticleSource = z.infer<typeof SourceSchema>;

/** One answer, validated and with `{{spa.*}}` placeholders filled in. */
export interface Article {
  id: string;
  title: string;
  questions: string[];
  tags: string[];
  evidence: EvidenceLevel;
  /** For spa information, the spa itself (from spa.yaml). */
  sources: ArticleSource[];
  reviewer: string;
  /** YYYY-MM-DD. */
  reviewedOn: string;
  status: SignOffStatus;
  followUps: string[];
  /** The plain-language answer. */
  body: string;
  /** The "tell me more" text (the `## More` section), when the article has one. */
  more?: string;
}

/** Everything the question-answering side needs from `knowledge/`. */
export interface KnowledgeBase {
  articles: Article[];
  synonyms: SynonymGroup[];
  /** What questions ask about their topic; pass to buildSearchIndex as `{ aspects }`. */
  aspects: QuestionAspect[];
}

/** An article file split into its parts, before any validation or placeholder filling. */
export interface ArticleParts {
  frontMatter: unknown;
  body: string;
  more?: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;
const MORE_HEADING = /^##[ \t]+More[ \t]*$/im;

/** Splits `---` front matter, body and the optional `## More` section. Throws ContentError on bad syntax. */
export function splitArticle(file: string, text: string): ArticleParts {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new ContentError(file, '', 'expected YAML front matter between two "---" lines');
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1]!);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    // +1: the opening "---" line comes before the YAML.
    throw new ContentError(file, line ? `line ${line + 1}` : '', 'front matter is not valid YAML');
  }
  const rest = match[2]!;
  const more = MORE_HEADING.exec(rest);
  if (!more) return { frontMatter, body: rest.trim() };
  return {
    frontMatter,
    body: rest.slice(0, more.index).trim(),
    more: rest.slice(more.index + more[0].length).trim(),
  };
}

/**
 * Validates one article file and returns every problem found (not only the first), so `kb:check` can list
 * them all. `placeholders` undefined skips the placeholder check (used when spa.yaml itself is broken).
 */
export function validateArticle(
  file: string,
  text: string,
  placeholders: Record<string, string> | undefined,
): { article?: Article; problems: ContentError[] } {
  let parts: ArticleParts;
  try {
    parts = splitArticle(file, text);
  } catch (error) {
    if (error instanceof ContentError) return { problems: [error] };
    throw error;
  }
  const problems: ContentError[] = [];
  const result = ArticleFrontMatterSchema.safeParse(parts.frontMatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(toContentError(file, new z.ZodError([issue])));
    }
  }
  if (!parts.body) problems.push(new ContentError(file, 'body', 'must not be empty'));
  if (parts.more === '') problems.push(new ContentError(file, 'more', 'the "## More" section is empty'));
  const expectedId = path.basename(file, '.md');
  if (result.success && result.data.id !== expectedId) {
    problems.push(new ContentError(file, 'id', `must equal the file name "${expectedId}"`));
  }
  if (placeholders) {
    const texts: [string, string][] = [['body', parts.body]];
    if (parts.more !== undefined) texts.push(['more', parts.more]);
    if (result.success) {
      texts.push(['title', result.data.title]);
      for (const [i, q] of result.data.questions.entries()) texts.push([`questions.${i}`, q]);
    }
    for (const [field, value] of texts) {
      for (const name of unknownPlaceholders(value, placeholders)) {
        problems.push(new ContentError(file, field, `unknown placeholder {{${name}}}`));
      }
    }
  }
  if (!result.success || problems.length > 0) return { problems };
  const fill = (value: string) => (placeholders ? fillPlaceholders(value, placeholders) : value);
  const data = result.data;
  const article: Article = {
    ...data,
    title: fill(data.title),
    questions: data.questions.map(fill),
    body: fill(parts.body),
    sources: data.evidence === SPA_INFORMATION && placeholders ? [spaSource(placeholders)] : data.sources,
  };
  if (parts.more !== undefined) article.more = fill(parts.more);
  return { article, problems };
}

/** The spa as the source of its own facts: what spa.yaml says, published on the spa's website. */
function spaSource(placeholders: Record<string, string>): ArticleSource {
  return {
    title: `${placeholders['spa.name']}: spa information`,
    publisher: placeholders['spa.name']!,
    url: placeholders['spa.website']!,
  };
}

/** Parses one article file; throws the first ContentError. */
export function parseArticle(file: string, text: string, placeholders: Record<string, string>): Article {
  const { article, problems } = validateArticle(file, text, placeholders);
  if (problems[0]) throw problems[0];
  return article!;
}

/** Relative paths (`articles/<name>.md`) of the article files, sorted. */
export function listArticleFiles(knowledgeDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(knowledgeDir, ARTICLES_DIR));
  } catch {
    throw new ContentError(ARTICLES_DIR, '', 'folder is missing or unreadable');
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${ARTICLES_DIR}/${name}`);
}

/** The file an article lives in, relative to the knowledge folder. */
export function articleFile(id: string): string {
  return `${ARTICLES_DIR}/${id}.md`;
}

/**
 * Problems that involve more than one article: duplicate ids and follow-ups that name no article (or the
 * article itself). A dangling follow-up would become a dead button, so start-up refuses it too.
 */
export function crossReferenceProblems(articles: readonly Article[]): ContentError[] {
  const problems: ContentError[] = [];
  const ids = new Set<string>();
  for (const article of articles) {
    if (ids.has(article.id)) problems.push(new ContentError(articleFile(article.id), 'id', 'is used twice'));
    ids.add(article.id);
  }
  for (const article of articles) {
    const seen = new Set<string>();
    article.followUps.forEach((id, i) => {
      const field = `followUps.${i}`;
      const file = articleFile(article.id);
      if (id === article.id)
        problems.push(new ContentError(file, field, 'an article cannot follow up itself'));
      else if (!ids.has(id)) problems.push(new ContentError(file, field, `no article has id "${id}"`));
      else if (seen.has(id)) problems.push(new ContentError(file, field, `"${id}" is listed twice`));
      seen.add(id);
    });
  }
  return problems;
}

/**
 * Loads and validates every article and the synonyms. Throws the first ContentError (file + field), so
 * start-up refuses bad content; `kb:check` reports all problems instead.
 *
 * @example
 * const kb = loadKnowledgeBase('knowledge', loadSpa('knowledge'));
 * const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
 */
export function loadKnowledgeBase(knowledgeDir: string, spa: Spa): KnowledgeBase {
  const placeholders = spaPlaceholders(spa);
  const articles = listArticleFiles(knowledgeDir).map((file) =>
    parseArticle(file, readFileSync(path.join(knowledgeDir, file), 'utf8'), placeholders),
  );
  const [problem] = crossReferenceProblems(articles);
  if (problem) throw problem;
  return { articles, synonyms: loadSynonyms(knowledgeDir), aspects: loadQuestionAspects(knowledgeDir) };
}
