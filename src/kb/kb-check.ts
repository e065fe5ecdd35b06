import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors';
import {
  type Article,
  articleFile,
  crossReferenceProblems,
  type EvidenceLevel,
  listArticleFiles,
  splitArticle,
  validateArticle,
} from './articles';
import { assessQuery } from './answer-selection';
import { buildSearchIndex } from './search-index';
import { readSignOff, SAFETY_FILES, signOffConcerns } from './sign-off';
import { loadSpa, spaPlaceholders } from '../content/spa';
import { loadQuestionAspects, type QuestionAspect } from './question-aspects';
import { loadSynonyms, SYNONYMS_FILE, type SynonymGroup } from './synonyms';
import { loadUrgencyRules, readFlagAdvice, URGENCY_LINT_FILE, type UrgencyRules } from './urgency-lint';

export type Severity = 'error' | 'warning';

/** One line of `npm run kb:check`: a file, a dotted field inside it, and what is wrong. */
export interface KbProblem {
  severity: Severity;
  file: string;
  field: string;
  message: string;
}

/** Body length limits: long enough to answer, short enough to read in a chat bubble. */
export const BODY_WORDS = { min: 40, max: 120 } as const;
export { REVIEW_MONTHS } from './sign-off';

/** Weakly supported wellness benefits an article must not state as fact. */
export type ClaimKind = 'detox' | 'immunity' | 'weight-loss' | 'cellulite' | 'energy';

// Benefit statements: a treatment doing the thing ("detoxes the body", "boosts immunity", "burns fat").
// A bare symptom ("hyperthyroidism can cause weight loss") or anatomy ("nodes help your immune system")
// is not a claim.
const CLAIM_PATTERNS: Record<ClaimKind, RegExp> = {
  detox:
    /\bdetox(es|ify|ifies|ifying|ing)?\s+(the |your |our )?(body|system|lymph\w*|blood|skin|you)\b|\bdetox\w*\s+(massage|treatment|session|effect|benefits?)\b|\b(is|as) a (great |natural |gentle )?detox\b|\b(flush|remov|clear|eliminat|releas|drain|rid|expel|purg|draw|pull)\w*\b[^.;]{0,25}\btoxins?\b|\btoxins?\b[^.;]{0,20}\b(leav|come out|coming out|flushed|removed|released|eliminated|drained|exit)\w*|\bcleans\w*\s+(the |your )?(body|system|lymph\w*|blood)\b|\bflush\w*\s+(out\s+)?(the |your )?(waste|system|body|lymph)\b/,
  immunity:
    /\b(boost|strengthen|improv|enhanc|stimulat|increas|rais|supercharg|strong)\w*\b[^.;]{0,40}\bimmun\w*|\bimmun\w*[\s-]+(boost|strengthen)\w*/,
  'weight-loss':
    /\b(help|aid|promot|boost|speed|lead\w* to|result\w* in|for|shown?|prove|proven|produc|expect|achiev)\w*\s+(\w+\s+){0,2}(weight|fat|inch)[\s-]?loss\b|\blose\s+(\w+\s+){0,2}(weight|pounds|inches|kilos|lbs|fat)\b|\b(burn|melt|dissolv|shed|blast|torch)\w*\s+(\w+\s+){0,2}fat\b|\bslimm(ing|er)\b|\bfat[\s-]?burn\w*/,
  cellulite:
    /\b(remov|reduc|get rid of|gets rid of|eliminat|smooth|banish|cure|clear|improv|fix|break\w* up|diminish)\w*\b[^.;]{0,30}\bcellulite\b|\bcellulite\b[^.;]{0,25}\b(remov|reduc|disappear|gone|vanish|go away)\w*/,
  energy:
    /\b(boost|increas|restor|rais|more|improv|give|gives|lift|renew)\w*\b[^.;]{0,20}\benergy\b|\benergy[\s-]+boost\w*|\benergi[sz]\w*|\brevitali[sz]\w*/,
};

// Words that make a sentence about a claim even when it states none ("Detox is a popular word").
const TOPIC_PATTERNS: Partial<Record<ClaimKind, RegExp>> = {
  detox: /\bdetox\w*|\btoxins?\b/,
  cellulite: /\bcellulite\b/,
};

// A claim is accepted when its own clause negates or attributes it ("there is no good evidence that…",
// "claims that… are not supported", "you may hear that…"), or when the sentence states the evidence level
// ("…, but studies are small"). "May" and "might" are not enough: "MLD may boost immunity" is marketing.
const NEGATION =
  /\b(not|no|never|nor|none|neither|nothing|cannot|cant|doesnt|dont|isnt|arent|wasnt|werent|hasnt|havent|hadnt|didnt|wont|wouldnt|shouldnt|without|unproven|unsupported|myths?|false|misleading|overstated|exaggerated)\b/;
const ATTRIBUTION =
  /\b(claims?|claimed|claiming|marketing|marketed|advertis\w*|promot\w*|promis\w*|sold as|sells?|selling|some (people|spas|salons|websites|sellers|ads|influencers)|people (say|believe|think)|you (may|might|will|often) (hear|read|see)|is said|are said|supposed(ly)?|so-called|alleged(ly)?|purported(ly)?|popular (idea|belief|word)|idea that|belief that)\b/;
const EVIDENCE_LEVEL =
  /\b(evidence|research|studies|study|proof|data|trials?)\b[^.]{0,40}\b(weak|limited|little|lacking|mixed|small|poor|insufficient|unclear|not|no|none)\b|\b(weak|limited|little|no|insufficient|poor|mixed|not enough|lack of|no good|no strong|no reliable)\b[^.]{0,25}\b(evidence|research|studies|proof|data)\b/;
// Splits a sentence where a new main clause starts ("…, and there is no downtime"), so a negation in one
// clause does not excuse a claim in another.
const CLAUSE_BREAK =
  /;|:|,\s*(?:and|but|so|yet|while|plus)\b|\s(?:and|but|so)\s(?=(?:it|mld|this|that|they|you|your|the treatment|lymphatic|a session)\b)/;

export interface ClaimFinding {
  claim: ClaimKind;
  /** The sentence, as written. */
  sentence: string;
  /**
   * True when the sentence states a benefit as fact: a claim with no negation, attribution or evidence
   * level. False for hedged claims and for sentences that only name the topic.
   */
  assertive: boolean;
}

function normalizeSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[“”„]/g, '"')
    .replace(/['’‘`]/g, '');
}

function isQuoted(clause: string, index: number): boolean {
  const quotesBefore = clause.slice(0, index).split('"').length - 1;
  return quotesBefore % 2 === 1;
}

/** Splits prose into sentences: at . ! ? followed by a space, and at line breaks (list items). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?]["”)]?)\s+/)
    .map((s) => s.replace(/^\s*([-*+]|\d+\.)\s+/, '').trim())
    .filter((s) => s.length > 0);
}

/**
 * Finds wellness claims in prose and says whether each is stated as fact.
 *
 * @example
 * findClaims('MLD boosts your immune system.');            // [{ claim: 'immunity', assertive: true, … }]
 * findClaims('Claims that it boosts immunity are not supported.'); // [{ claim: 'immunity', assertive: false, … }]
 */
export function findClaims(text: string): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  for (const sentence of sentencesOf(text)) {
    const normal = normalizeSentence(sentence);
    const question = /\?["”)]?$/.test(sentence);
    const statesEvidence = EVIDENCE_LEVEL.test(normal);
    const clauses = normal.split(CLAUSE_BREAK).filter((c): c is string => Boolean(c));
    for (const [claim, pattern] of Object.entries(CLAIM_PATTERNS) as [ClaimKind, RegExp][]) {
      let found = TOPIC_PATTERNS[claim]?.test(normal) ?? false;
      let assertive = false;
      for (const clause of clauses) {
        const match = pattern.exec(clause);
        if (!match) continue;
        found = true;
        const hedged =
          question ||
          statesEvidence ||
          NEGATION.test(clause) ||
          ATTRIBUTION.test(clause) ||
          isQuoted(clause, match.index);
        if (!hedged) assertive = true;
      }
      if (found) findings.push({ claim, sentence, assertive });
    }
  }
  return findings;
}

const WEAK_EVIDENCE: readonly EvidenceLevel[] = ['limited', 'insufficient'];

/** Claims guard for one article: assertive claims anywhere, and entries about a claim under a strong evidence level. */
export function claimProblems(article: Article): KbProblem[] {
  const file = articleFile(article.id);
  const problems: KbProblem[] = [];
  const fields: [string, string][] = [
    ['title', article.title],
    ...article.questions.map((q, i): [string, string] => [`questions.${i}`, q]),
    ['body', article.body],
  ];
  if (article.more !== undefined) fields.push(['more', article.more]);
  // The claims an entry is about: named in its title, tags or listed phrasings. A hedged passing mention in
  // the body of a general entry ("claims that it detoxes are not supported") does not make it one.
  const mentioned = new Set<ClaimKind>();
  for (const [field, text] of [...fields, ['tags', article.tags.join(' ')] as [string, string]]) {
    for (const finding of findClaims(text)) {
      if (field === 'title' || field === 'tags' || field.startsWith('questions.'))
        mentioned.add(finding.claim);
      // Listed phrasings are what people ask ("can lymph massage burn fat"), never statements.
      if (finding.assertive && !field.startsWith('questions.')) {
        problems.push({
          severity: 'error',
          file,
          field,
          message: `states a ${finding.claim} claim as fact; say what the evidence shows: "${finding.sentence}"`,
        });
      }
    }
  }
  if (mentioned.size > 0 && !WEAK_EVIDENCE.includes(article.evidence)) {
    problems.push({
      severity: 'error',
      file,
      field: 'evidence',
      message: `is "${article.evidence}" but the article discusses ${[...mentioned].join(', ')} claims; use "limited" or "insufficient"`,
    });
  }
  return problems;
}

/** Words in a body, with each `{{placeholder}}` counted as one word. */
export function countWords(text: string): number {
  return text.replace(/\{\{[^}]*\}\}/g, ' x ').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Sign-off of one article: a draft, an overdue or future review, or the pre-workflow `reviewedBy` key. */
function articleSignOffProblems(article: Article, frontMatter: unknown, today: Date): KbProblem[] {
  const file = articleFile(article.id);
  const problems: KbProblem[] = signOffConcerns(article, today).map((message) => ({
    severity: 'warning',
    file,
    field: message.startsWith('is a draft') ? 'status' : 'reviewedOn',
    message,
  }));
  if (frontMatter !== null && typeof frontMatter === 'object' && 'reviewedBy' in frontMatter) {
    problems.push({
      severity: 'warning',
      file,
      field: 'reviewedBy',
      message: 'is the old key: write "reviewer" and "status: draft | signed" instead',
    });
  }
  return problems;
}

/** Sign-off of the safety files present in the folder (screening, red flags, services). */
function safetyFileSignOffProblems(knowledgeDir: string, today: Date): KbProblem[] {
  const problems: KbProblem[] = [];
  for (const file of SAFETY_FILES) {
    if (!existsSync(path.join(knowledgeDir, file))) continue;
    const entry = readSignOff(knowledgeDir, file);
    if (!entry.signOff) {
      problems.push({
        severity: 'warning',
        file,
        field: 'status',
        message: `has no valid sign-off (reviewer, reviewedOn, status): ${entry.problem}; counted as a draft`,
      });
      continue;
    }
    for (const message of signOffConcerns(entry.signOff, today)) {
      problems.push({
        severity: 'warning',
        file,
        field: message.startsWith('is a draft') ? 'status' : 'reviewedOn',
        message,
      });
    }
  }
  return problems;
}

/** Article sentences that name a red-flag symptom with weaker advice than the flag (see urgency-lint.yaml). */
export function urgencyProblems(
  article: Article,
  rules: UrgencyRules,
  rawTexts: [string, string][],
): KbProblem[] {
  const file = articleFile(article.id);
  return rawTexts.flatMap(([field, text]) =>
    rules.findWeakAdvice(text).map(
      (finding): KbProblem => ({
        severity: 'error',
        file,
        field,
        message: `names ${finding.symptom.replace(/_/g, ' ')} with ${finding.given.replace(/_/g, ' ')} advice; red flag "${finding.flags.join('" / "')}" needs ${finding.required.replace(/_/g, ' ')}: "${finding.sentence}"`,
      }),
    ),
  );
}

/** The urgency table, checked against red-flags.yaml; undefined (with the problem reported) when unusable. */
function urgencyRulesFor(knowledgeDir: string, problems: KbProblem[]): UrgencyRules | undefined {
  if (!existsSync(path.join(knowledgeDir, URGENCY_LINT_FILE))) return undefined;
  try {
    const rules = loadUrgencyRules(knowledgeDir);
    for (const problem of rules.flagMismatches(readFlagAdvice(knowledgeDir))) {
      problems.push({ ...problem, file: URGENCY_LINT_FILE });
    }
    return rules;
  } catch (error) {
    problems.push(fromContentError(error));
    return undefined;
  }
}

/**
 * A listed phrasing that retrieves another article first (in the order the bot ranks candidates) makes
 * the two entries overlap: one of them will never be reached by that question.
 */
export function overlapProblems(
  articles: readonly Article[],
  synonyms: readonly SynonymGroup[],
  aspects: readonly QuestionAspect[] = [],
): KbProblem[] {
  const index = buildSearchIndex(articles, synonyms, { aspects });
  const problems: KbProblem[] = [];
  for (const article of articles) {
    article.questions.forEach((question, i) => {
      const top = assessQuery(index, question).candidates[0];
      if (top && top.articleId !== article.id) {
        problems.push({
          severity: 'error',
          file: articleFile(article.id),
          field: `questions.${i}`,
          message: `"${question}" retrieves "${top.articleId}" first; reword it or merge the entries`,
        });
      }
    });
  }
  return problems;
}

function synonymProblems(groups: readonly SynonymGroup[]): KbProblem[] {
  const owner = new Map<string, string>();
  const problems: KbProblem[] = [];
  groups.forEach((group, g) => {
    group.variants.forEach((variant, v) => {
      const key = variant.toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== group.canonical) {
        problems.push({
          severity: 'error',
          file: SYNONYMS_FILE,
          field: `groups.${g}.variants.${v}`,
          message: `"${variant}" is also a variant of "${first}"; keep each variant in one group`,
        });
      }
      owner.set(key, group.canonical);
    });
  });
  return problems;
}

function fromContentError(error: unknown): KbProblem {
  if (!(error instanceof ContentError)) throw error;
  return { severity: 'error', file: error.file, field: error.field, message: error.problem };
}

/**
 * Checks the whole knowledge folder and returns every problem (errors and warnings), sorted by file.
 * `today` decides which reviews are overdue.
 */
export function kbCheck(knowledgeDir: string, today: Date): KbProblem[] {
  const problems: KbProblem[] = [];
  let placeholders: Record<string, string> | undefined;
  try {
    placeholders = spaPlaceholders(loadSpa(knowledgeDir));
  } catch (error) {
    problems.push(fromContentError(error));
  }
  let files: string[] = [];
  try {
    files = listArticleFiles(knowledgeDir);
  } catch (error) {
    problems.push(fromContentError(error));
  }
  const urgency = urgencyRulesFor(knowledgeDir, problems);
  const articles: Article[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(knowledgeDir, file), 'utf8');
    const result = validateArticle(file, text, placeholders);
    problems.push(...result.problems.map(fromContentError));
    if (!result.article) continue;
    articles.push(result.article);
    const parts = splitArticle(file, text);
    problems.push(...articleSignOffProblems(result.article, parts.frontMatter, today));
    if (urgency) {
      const raw: [string, string][] = [['body', parts.body]];
      if (parts.more !== undefined) raw.push(['more', parts.more]);
      problems.push(...urgencyProblems(result.article, urgency, raw));
    }
    const words = countWords(parts.body);
    if (words < BODY_WORDS.min || words > BODY_WORDS.max) {
      problems.push({
        severity: 'error',
        file,
        field: 'body',
        message: `has ${words} words; keep it between ${BODY_WORDS.min} and ${BODY_WORDS.max} (move detail to "## More")`,
      });
    }
  }
  problems.push(...crossReferenceProblems(articles).map(fromContentError));
  let synonyms: SynonymGroup[] = [];
  try {
    synonyms = loadSynonyms(knowledgeDir);
    problems.push(...synonymProblems(synonyms));
  } catch (error) {
    problems.push(fromContentError(error));
  }
  let aspects: QuestionAspect[] = [];
  try {
    aspects = loadQuestionAspects(knowledgeDir);
  } catch (error) {
    problems.push(fromContentError(error));
  }
  for (const article of articles) {
    problems.push(...claimProblems(article));
  }
  if (articles.length > 1) problems.push(...overlapProblems(articles, synonyms, aspects));
  problems.push(...safetyFileSignOffProblems(knowledgeDir, today));
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/** `error articles/x.md: body: has 130 words…` — one line per problem. */
export function formatProblem(problem: KbProblem): string {
  return `${problem.severity} ${problem.file}: ${problem.field || '(file)'}: ${problem.message}`;
}
