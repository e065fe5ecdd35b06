import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from './content-file';

/**
 * knowledge/reading.yaml: how every reader of text spells English (chat shorthand, "could not" as "couldnt", the
 * search's stop words and abbreviations). Until round 37 these lists were in the code, against the rule that every
 * word the bot understands lives in knowledge/.
 */
export const READING_FILE = 'reading.yaml';

const WordMap = z.record(z.string().min(1), z.string().min(1));
const WordList = z.array(z.string().min(1)).min(1);

export const ReadingWordsSchema = z
  .object({
    chatShorthand: WordMap,
    notContractions: WordMap,
    safetyShorthand: WordMap,
    search: z.object({ stopWords: WordList, abbreviations: WordMap, negations: WordList }).strict(),
  })
  .strict();

/** Every table is a Map or a Set: a plain object would hand "constructor" (an Object.prototype member) back. */
export interface ReadingWords {
  /** Chat shorthand mapped to the word the content lists use ("u" → you, Scots "cannae" → cant). */
  readonly chatShorthand: ReadonlyMap<string, string>;
  /** A verb before a separate "not" → the contraction ("could not" → couldnt). */
  readonly notContractions: ReadonlyMap<string, string>;
  /** Shorthand only the safety reading expands (Scots "noo" → now; to the health check "noo" still means no). */
  readonly safetyShorthand: ReadonlyMap<string, string>;
  readonly search: {
    readonly stopWords: ReadonlySet<string>;
    readonly abbreviations: ReadonlyMap<string, string>;
    /** Words the article search reads as "not". */
    readonly negations: ReadonlySet<string>;
  };
}

/** Reads and checks reading.yaml in `knowledgeDir` (kb:check and the tests name the folder). */
export function loadReadingWords(knowledgeDir: string): ReadingWords {
  const words = readYamlFile(knowledgeDir, READING_FILE, ReadingWordsSchema);
  const map = (record: Record<string, string>) => new Map(Object.entries(record));
  return {
    chatShorthand: map(words.chatShorthand),
    notContractions: map(words.notContractions),
    safetyShorthand: map(words.safetyShorthand),
    search: {
      stopWords: new Set(words.search.stopWords),
      abbreviations: map(words.search.abbreviations),
      negations: new Set(words.search.negations),
    },
  };
}

/**
 * The project's own knowledge/ folder: the nearest folder above this file (src/content, or dist/src/content once built)
 * that holds reading.yaml.
 */
function projectKnowledgeDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'knowledge');
    if (existsSync(path.join(candidate, READING_FILE))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`knowledge/${READING_FILE} not found above ${__dirname}`);
  }
}

let projectWords: ReadingWords | undefined;

/**
 * The project's reading words, read once. The tokenizers are plain functions that read content and messages alike, at
 * module level, before any KNOWLEDGE_DIR is known; these words are the language's spelling, not one spa's content, so
 * a deployment with its own knowledge folder still reads English the same way (and kb:check checks its copy too).
 */
export function readingWords(): ReadingWords {
  projectWords ??= loadReadingWords(projectKnowledgeDir());
  return projectWords;
}
