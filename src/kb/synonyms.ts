import { z } from 'zod';
import { readYamlFile } from '../content/content-file';

export const SYNONYMS_FILE = 'synonyms.yaml';

const SynonymGroupSchema = z
  .object({
    canonical: z.string().trim().min(1, 'must not be empty'),
    variants: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'expected at least one variant'),
  })
  .strict();

export const SynonymsSchema = z.object({ groups: z.array(SynonymGroupSchema) }).strict();

/** A lay term family: a query word matching any variant gets the canonical term added. */
export type SynonymGroup = z.infer<typeof SynonymGroupSchema>;

export function loadSynonyms(knowledgeDir: string): SynonymGroup[] {
  return readYamlFile(knowledgeDir, SYNONYMS_FILE, SynonymsSchema).groups;
}

interface Expansion {
  /** The variant as a sequence of words ("tummy-tuck" → [tummy, tuck]). */
  pattern: string[];
  /** The group's canonical terms and its one-word variants: what the variant may also be written as. */
  family: string[];
}

/** Variants compiled for matching, keyed by their first term. */
export type SynonymMatcher = Map<string, Expansion[]>;

/**
 * Compiles groups for matching. Variants match whole words as written (after the index's spelling
 * normalisation, `toWords`), not stems: the curators list the inflections they mean ("swell, swells,
 * swollen") and leave out look-alikes on purpose ("timings" is an hours word; "times" is not). The
 * family is kept as index terms (`toTerm`), ready to search.
 */
export function compileSynonyms(
  groups: readonly SynonymGroup[],
  toWords: (text: string) => string[],
  toTerm: (word: string) => string,
): SynonymMatcher {
  const matcher: SynonymMatcher = new Map();
  for (const group of groups) {
    const patterns = [group.canonical, ...group.variants].map(toWords).filter((p) => p.length > 0);
    const singles = patterns.filter((p) => p.length === 1).flat();
    const family = [...new Set([...toWords(group.canonical), ...singles].map(toTerm))];
    for (const pattern of patterns) {
      const first = pattern[0]!;
      const list = matcher.get(first) ?? [];
      list.push({ pattern, family });
      matcher.set(first, list);
    }
  }
  return matcher;
}

/**
 * For each position of `words`, the index terms its synonym groups add (empty when none): the canonical and
 * the group's one-word variants, so "appointment" also finds an article that says "session" or "visit".
 * A multi-word variant attaches them to every term it spans, so coverage counts the phrase as known.
 */
export function expandSynonyms(words: readonly string[], matcher: SynonymMatcher): string[][] {
  const added: string[][] = words.map(() => []);
  words.forEach((word, start) => {
    for (const { pattern, family } of matcher.get(word) ?? []) {
      if (!pattern.every((p, k) => words[start + k] === p)) continue;
      for (let k = 0; k < pattern.length; k++) {
        const slot = added[start + k]!;
        for (const f of family) if (!slot.includes(f)) slot.push(f);
      }
    }
  });
  return added;
}
