import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadSpa } from '../../src/content/spa';
import {
  type Answer,
  type Answers,
  detectRedFlag,
  loadRedFlagContent,
  loadScreeningContent,
  type ScreeningContent,
  type ScreeningQuestion,
} from '../../src/screening';
import type { UrgencyModel } from '../../src/screening/urgency-model';

/** The real knowledge folder: tests run against the content that ships. */
export const KNOWLEDGE_DIR = path.join(__dirname, '../../knowledge');
export const FIXTURES_DIR = path.join(__dirname, '../fixtures');

export const spa = loadSpa(KNOWLEDGE_DIR);
export const content = loadScreeningContent(KNOWLEDGE_DIR, spa);
export const redFlags = loadRedFlagContent(KNOWLEDGE_DIR, spa);

/**
 * The flag the red-flag lexicon alone gives a message (no urgency model), or null. `known` is what the conversation
 * already knows (recent surgery, pregnancy, a past clot), which lets a single sign escalate.
 */
export function flagOf(text: string, known: Iterable<string> = []): string | null {
  return detectRedFlag(text, redFlags, known)?.flagId ?? null;
}

/**
 * An urgency model that gives every message the same answer, to show what the safety layer does whatever the model says:
 * `urgent` for every message (probability 1), or `doubting` every lexicon flag (probability 0).
 */
export function fixedUrgencyModel(says: 'urgent' | 'doubting'): UrgencyModel {
  const urgent = says === 'urgent';
  return {
    threshold: 0.8,
    minWords: 1,
    examples: 0,
    trainingMs: 0,
    probability: () => (urgent ? 1 : 0),
    isUrgent: () => urgent,
    doubts: () => !urgent,
  };
}

/** The raw YAML data of a knowledge file, for tests that break it on purpose. */
export function rawKnowledge(file: string): Record<string, unknown> {
  return YAML.parse(readFileSync(path.join(KNOWLEDGE_DIR, file), 'utf8')) as Record<string, unknown>;
}

export function readFixture<T>(file: string): T {
  return YAML.parse(readFileSync(path.join(FIXTURES_DIR, file), 'utf8')) as T;
}

export function question(id: string, from: ScreeningContent = content): ScreeningQuestion {
  const found = from.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question "${id}" in screening.yaml`);
  return found;
}

/** Turns `{ age: 16, recent_surgery: yes }` into typed answers, using each question's type. */
export function answersFrom(shorthand: Readonly<Record<string, string | number>>): Answers {
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(shorthand)) {
    const q = question(id);
    if (q.type === 'number') {
      answers[id] = { kind: 'number', value: value === 'not_sure' ? 'not_sure' : Number(value) };
    } else if (q.type === 'yes_no') {
      if (value !== 'yes' && value !== 'no' && value !== 'not_sure')
        throw new Error(`bad yes/no "${value}" for ${id}`);
      answers[id] = { kind: 'yes_no', value };
    } else {
      answers[id] = { kind: 'choice', value: String(value) };
    }
  }
  return answers;
}
