import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/content-file';
import { ContentError } from '../errors';
import type { UrgencyExample } from './urgency-model';

/** The folder under knowledge/ whose labelled sets train the urgency model (and are the safety tuning sets). */
export const URGENCY_EXAMPLES_DIR = 'urgency-examples';

/**
 * The folder under knowledge/ of labelled ordinary messages (the understanding tuning sets and the spent
 * understanding sets): what people ask. Every message in them was written as a non-emergency, so each one is a
 * negative for the urgency model.
 */
export const UNDERSTANDING_EXAMPLES_DIR = 'understanding-examples';

const OrdinaryItemsSchema = z.array(z.object({ text: z.string().min(1) }).passthrough()).default([]);

/** An understanding set, as far as the urgency model reads it: the texts of its four kinds of message. */
const UnderstandingTextsSchema = z
  .object({
    questions: OrdinaryItemsSchema,
    out_of_scope: OrdinaryItemsSchema,
    handoff: OrdinaryItemsSchema,
    personal: OrdinaryItemsSchema,
  })
  .passthrough();

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
  /**
   * Messages whose label a reviewer disputed (round 56: borderline urgent messages judged not urgent), kept with the
   * reviewer's reason and read by nothing: neither trained on nor scored, so the model learns neither lesson from them.
   */
  disputed: z
    .array(z.object({ text: z.string().min(1), review: z.string().min(1) }).passthrough())
    .default([]),
});
export type SafetyCorpus = z.infer<typeof SafetyCorpusSchema>;

/** Every .yaml file in an examples folder and its subfolders (spent/), relative to it, in a fixed order. */
export function urgencyExampleFiles(knowledgeDir: string, folder: string = URGENCY_EXAMPLES_DIR): string[] {
  const root = path.join(knowledgeDir, folder);
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

/** A left-out name: the file's base name, its path in its folder, or (to tell same-named files apart) with the folder. */
const named = (name: string, file: string, folder: string) =>
  name === file || name === path.basename(file) || name === path.join(folder, file);

/**
 * The labelled examples: every `urgent` text of knowledge/urgency-examples/ is a positive, every `lookalike`
 * a negative, and every message of knowledge/understanding-examples/ (questions, out of scope, hand-off,
 * personal) a negative. A new file in either folder is picked up by being there. `leaveOut` names files
 * (relative to their folder, e.g. "spent/safety-heldout7.yaml", a base name, which names every file of that
 * name in both folders, or with the folder, e.g. "understanding-examples/round3.yaml") to skip, so a file can be
 * scored by a model that never saw it.
 */
export function readUrgencyExamples(
  knowledgeDir: string,
  leaveOut: readonly string[] = [],
): UrgencyExample[] {
  const safetyFiles = urgencyExampleFiles(knowledgeDir, URGENCY_EXAMPLES_DIR);
  const ordinaryFiles = urgencyExampleFiles(knowledgeDir, UNDERSTANDING_EXAMPLES_DIR);
  const files = [
    ...safetyFiles.map((file) => [file, URGENCY_EXAMPLES_DIR] as const),
    ...ordinaryFiles.map((file) => [file, UNDERSTANDING_EXAMPLES_DIR] as const),
  ];
  const unknown = leaveOut.find((name) => !files.some(([file, folder]) => named(name, file, folder)));
  if (unknown) throw new ContentError(URGENCY_EXAMPLES_DIR, '', `no example file "${unknown}" to leave out`);
  const kept = (folder: string) => (file: string) => !leaveOut.some((name) => named(name, file, folder));
  const labelled = safetyFiles.filter(kept(URGENCY_EXAMPLES_DIR)).flatMap((file) => {
    const set = readYamlFile(knowledgeDir, path.join(URGENCY_EXAMPLES_DIR, file), SafetyCorpusSchema);
    return [
      ...set.urgent.map((item) => ({ text: item.text, urgent: true })),
      ...set.lookalike.map((item) => ({ text: item.text, urgent: false })),
    ];
  });
  const ordinary = ordinaryFiles.filter(kept(UNDERSTANDING_EXAMPLES_DIR)).flatMap((file) => {
    const set = readYamlFile(
      knowledgeDir,
      path.join(UNDERSTANDING_EXAMPLES_DIR, file),
      UnderstandingTextsSchema,
    );
    return [...set.questions, ...set.out_of_scope, ...set.handoff, ...set.personal].map((item) => ({
      text: item.text,
      urgent: false,
    }));
  });
  return [...labelled, ...ordinary];
}
