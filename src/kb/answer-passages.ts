import type { Article } from './articles';
import { analyzeQuery, type SearchIndex, termOf, termWeight, tokenize } from './search-index';

/** An article cut for a chat: the passage that answers first, and what "Tell me more" adds. */
export interface AnswerPassages {
  /** Index (into `passagesOf(article)`) of the passage that answers the question. */
  lead: number;
  /** Indexes of the passages shown first: the lead, and the one after it when the lead is one sentence. */
  shown: number[];
  text: string;
  /** The other passages in reading order (the rest of the body, then the "More" section). */
  rest: string[];
}

/**
 * A passage this much more about the question than the article's opening is shown first instead: one
 * specific word's worth (idf ≈ 1.5 for a word in a fifth of the articles). Below it, the opening, which
 * curators write as the direct answer, leads.
 */
const SECTION_MARGIN = 1.5;
/** Words found in at least this share of articles say nothing about which part of an article is meant. */
const GENERIC_SHARE = 0.5;

/**
 * The article's paragraphs in reading order, body then "More". A paragraph that introduces a list
 * ("Common patterns are:") stays with the list that follows it.
 */
export function passagesOf(article: Pick<Article, 'body' | 'more'>): string[] {
  const paragraphs = [article.body, article.more ?? '']
    .flatMap((text) => text.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const passages: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = passages.at(-1);
    if (previous?.endsWith(':')) passages[passages.length - 1] = `${previous}\n\n${paragraph}`;
    else passages.push(paragraph);
  }
  return passages;
}

/**
 * Picks the passage that answers the question: the opening, unless the question is plainly about one
 * part of the article ("how much does it cost", "can you overdo it"), in which case that part leads.
 * Pure: the same index, article and question give the same passages.
 */
export function answerPassages(index: SearchIndex, article: Article, question: string): AnswerPassages {
  const passages = passagesOf(article);
  const units = analyzeQuery(index, question).filter((unit) => {
    const df = Math.max(...unit.terms.map((t) => index.documentFrequency.get(t) ?? 0));
    return df > 0 && df < GENERIC_SHARE * index.articleIds.length;
  });
  const scores = passages.map((passage) => {
    const terms = new Set(tokenize(passage).map(termOf));
    return units.reduce((sum, unit) => {
      const weight = termWeight(index, unit.terms[0]!);
      // A word matched only through a synonym is a guess at what was meant, as in the search.
      if (terms.has(unit.terms[0]!)) return sum + weight;
      return sum + (unit.terms.some((t) => terms.has(t)) ? index.expansionWeight * weight : 0);
    }, 0);
  });
  let lead = 0;
  scores.forEach((score, i) => {
    if (score >= scores[0]! + SECTION_MARGIN && score > scores[lead]!) lead = i;
  });
  // Answer first in 2–4 short sentences: a one-sentence lead ("There is no good evidence that…") takes
  // the next passage along when that one is short.
  const next = passages[lead + 1];
  const shown =
    sentenceCount(passages[lead] ?? '') < MIN_SENTENCES && next && sentenceCount(next) <= MAX_SENTENCES - 1
      ? [lead, lead + 1]
      : [lead];
  return {
    lead,
    shown,
    text: shown.map((i) => passages[i]).join('\n\n') || article.body,
    rest: passages.filter((_, i) => !shown.includes(i)),
  };
}

const MIN_SENTENCES = 2;
const MAX_SENTENCES = 4;

function sentenceCount(passage: string): number {
  return passage.split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim().length > 0).length;
}
