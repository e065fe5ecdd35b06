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
  const fullPath = path.join(knowledgeDir, relativePath);
  let text: string;
  try {
    text = readFileSync(fullPath, 'utf8');
  } catch {
    throw new ContentError(relativePath, '', 'file is missing or unreadable');
  }
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ContentError(relativePath, line ? `line ${line}` : '', 'is not valid YAML');
  }
  return parseContent(relativePath, data, schema);
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
