/**
 * The search index over the articles.
 *
 * Why MiniSearch rather than Orama: it was already a dependency, it is synchronous (Orama's API is
 * async-first, which would make `search(index, query)` a promise for no gain on ~100 documents), it is
 * small and CommonJS-friendly, and it lets us plug in our own tokenizer and term processor, which is
 * where all the language work happens anyway (British→American spelling, synonyms, typo correction
 * against the domain vocabulary). Its BM25+ scoring with per-field boosts is all the ranking we need.
 * Stemming: Porter2 (English Snowball) via `wink-porter2-stemmer`, a dependency-free CommonJS package.
 *
 * Typo tolerance is done here rather than with MiniSearch's `fuzzy` option: an unknown query word is
 * corrected once against the domain vocabulary (bounded edit distance, transpositions count as one),
 * so the same correction feeds both ranking and the confidence, and we know it was a correction.
 */
import MiniSearch from 'minisearch';
import { readingWords } from '../content/reading-words';
import { RecentResults } from '../recent-results';
import type { Article } from './articles';
import { type AspectReader, compileAspects, type QuestionAspect } from './question-aspects';
import { compileSynonyms, expandSynonyms, type SynonymGroup, type SynonymMatcher } from './synonyms';

// wink-porter2-stemmer ships no types; it exports one function.
const stemWord: (word: string) => string = require('wink-porter2-stemmer');

/**
 * 'question' indexes each listed phrasing as its own document plus one document per article for
 * title/tags/body, and scores an article by its best phrasing; 'article' indexes one document per
 * article with the phrasings joined. Compared by `npm run kb:eval`; see DEFAULT_GRANULARITY.
 */
export type Granularity = 'article' | 'question';

/**
 * Measured with kb-eval (default thresholds): 'question' 89.0% top-1 and 98.6% top-3, 'article' 86.7% and
 * 97.5%. Joined phrasings make long documents that BM25's length normalisation penalises, while one
 * phrasing that matches the query is a sharp signal.
 */
export const DEFAULT_GRANULARITY: Granularity = 'question';

/** Field boosts: a listed phrasing is the strongest evidence, then the title, tags, and the body text. */
export const FIELD_BOOSTS = { questions: 3, title: 2, tags: 1.5, body: 1 } as const;

// The stop words, chat abbreviations ("hrs" → hours), the words read as "not" and the British → American spelling
// rules (applied to both articles and queries, so either spelling finds the other): knowledge/reading.yaml.
const {
  stopWords: STOP_WORDS,
  abbreviations: ABBREVIATIONS,
  negations: NEGATIONS,
  spellings: SPELLING_RULES,
} = readingWords().search;

/** Lower-cases, strips accents ("Földi" → "foldi") and apostrophes, and splits into word tokens. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)
    .map((token) => ABBREVIATIONS.get(token) ?? token);
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token) || token.length < 2;
}

/** Maps a British spelling to the American one the index uses ("lymphoedema" → "lymphedema"). */
export function americanize(token: string): string {
  let result = token;
  for (const [pattern, replacement] of SPELLING_RULES) result = result.replace(pattern, replacement);
  return result;
}

/** The index term for one token: negations as "not", American spelling, then the Porter2 stem. */
export function termOf(token: string): string {
  return knownTerms.get(token, (word) => {
    if (NEGATIONS.has(word)) return 'not';
    return /^\d+$/.test(word) ? word : stemWord(americanize(word));
  });
}

/** Terms of the words last read: a message's words are stemmed several times over (round 22). */
const knownTerms = new RecentResults<string>(20_000);

/** The words of a text in the index's spelling, stop words included (synonym variants may contain them). */
export function wordsOf(text: string): string[] {
  return tokenize(text).map(americanize);
}

interface TrieNode {
  children: Map<string, TrieNode>;
  word?: string;
  frequency: number;
}

/**
 * The domain vocabulary as a trie, for bounded edit-distance lookup (Levenshtein with adjacent
 * transpositions). Walking the trie prunes a branch as soon as every cell of its row exceeds the bound,
 * so a lookup touches a small part of the vocabulary.
 */
class Vocabulary {
  private readonly root: TrieNode = { children: new Map(), frequency: 0 };

  add(word: string): void {
    let node = this.root;
    for (const char of word) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map(), frequency: 0 };
        node.children.set(char, child);
      }
      node = child;
    }
    node.word = word;
    node.frequency += 1;
  }

  /**
   * The closest word within `maxDistance` that starts with the same letter (people rarely mistype the
   * first letter, and allowing it turns real words into domain words: "iphone" → "phone"), preferring
   * the more frequent on a tie.
   */
  closest(word: string, maxDistance: number): string | undefined {
    let best: { word: string; distance: number; frequency: number } | undefined;
    const firstRow = Array.from({ length: word.length + 1 }, (_, i) => i);
    const start = this.root.children.get(word[0] ?? '');
    const visit = (
      node: TrieNode,
      char: string,
      prevChar: string,
      prevRow: number[],
      prevPrevRow: number[],
    ) => {
      const row = [prevRow[0]! + 1];
      let rowMin = row[0]!;
      for (let i = 1; i <= word.length; i++) {
        let cost = Math.min(
          row[i - 1]! + 1,
          prevRow[i]! + 1,
          prevRow[i - 1]! + (word[i - 1] === char ? 0 : 1),
        );
        if (i > 1 && char === word[i - 2] && prevChar === word[i - 1])
          cost = Math.min(cost, prevPrevRow[i - 2]! + 1);
        row.push(cost);
        if (cost < rowMin) rowMin = cost;
      }
      const distance = row[word.length]!;
      if (node.word && distance <= maxDistance) {
        if (
          !best ||
          distance < best.distance ||
          (distance === best.distance && node.frequency > best.frequency)
        ) {
          best = { word: node.word, distance, frequency: node.frequency };
        }
      }
      if (rowMin > maxDistance) return;
      for (const [next, child] of node.children) visit(child, next, char, row, prevRow);
    };
    if (start) visit(start, word[0]!, '', firstRow, firstRow);
    return best?.word;
  }
}

/** Which parts of an article a term occurs in. */
export interface ArticleTerms {
  /** Terms of the phrasings, title and tags. */
  strong: Set<string>;
  /** Terms of the body and the "more" text. */
  body: Set<string>;
}

interface IndexDocument {
  key: string;
  articleId: string;
  questions?: string;
  title?: string;
  tags?: string;
  body?: string;
}

/** A listed phrasing (or title) as weighted content units, to see how much of it a query says. */
export interface Phrasing {
  units: { terms: string[]; weight: number }[];
  totalWeight: number;
}

/** Built once at start-up by `buildSearchIndex`; pass it to `search` and `selectAnswer`. */
export interface SearchIndex {
  readonly granularity: Granularity;
  readonly expansionWeight: number;
  readonly articleIds: readonly string[];
  readonly articleTerms: ReadonlyMap<string, ArticleTerms>;
  /** Number of articles each term occurs in (any field). */
  readonly documentFrequency: ReadonlyMap<string, number>;
  /** Terms of phrasings, titles, tags and synonyms: the words that say a message is about our domain. */
  readonly domainTerms: ReadonlySet<string>;
  /** Terms of tags and synonym groups only: the topics themselves, without the phrasings' everyday words. */
  readonly topicTerms: ReadonlySet<string>;
  /** Article ids by title, as `titleKey` writes it: a topic button sends the title it shows. */
  readonly titles: ReadonlyMap<string, string>;
  /** Each article's phrasings and title, analysed. */
  readonly phrasings: ReadonlyMap<string, readonly Phrasing[]>;
  /** The articles whose title says each term (the title's own words, not their synonyms' families). */
  readonly titledBy: ReadonlyMap<string, readonly string[]>;
  /** The words of every title as typed (tokenized, American spelling): "replacement", not its stem "replac". */
  readonly titleWords: ReadonlySet<string>;
  /** The aspects a text asks about (knowledge/question-aspects.yaml); none when built without aspects. */
  readonly readAspects: AspectReader;
  /** The aspects each article answers: those its listed phrasings and its title ask about. */
  readonly articleAspects: ReadonlyMap<string, ReadonlySet<string>>;
  /** Aspects only an article covering them may answer (question-aspects.yaml `onlyCoveredAnswers`). */
  readonly onlyCoveredAspects: ReadonlySet<string>;
  /** Aspects for which a named thing's own article is offered beside the general one (`offerNamedArticle`). */
  readonly offerNamedAspects: ReadonlySet<string>;
  readonly synonyms: SynonymMatcher;
  readonly vocabulary: Vocabulary;
  readonly articleWeight: number;
  /** One document per article (all fields in 'article' granularity; title, tags, body otherwise). */
  readonly articleEngine: MiniSearch<IndexDocument>;
  /** One document per listed phrasing ('question' granularity only). */
  readonly questionEngine: MiniSearch<IndexDocument> | undefined;
}

/** A stop word still counts when the curated synonyms name it ("guys" → men). */
function isContent(tokens: readonly string[], i: number, added: readonly string[][]): boolean {
  return !isStopWord(tokens[i]!) || added[i]!.length > 0;
}

/**
 * One entry per content word: its own term first, then the canonicals its synonyms add. Stop words are
 * dropped only after synonym matching, since a variant may contain one.
 */
function contentUnits(
  tokens: readonly string[],
  words: readonly string[],
  synonyms: SynonymMatcher,
): string[][] {
  const added = expandSynonyms(words, synonyms);
  const units: string[][] = [];
  tokens.forEach((_token, i) => {
    if (!isContent(tokens, i, added)) return;
    const own = termOf(words[i]!);
    units.push([own, ...added[i]!.filter((t) => t !== own)]);
  });
  return units;
}

/**
 * Analysed terms of an indexed text, stop words dropped. Synonyms are expanded on the query side only:
 * expanding both sides would let a word the article and the query share count twice (once itself, once
 * as its canonical) and outweigh every other word of the query.
 */
function indexTerms(text: string, synonyms: SynonymMatcher, term: (token: string) => string): string[] {
  return tokenize(text)
    .filter((token) => !isStopWord(token) || synonyms.has(americanize(token)))
    .map(term);
}

/** termOf with a cache, for building: an index has a few thousand distinct words but ~100× as many tokens. */
function cachedTermOf(): (token: string) => string {
  const cache = new Map<string, string>();
  return (token) => {
    let term = cache.get(token);
    if (term === undefined) {
      term = termOf(token);
      cache.set(token, term);
    }
    return term;
  };
}

/** Idf floor: "mld" is in nearly every article but still tells us the message is about MLD. */
const MIN_TERM_WEIGHT = 0.25;

/**
 * Weight of a content word. A word in a synonym group is domain vocabulary by the curators' say and
 * weighs as much as the rarest word ("lipo", "lymphedema", "cancel"); any other word weighs its idf.
 * Measured on the eval: in-scope top-1 89% this way, 78% with plain idf, which lets words shared by many
 * articles ("lymphatic", "after") count for little even when they are the whole question.
 */
export function unitWeight(
  index: Pick<SearchIndex, 'articleIds' | 'documentFrequency'>,
  term: string,
  curated: boolean,
): number {
  return termWeight(index, curated ? '' : term);
}

/** Inverse document frequency over articles, floored so words in every article still count a little. */
export function termWeight(
  index: Pick<SearchIndex, 'articleIds' | 'documentFrequency'>,
  term: string,
): number {
  const n = index.articleIds.length;
  const df = index.documentFrequency.get(term) ?? 0;
  return Math.max(MIN_TERM_WEIGHT, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
}

export interface BuildOptions {
  /** How phrasings are indexed; kb-eval compares both. */
  granularity?: Granularity;
  /** In 'question' granularity, how much the title/tags/body document adds to an article's best phrasing. */
  articleWeight?: number;
  /** Weight of a term a synonym added, relative to the word the person typed. */
  expansionWeight?: number;
  /**
   * What questions ask about their topic (knowledge/question-aspects.yaml, `kb.aspects`). Without them
   * no aspect is read and ranking is by words alone.
   */
  aspects?: readonly QuestionAspect[];
}

/**
 * A synonym's family is a guess at what the person meant; the word they typed counts double. Measured
 * on the eval set: ranking top-1 92.1% at 0.5, 90.9% at 1.
 */
export const DEFAULT_EXPANSION_WEIGHT = 0.5;

/**
 * In 'question' granularity the title/tags/body document only supports the best phrasing: at full weight
 * its several fields outscore any single phrasing and generic articles ("what-is-mld") win everything.
 * Eval, search + re-ranking top-1: 0.898 at 1, 0.924 at 0.4 and 0.5, 0.909 at 0.1.
 */
export const DEFAULT_ARTICLE_WEIGHT = 0.4;

/**
 * Indexes the articles. A query word from a synonym group also searches the group's canonical and
 * one-word variants, so an article saying "lipo" is found by "liposuction" and the other way round.
 *
 * @example
 * const index = buildSearchIndex(kb.articles, kb.synonyms);
 * search(index, 'can i get lipo drainage', 3); // [{ articleId: 'after-liposuction', score: … }, …]
 */
export function buildSearchIndex(
  articles: readonly Article[],
  synonymGroups: readonly SynonymGroup[],
  options: BuildOptions = {},
): SearchIndex {
  const granularity = options.granularity ?? DEFAULT_GRANULARITY;
  const articleWeight = granularity === 'question' ? (options.articleWeight ?? DEFAULT_ARTICLE_WEIGHT) : 1;
  const synonyms = compileSynonyms(synonymGroups, wordsOf, termOf);
  const term = cachedTermOf();
  const analyze = (text: string) => indexTerms(text, synonyms, term);
  const newEngine = (fields: (keyof typeof FIELD_BOOSTS)[]) =>
    new MiniSearch<IndexDocument>({
      idField: 'key',
      fields,
      storeFields: ['articleId'],
      tokenize: analyze,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        boost: { ...FIELD_BOOSTS },
      },
    });
  const articleEngine = newEngine(
    granularity === 'article' ? ['questions', 'title', 'tags', 'body'] : ['title', 'tags', 'body'],
  );
  const questionEngine = granularity === 'question' ? newEngine(['questions']) : undefined;

  const vocabulary = new Vocabulary();
  const domainTerms = new Set<string>();
  const topicTerms = new Set<string>();
  const articleTerms = new Map<string, ArticleTerms>();
  const documentFrequency = new Map<string, number>();
  const documents: IndexDocument[] = [];

  for (const article of articles) {
    const strongText = [...article.questions, article.title, ...article.tags].join('\n');
    const bodyText = `${article.body}\n${article.more ?? ''}`;
    // Typos are corrected toward the words phrasings, titles and tags use: correcting toward any body word
    // turns unknown everyday words into noise ("raving" → "racing").
    for (const token of tokenize(strongText)) if (!isStopWord(token)) vocabulary.add(americanize(token));
    const terms: ArticleTerms = { strong: new Set(analyze(strongText)), body: new Set(analyze(bodyText)) };
    articleTerms.set(article.id, terms);
    for (const term of terms.strong) domainTerms.add(term);
    for (const term of analyze(article.tags.join(' '))) topicTerms.add(term);
    for (const term of new Set([...terms.strong, ...terms.body])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const tags = article.tags.join(' ');
    if (granularity === 'article') {
      const questions = article.questions.join('\n');
      documents.push({
        key: article.id,
        articleId: article.id,
        questions,
        title: article.title,
        tags,
        body: bodyText,
      });
    } else {
      article.questions.forEach((questions, i) => {
        documents.push({ key: `${article.id}#${i}`, articleId: article.id, questions });
      });
      documents.push({ key: article.id, articleId: article.id, title: article.title, tags, body: bodyText });
    }
  }
  for (const group of synonymGroups) {
    for (const text of [group.canonical, ...group.variants]) {
      for (const token of tokenize(text)) {
        if (isStopWord(token)) continue;
        vocabulary.add(americanize(token));
        domainTerms.add(termOf(token));
        topicTerms.add(termOf(token));
      }
    }
  }
  articleEngine.addAll(documents.filter((d) => d.key === d.articleId));
  questionEngine?.addAll(documents.filter((d) => d.key !== d.articleId));
  const articleIds = articles.map((a) => a.id);
  const phrasings = new Map<string, Phrasing[]>();
  for (const article of articles) {
    const list = [...article.questions, article.title].map((text) => {
      const tokens = tokenize(text);
      const units = contentUnits(tokens, tokens.map(americanize), synonyms).map((terms) => ({
        terms,
        weight: unitWeight({ articleIds, documentFrequency }, terms[0]!, terms.length > 1),
      }));
      return { units, totalWeight: units.reduce((sum, u) => sum + u.weight, 0) };
    });
    phrasings.set(article.id, list);
  }
  const titledBy = new Map<string, string[]>();
  const titleWords = new Set(articles.flatMap((article) => tokenize(article.title).map(americanize)));
  for (const article of articles) {
    const title = phrasings.get(article.id)!.at(-1)!;
    for (const term of new Set(title.units.map((u) => u.terms[0]!))) {
      titledBy.set(term, [...(titledBy.get(term) ?? []), article.id]);
    }
  }
  const readAspects = compileAspects(options.aspects ?? [], (text) => tokenize(text).join(' '));
  const articleAspects = new Map(
    articles.map((article) => [
      article.id,
      new Set([...article.questions, article.title].flatMap((text) => [...readAspects(text, true)])),
    ]),
  );
  return {
    granularity,
    expansionWeight: options.expansionWeight ?? DEFAULT_EXPANSION_WEIGHT,
    readAspects,
    articleAspects,
    onlyCoveredAspects: new Set((options.aspects ?? []).filter((a) => a.onlyCoveredAnswers).map((a) => a.id)),
    offerNamedAspects: new Set((options.aspects ?? []).filter((a) => a.offerNamedArticle).map((a) => a.id)),
    articleIds,
    articleTerms,
    documentFrequency,
    domainTerms,
    topicTerms,
    titles: new Map(articles.map((article) => [titleKey(article.title), article.id])),
    phrasings,
    titledBy,
    titleWords,
    synonyms,
    vocabulary,
    articleWeight,
    articleEngine,
    questionEngine,
  };
}

/** One content word of a query, after spelling normalisation, typo correction and synonym expansion. */
export interface QueryUnit {
  token: string;
  /** The word's own term first, then the canonical terms its synonyms add. */
  terms: string[];
  /** True when the word was unknown and replaced by the closest vocabulary word. */
  corrected: boolean;
  /** True when the word belongs to a synonym group (curated domain vocabulary). */
  curated: boolean;
}

/** Words this short are never corrected: too many real words lie one edit apart ("plain" → "pain"). */
const MIN_CORRECTABLE_LENGTH = 6;
/** From this length two edits are allowed ("lymphatick"), below it one. */
const TWO_EDIT_LENGTH = 9;

function isKnown(index: SearchIndex, word: string): boolean {
  const term = termOf(word);
  return index.documentFrequency.has(term) || index.domainTerms.has(term) || index.synonyms.has(word);
}

/**
 * Splits a query into content units; stop words are dropped after they have had their say in synonyms. The router
 * (readDomain) and retrieval read the same message: the units of the last few are kept per index (round 22), and
 * shared, so callers do not change them.
 */
export function analyzeQuery(index: SearchIndex, query: string): QueryUnit[] {
  let recent = analyzedQueries.get(index);
  if (!recent) {
    recent = new RecentResults(ANALYZED_QUERIES_KEPT);
    analyzedQueries.set(index, recent);
  }
  return recent.get(query, (text) => analyzeQueryAfresh(index, text));
}

/** A message, a name in it and its sentences read alone: a few queries a message. */
const ANALYZED_QUERIES_KEPT = 16;
const analyzedQueries = new WeakMap<SearchIndex, RecentResults<QueryUnit[]>>();

function analyzeQueryAfresh(index: SearchIndex, query: string): QueryUnit[] {
  const tokens = tokenize(query);
  const corrected = tokens.map(() => false);
  const words = tokens.map((token, i) => {
    const word = americanize(token);
    if (isStopWord(token) || /\d/.test(token) || word.length < MIN_CORRECTABLE_LENGTH) return word;
    if (isKnown(index, word)) return word;
    const closest = index.vocabulary.closest(word, word.length >= TWO_EDIT_LENGTH ? 2 : 1);
    if (!closest) return word;
    corrected[i] = true;
    return closest;
  });
  const added = expandSynonyms(words, index.synonyms);
  const content = tokens.flatMap((token, i) =>
    isContent(tokens, i, added) ? [{ token, corrected: corrected[i]! }] : [],
  );
  // Synonyms the articles never use cannot match; leaving them out keeps the search small.
  return contentUnits(tokens, words, index.synonyms).map(([own, ...synonyms], i) => ({
    ...content[i]!,
    terms: [own!, ...synonyms.filter((t) => index.documentFrequency.has(t))],
    curated: synonyms.length > 0,
  }));
}

/** One ranked article. `score` is the raw BM25+ score: only comparable within one query. */
export interface SearchHit {
  articleId: string;
  score: number;
}

/**
 * A term found in more articles than this is left out of BM25 (it still counts in the confidence
 * features). Its idf is near zero, so it barely moves the ranking, yet its posting lists are most of the
 * search time: on the 20× synthetic knowledge base the intrinsic p99 of selectAnswer was 1.6 ms with them
 * and 0.9 ms without. The real knowledge base (68 articles) is below the limit, so nothing is dropped and
 * its ranking is unaffected; past ~150 articles, re-run kb:eval to check.
 */
export const MAX_TERM_ARTICLES = 150;
/** A query of only common terms ("what does MLD mean") keeps its rarest one, or it would find nothing. */
const MIN_BM25_TERMS = 1;

function bm25Terms(index: SearchIndex, terms: string[]): string[] {
  const df = (t: string) => index.documentFrequency.get(t) ?? 0;
  const byRarity = [...terms].sort((a, b) => df(a) - df(b) || a.localeCompare(b));
  return byRarity.filter((t, i) => i < MIN_BM25_TERMS || df(t) <= MAX_TERM_ARTICLES);
}

/** One document's BM25+ score for one term, as MiniSearch gives it for that term searched alone. */
interface Posting {
  /** The document's number in its engine (EngineScores.articleOf). */
  readonly doc: number;
  readonly score: number;
}

/**
 * One engine's postings by boost and term, filled as queries ask: the index never changes after it is built, so a
 * term's scores do not either. Terms the articles use are kept for good, the others (which match nothing) only the
 * last thousand, so the memory stays within the knowledge base's vocabulary whatever people type. With them, the
 * sums of one query, reused by the next (no objects per document and query).
 */
interface EngineScores {
  readonly known: Map<string, readonly Posting[]>;
  readonly unknown: RecentResults<readonly Posting[]>;
  /** Document numbers by MiniSearch id, and each document's article. */
  readonly docs: Map<string, number>;
  readonly articleOf: string[];
  readonly sums: Float64Array;
  readonly terms: Uint32Array;
}
const scoresByEngine = new WeakMap<MiniSearch<IndexDocument>, EngineScores>();

function scoresOf(engine: MiniSearch<IndexDocument>): EngineScores {
  let scores = scoresByEngine.get(engine);
  if (!scores) {
    scores = {
      known: new Map(),
      unknown: new RecentResults(1_000),
      docs: new Map(),
      articleOf: [],
      sums: new Float64Array(engine.documentCount),
      terms: new Uint32Array(engine.documentCount),
    };
    scoresByEngine.set(engine, scores);
  }
  return scores;
}

function postingsOf(
  index: SearchIndex,
  engine: MiniSearch<IndexDocument>,
  scores: EngineScores,
  term: string,
  boost: number,
): readonly Posting[] {
  const key = `${boost} ${term}`;
  const search = () =>
    engine.search(term, { boostTerm: () => boost }).map((result) => {
      let doc = scores.docs.get(result.id as string);
      if (doc === undefined) {
        doc = scores.articleOf.push(result.articleId as string) - 1;
        scores.docs.set(result.id as string, doc);
      }
      return { doc, score: result.score };
    });
  if (!index.documentFrequency.has(term)) return scores.unknown.get(key, search);
  let postings = scores.known.get(key);
  if (!postings) {
    postings = search();
    scores.known.set(key, postings);
  }
  return postings;
}

/**
 * `engine.search(query, { boostTerm })` (an OR of the query's terms), read from each term's postings instead of searched
 * afresh: the same scores to the last bit, as MiniSearch adds them (each document's terms in the query's order, times
 * the number of terms it matched), at a fraction of the cost (MiniSearch builds result objects per document and term:
 * a sixth of the understanding bench's time and a third of its garbage; round 22). `found` gets each document's
 * article and score.
 */
function searchEngine(
  index: SearchIndex,
  engine: MiniSearch<IndexDocument>,
  query: string,
  boosts: ReadonlyMap<string, number>,
  found: (articleId: string, score: number) => void,
): void {
  // MiniSearch's search-time tokenizer (buildSearchIndex: split on spaces, every term kept as it is).
  const terms = query.split(' ').filter((term) => term.length > 0);
  const scores = scoresOf(engine);
  if (new Set(terms).size !== terms.length || scores.sums.length !== engine.documentCount) {
    for (const result of engine.search(query, { boostTerm: (term: string) => boosts.get(term) ?? 1 }))
      found(result.articleId as string, result.score);
    return;
  }
  const { sums, terms: matched } = scores;
  const touched: number[] = [];
  try {
    for (const term of terms) {
      for (const { doc, score } of postingsOf(index, engine, scores, term, boosts.get(term) ?? 1)) {
        if (matched[doc] === 0) {
          touched.push(doc);
          sums[doc] = score;
        } else sums[doc] = sums[doc]! + score;
        matched[doc] = matched[doc]! + 1;
      }
    }
    for (const doc of touched) found(scores.articleOf[doc]!, sums[doc]! * matched[doc]!);
  } finally {
    for (const doc of touched) matched[doc] = 0;
  }
}

/** Ranks articles for already-analysed query units (best first). */
export function rankUnits(index: SearchIndex, units: readonly QueryUnit[], limit: number): SearchHit[] {
  const boosts = new Map<string, number>();
  for (const unit of units) {
    unit.terms.forEach((term, i) => {
      const boost = i === 0 ? 1 : index.expansionWeight;
      boosts.set(term, Math.max(boosts.get(term) ?? 0, boost));
    });
  }
  if (boosts.size === 0) return [];
  const query = bm25Terms(index, [...boosts.keys()]).join(' ');
  const best = new Map<string, number>();
  if (index.questionEngine)
    searchEngine(index, index.questionEngine, query, boosts, (articleId, score) => {
      best.set(articleId, Math.max(best.get(articleId) ?? 0, score));
    });
  const articleWeight = index.questionEngine ? index.articleWeight : 1;
  searchEngine(index, index.articleEngine, query, boosts, (articleId, score) => {
    best.set(articleId, (best.get(articleId) ?? 0) + articleWeight * score);
  });
  return [...best]
    .map(([articleId, score]) => ({ articleId, score }))
    .sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId))
    .slice(0, limit);
}

/**
 * Ranks articles for a free-text query by BM25+ (best first). Pure: the same index and query give the
 * same hits. `selectAnswer`/`assessQuery` re-rank the top five by how well each covers the query.
 *
 * @example
 * search(index, 'lymphoedema after breast cancer', 3).map((h) => h.articleId);
 */
export function search(index: SearchIndex, query: string, limit = 5): SearchHit[] {
  return rankUnits(index, analyzeQuery(index, query), limit);
}

/**
 * Whether a message names one of the knowledge base's topics (a tag or a curated synonym): "recipe for
 * banana bread" does not, "is a lymph massage ok after a c-section" does. Tells an everyday request that
 * happens to share a phrasing word ("cost", "long") from one about what we do; and how many of its
 * content words the knowledge base never uses.
 */
export function readDomain(index: SearchIndex, text: string): { mentionsTopic: boolean; foreignWords: number } {
  const units = analyzeQuery(index, text);
  return {
    mentionsTopic: units.some((unit) => unit.curated || unit.terms.some((term) => index.topicTerms.has(term))),
    foreignWords: units.filter((unit) => !unit.terms.some((term) => index.documentFrequency.has(term))).length,
  };
}

/** A title (or a message) reduced to its words, so "How much does a session cost?" matches however it is sent. */
export function titleKey(text: string): string {
  return tokenize(text).join(' ');
}
