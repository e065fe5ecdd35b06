import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/content-file';
import { ContentError } from '../errors';
import type { UrgencyExample } from './urgency-model';

/** The folder under knowledge/ whose labelled sets train the urgency model (and are the safety tuning sets). */
export const URGENCY_EXAMPLES_DIR = 'urgency-examples';

/**
 * A labelled safety set (knowledge/urgency-examples/**.yaml; the held-out set has the same shape):
 * `urgent` messages must get urgent help, `lookalike` messages must not.
 */
export const SafetyCorpusSchema = z.object({
  urgent: z
    .array(
      z.object({
        text: z.string().min(1),
        category: z.string().min(1),
        context: z.string().optional(),
        lang: z.string().default('en'),
        /** false: written as urgent but not a clear emergency; reported apart from the clear ones. */
        clear: z.boolean().default(true),
      }),
    )
    .default([]),
  lookalike: z
    .array(
      z.object({
        text: z.string().min(1),
        kind: z.string().default('other'),
        lang: z.string().default('en'),
      }),
    )
    .default([]),
});
export type SafetyCorpus = z.infer<typeof SafetyCorpusSchema>;

/** Every .yaml file in the examples folder and its subfolders (spent/), relative to it, in a fixed order. */
export function urgencyExampleFiles(knowledgeDir: string): string[] {
  const root = path.join(knowledgeDir, URGENCY_EXAMPLES_DIR);
  if (!existsSync(root)) return [];
  const walk = (relative: string): string[] =>
    readdirSync(path.join(root, relative))
      .sort()
      .flatMap((name) => {
        const child = path.join(relative, name);
        if (statSync(path.join(root, child)).isDirectory()) return walk(child);
        return name.endsWith('.yaml') ? [child] : [];
      });
  return walk('');
}

/**
 * The labelled examples of the folder: every `urgent` text is a positive, every `lookalike` a negative.
 * `leaveOut` names files (relative to the folder, e.g. "spent/safety-heldout7.yaml", or a base name) to
 * skip, so a file can be scored by a model that never saw it.
 */
export function readUrgencyExamples(
  knowledgeDir: string,
  leaveOut: readonly string[] = [],
): UrgencyExample[] {
  const files = urgencyExampleFiles(knowledgeDir);
  const named = (name: string, file: string) => name === file || name === path.basename(file);
  const unknown = leaveOut.find((name) => !files.some((file) => named(name, file)));
  if (unknown) throw new ContentError(URGENCY_EXAMPLES_DIR, '', `no example file "${unknown}" to leave out`);
  const skipped = (file: string) => leaveOut.some((name) => named(name, file));
  return files
    .filter((file) => !skipped(file))
    .flatMap((file) => {
      const set = readYamlFile(knowledgeDir, path.join(URGENCY_EXAMPLES_DIR, file), SafetyCorpusSchema);
      return [
        ...set.urgent.map((item) => ({ text: item.text, urgent: true })),
        ...set.lookalike.map((item) => ({ text: item.text, urgent: false })),
      ];
    });
}
