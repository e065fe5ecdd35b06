import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { ContentError } from '../errors';
import { readYamlFile } from '../content/content-file';

/** The symptom → required urgency table (see the file's own header). */
export const URGENCY_LINT_FILE = 'urgency-lint.yaml';
const RED_FLAGS_FILE = 'red-flags.yaml';

const TEXT = z.string().trim().min(1);
const ID = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower_snake_case id');

export const UrgencyLintSchema = z
  .object({
    levels: z.array(z.object({ id: ID, phrases: z.array(TEXT).min(1) }).strict()).min(2),
    symptoms: z
      .array(
        z.object({ id: ID, flags: z.array(ID).min(1), requires: ID, phrases: z.array(TEXT).min(1) }).strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    const levels = new Set(data.levels.map((level) => level.id));
    data.symptoms.forEach((symptom, i) => {
      if (!levels.has(symptom.requires))
        ctx.addIssue({
          code: 'custom',
          path: ['symptoms', i, 'requires'],
          message: `unknown level "${symptom.requires}"`,
        });
    });
  });
export type UrgencyLint = z.infer<typeof UrgencyLintSchema>;

/** A disagreement between the table and red-flags.yaml, reported against urgency-lint.yaml. */
export interface TableProblem {
  severity: 'error' | 'warning';
  field: string;
  message: string;
}

/** One place where advice is weaker than the red flag for the same symptom. */
export interface UrgencyFinding {
  symptom: string;
  /** The red flags (ids) that cover the symptom. */
  flags: string[];
  /** The sentence naming the symptom, as written. */
  sentence: string;
  required: string;
  /** The strongest advice found, or undefined when the advice is none of the levels. */
  given: string;
}

function phrasePattern(phrases: readonly string[]): RegExp {
  const escaped = phrases.map((p) =>
    p
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  // Whole words: letters or digits must not touch the phrase on either side.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** A compiled table: levels weakest first, each with its matcher. */
export class UrgencyRules {
  private readonly levels: { id: string; pattern: RegExp }[];
  private readonly symptoms: {
    id: string;
    flags: string[];
    rank: number;
    required: string;
    pattern: RegExp;
  }[];

  constructor(readonly table: UrgencyLint) {
    this.levels = table.levels.map((level) => ({ id: level.id, pattern: phrasePattern(level.phrases) }));
    this.symptoms = table.symptoms.map((symptom) => ({
      id: symptom.id,
      flags: symptom.flags,
      required: symptom.requires,
      rank: this.levels.findIndex((level) => level.id === symptom.requires),
      pattern: phrasePattern(symptom.phrases),
    }));
  }

  /** The index of the strongest level `text` reaches, or -1 when it gives no advice. */
  levelOf(text: string): number {
    const lower = text.toLowerCase();
    for (let i = this.levels.length - 1; i >= 0; i--) if (this.levels[i]!.pattern.test(lower)) return i;
    return -1;
  }

  levelName(rank: number): string {
    return this.levels[rank]?.id ?? 'none';
  }

  /**
   * Sentences that name a symptom and advise less than its red flag. A sentence without advice is judged
   * by the line that leads its list ("Call 911 right away for:") when it is a list item, else by the next
   * sentence ("Chest pain is never normal. Call 911."); with no advice around it, it is not judged.
   */
  findWeakAdvice(text: string): UrgencyFinding[] {
    const sentences = sentencesWithLeads(text);
    const findings: UrgencyFinding[] = [];
    sentences.forEach(({ sentence, lead }, i) => {
      const lower = sentence.toLowerCase();
      for (const symptom of this.symptoms) {
        if (!symptom.pattern.test(lower)) continue;
        let given = this.levelOf(sentence);
        const context = lead ?? sentences[i + 1]?.sentence;
        if (given < 0 && context !== undefined) given = this.levelOf(context);
        if (given < 0 || given >= symptom.rank) continue;
        findings.push({
          symptom: symptom.id,
          flags: symptom.flags,
          sentence,
          required: symptom.required,
          given: this.levelName(given),
        });
      }
    });
    return findings;
  }

  /**
   * Table entries that no longer agree with red-flags.yaml. A symptom lists every flag that may cover it
   * (flags are renamed and split as the red flags evolve): a listed flag that exists must advise at least
   * the required level (error); a symptom none of whose flags exists is checked at its own level and
   * reported as a warning, so the table is brought up to date. Reads only flag ids and advice.
   */
  flagMismatches(flags: readonly { id: string; advice: string }[]): TableProblem[] {
    const byId = new Map(flags.map((flag) => [flag.id, flag.advice] as const));
    const problems: TableProblem[] = [];
    this.symptoms.forEach((symptom, i) => {
      const present = symptom.flags.filter((id) => byId.has(id));
      if (present.length === 0) {
        problems.push({
          severity: 'warning',
          field: `symptoms.${i}.flags`,
          message: `${RED_FLAGS_FILE} has none of ${symptom.flags.map((id) => `"${id}"`).join(', ')}`,
        });
      }
      for (const id of present) {
        if (this.levelOf(byId.get(id)!) < symptom.rank) {
          problems.push({
            severity: 'error',
            field: `symptoms.${i}.requires`,
            message: `is ${symptom.required}, but the advice of flag "${id}" does not reach it`,
          });
        }
      }
    });
    return problems;
  }
}

const LIST_ITEM = /^\s*([-*+]|\d+\.)\s+/;

/** Sentences of prose; a list item carries the line ending in ":" that introduces its list. */
function sentencesWithLeads(text: string): { sentence: string; lead?: string }[] {
  const result: { sentence: string; lead?: string }[] = [];
  let lead: string | undefined;
  for (const line of text.split(/\n/)) {
    if (line.trim() === '') continue;
    const item = LIST_ITEM.test(line);
    if (!item) lead = /:\s*$/.test(line) ? line.trim() : undefined;
    for (const sentence of line.replace(LIST_ITEM, '').split(/(?<=[.!?])\s+/)) {
      if (sentence.trim()) result.push({ sentence: sentence.trim(), ...(item && lead ? { lead } : {}) });
    }
  }
  return result;
}

export function loadUrgencyRules(knowledgeDir: string): UrgencyRules {
  return new UrgencyRules(readYamlFile(knowledgeDir, URGENCY_LINT_FILE, UrgencyLintSchema));
}

const FlagAdviceSchema = z.object({ flags: z.array(z.object({ id: TEXT, advice: TEXT })) });

/** The id and raw advice (placeholders unfilled) of each red flag; nothing else of red-flags.yaml. */
export function readFlagAdvice(knowledgeDir: string): { id: string; advice: string }[] {
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(path.join(knowledgeDir, RED_FLAGS_FILE), 'utf8'));
  } catch {
    throw new ContentError(RED_FLAGS_FILE, '', 'is missing or not valid YAML');
  }
  const result = FlagAdviceSchema.safeParse(data);
  if (!result.success)
    throw new ContentError(RED_FLAGS_FILE, 'flags', 'expected a list of flags with id and advice');
  return result.data.flags;
}
