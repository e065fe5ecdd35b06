import { z } from 'zod';
import { ContentError } from '../errors';
import { parseContent, readYamlFile } from '../kb/content-file';
import { SIGN_OFF_FIELDS } from '../kb/sign-off';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../kb/spa';

export const RED_FLAGS_FILE = 'red-flags.yaml';

const ID = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower_snake_case id');
const TEXT = z.string().trim().min(1, 'must not be empty');
const WORDS = z.array(TEXT).min(1, 'expected at least one word');

/** How many words apart the concepts of a pattern may be when the pattern gives no `within`. */
const DEFAULT_WITHIN = 12;

const PatternSchema = z
  .object({
    all: z.array(ID).min(1),
    within: z.number().int().positive().default(DEFAULT_WITHIN),
  })
  .strict();

const FlagSchema = z.object({ id: ID, advice: TEXT, patterns: z.array(PatternSchema).min(1) }).strict();

export const RedFlagContentSchema = z
  .object({
    flags: z.array(FlagSchema).min(1),
    concepts: z.record(ID, WORDS),
    negation: z
      .object({
        cues: WORDS,
        pseudo: WORDS,
        window: z.number().int().positive(),
        scopeEnds: WORDS,
        scopeStarters: WORDS,
        joiners: WORDS,
      })
      .strict(),
    history: z.object({ cues: WORDS, presentCues: WORDS }).strict(),
    ignore: z.array(TEXT).default([]),
    continuation: WORDS,
    ...SIGN_OFF_FIELDS,
  })
  .strict();

/** knowledge/red-flags.yaml, validated, with the spa's emergency number already in the advice. */
export type RedFlagContent = z.infer<typeof RedFlagContentSchema>;

/**
 * Validates red-flag content (already parsed from YAML): every pattern names a defined concept, every
 * concept is used, and advice only uses known {{spa.*}} placeholders, which are filled in here.
 */
export function parseRedFlagContent(data: unknown, spa: Spa, file = RED_FLAGS_FILE): RedFlagContent {
  const content = parseContent(file, data, RedFlagContentSchema);
  const values = spaPlaceholders(spa);
  const used = new Set<string>();
  const ids = new Set<string>();
  const flags = content.flags.map((flag, f) => {
    if (ids.has(flag.id)) throw new ContentError(file, `flags.${f}.id`, `duplicate flag id "${flag.id}"`);
    ids.add(flag.id);
    flag.patterns.forEach((pattern, p) => {
      pattern.all.forEach((concept, c) => {
        if (!(concept in content.concepts)) {
          throw new ContentError(file, `flags.${f}.patterns.${p}.all.${c}`, `unknown concept "${concept}"`);
        }
        used.add(concept);
      });
    });
    const unknown = unknownPlaceholders(flag.advice, values)[0];
    if (unknown !== undefined)
      throw new ContentError(file, `flags.${f}.advice`, `unknown placeholder {{${unknown}}}`);
    return { ...flag, advice: fillPlaceholders(flag.advice, values) };
  });
  const unused = Object.keys(content.concepts).find((concept) => !used.has(concept));
  if (unused !== undefined) throw new ContentError(file, `concepts.${unused}`, 'is not used by any pattern');
  return { ...content, flags };
}

/** Loads knowledge/red-flags.yaml; see `parseRedFlagContent`. */
export function loadRedFlagContent(knowledgeDir: string, spa: Spa): RedFlagContent {
  return parseRedFlagContent(readYamlFile(knowledgeDir, RED_FLAGS_FILE, z.unknown()), spa);
}
