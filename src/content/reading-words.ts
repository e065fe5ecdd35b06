import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from './content-file';

/**
 * knowledge/reading.yaml: how every reader of text spells English (chat shorthand, "could not" as "couldnt", the
 * search's stop words, abbreviations and British → American spelling rules). Until rounds 37 and 38 these lists were
 * in the code, against the rule that every word the bot understands lives in knowledge/.
 */
export const READING_FILE = 'reading.yaml';

const WordMap = z.record(z.string().min(1), z.string().min(1));
const WordList = z.array(z.string().min(1)).min(1);

/** A spelling rule's pattern must compile: a broken one is refused at load, by name, not on the first message. */
const Pattern = z
  .string()
  .min(1)
  .refine(
    (pattern) => {
      try {
        new RegExp(pattern, 'g');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

export const ReadingWordsSchema = z
  .object({
    chatShorthand: WordMap,
    notContractions: WordMap,
    safetyShorthand: WordMap,
    recognizerShorthand: WordMap,
    search: z
      .object({
        stopWords: WordList,
        abbreviations: WordMap,
        negations: WordList,
        spellings: z.array(z.tuple([Pattern, z.string()])).min(1),
      })
      .strict(),
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
  /** Shorthand the intent recognizer and router spell out before reading (src/language/normalize-utterance.ts). */
  readonly recognizerShorthand: ReadonlyMap<string, string>;
  readonly search: {
    readonly stopWords: ReadonlySet<string>;
    readonly abbreviations: ReadonlyMap<string, string>;
    /** Words the article search reads as "not". */
    readonly negations: ReadonlySet<string>;
    /** British → American spelling rules over one word, applied in order ("lymphoedema" → "lymphedema"). */
    readonly spellings: readonly (readonly [RegExp, string])[];
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
    recognizerShorthand: map(words.recognizerShorthand),
    search: {
      stopWords: new Set(words.search.stopWords),
      abbreviations: map(words.search.abbreviations),
      negations: new Set(words.search.negations),
      // Every match in a word is replaced ("g"); a word is only ever replaced, never tested, so lastIndex plays no part.
      spellings: words.search.spellings.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const),
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
