import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { ContentError } from '../errors';

/** Turns the first zod issue into a ContentError naming the file and the field. */
export function toContentError(file: string, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  return new ContentError(file, field, issue?.message ?? 'invalid');
}

/** Validates already-parsed data against a schema, reporting problems against `file`. */
export function parseContent<S extends z.ZodType>(file: string, data: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw toContentError(file, result.error);
  return result.data;
}

/**
 * Reads one YAML file under the knowledge folder and validates it.
 * Errors name the file relative to the knowledge folder, so a curator sees `screening.yaml: rules.3.outcome: …`.
 */
export function readYamlFile<S extends z.ZodType>(
  knowledgeDir: string,
  relativePath: string,
  schema: S,
): z.infer<S> {
  return parseContent(relativePath, readYaml(knowledgeDir, relativePath), schema);
}

/**
 * Parsed YAML by its text. Starting the app reads the same large example files several times (the urgency, article
 * and route models each read knowledge/understanding-examples/), and the tests start it hundreds of times in one
 * process; parsing was most of a start. The cache hands out copies, so a caller that changes what it got changes
 * nothing for the next one; it keys by the whole text, so an edited file is parsed afresh.
 */
const parsedYaml = new Map<string, unknown>();
const PARSED_YAML_LIMIT = 256;

/** YAML.parse, remembered by text (see parsedYaml); throws YAML's error for invalid text. */
export function parseYaml(text: string): unknown {
  if (!parsedYaml.has(text)) {
    const data = YAML.parse(text);
    if (parsedYaml.size >= PARSED_YAML_LIMIT) parsedYaml.delete(parsedYaml.keys().next().value!);
    parsedYaml.set(text, data);
  }
  return structuredClone(parsedYaml.get(text));
}

function readYaml(knowledgeDir: string, relativePath: string): unknown {
  const fullPath = path.join(knowledgeDir, relativePath);
  let text: string;
  try {
    text = readFileSync(fullPath, 'utf8');
  } catch {
    throw new ContentError(relativePath, '', 'file is missing or unreadable');
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ContentError(relativePath, line ? `line ${line}` : '', 'is not valid YAML');
  }
  return data;
}

/** knowledge/word-lists.yaml: named word lists that patterns elsewhere reference as `{{name}}`. */
export const WORD_LISTS_FILE = 'word-lists.yaml';
const WORD_LIST_REFERENCE = /\{\{([a-z_]+)\}\}/g;
const WordListsSchema = z.record(z.string().regex(/^[a-z_]+$/, 'a list name is lower case'), z.array(z.string().min(1)).min(1));

/**
 * Reads a YAML file of patterns like readYamlFile, with every `{{name}}` in its strings replaced by the word list
 * of that name from knowledge/word-lists.yaml, as one alternation. A list several patterns share (the words for
 * being ill, round 9) then lives in one place, and two copies cannot drift apart. An unknown name is a
 * ContentError naming the field that uses it.
 */
export function readPatternFile<S extends z.ZodType>(
  knowledgeDir: string,
  relativePath: string,
  schema: S,
): z.infer<S> {
  const data = readYaml(knowledgeDir, relativePath);
  if (!JSON.stringify(data).includes('{{')) return parseContent(relativePath, data, schema);
  const lists = readYamlFile(knowledgeDir, WORD_LISTS_FILE, WordListsSchema);
  const expand = (value: unknown, field: string): unknown => {
    if (typeof value === 'string')
      return value.replace(WORD_LIST_REFERENCE, (_whole, name: string) => {
        const words = lists[name];
        if (!words) throw new ContentError(relativePath, field, `names no word list of ${WORD_LISTS_FILE}: {{${name}}}`);
        return `(?:${words.join('|')})`;
      });
    if (Array.isArray(value)) return value.map((item, i) => expand(item, field ? `${field}.${i}` : String(i)));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, expand(item, field ? `${field}.${key}` : key)]),
      );
    return value;
  };
  return parseContent(relativePath, expand(data, ''), schema);
}

/** A content field holding a regular expression (used case-insensitively); an invalid one names its field. */
export const RegexSource = z.string().refine((pattern) => {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}, 'is not a valid regular expression');

/** Content regex sources (RegexSource) as one case-insensitive alternation, each source kept whole. */
export function anyOf(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');
}
