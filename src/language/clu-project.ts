import { INTENTS, type Intent } from './intents';
import type { IntentsContent } from './intents-content';

/** The authoring API version whose import format this is. */
export const CLU_PROJECT_FILE_VERSION = '2023-04-01';
/** CLU refuses longer utterances. */
const MAX_UTTERANCE_CHARS = 500;
/** CLU's built-in intent for "nothing fits"; the recognizer reads it as `none`. */
const CLU_NONE_INTENT = 'None';

export interface CluUtterance {
  text: string;
  intent: string;
  language: string;
  dataset: 'Train' | 'Test';
  entities: [];
}

/** A CLU conversation project in the import format (Language Studio "Import", or the authoring :import API). */
export interface CluProject {
  projectFileVersion: string;
  stringIndexType: 'Utf16CodeUnit';
  metadata: {
    projectKind: 'Conversation';
    projectName: string;
    multilingual: false;
    description: string;
    language: string;
    settings: { confidenceThreshold: number };
  };
  assets: {
    projectKind: 'Conversation';
    intents: { category: string }[];
    entities: [];
    utterances: CluUtterance[];
  };
}

export interface CluProjectOptions {
  projectName: string;
  /** BCP 47, lower case, as CLU writes it. Default: en-us. */
  language?: string;
  /** More training phrasings per intent: the articles' listed questions, for ask_question. */
  extraExamples?: Partial<Record<Intent, readonly string[]>>;
  /** Held-out phrasings (test/fixtures/intents-heldout.yaml) to export as CLU's test set. */
  testSet?: Partial<Record<Intent, readonly string[]>>;
}

/**
 * The CLU project built from the same curated utterances that train the local recognizer, so both
 * backends learn the same intents under the same names. Entities are not exported: numbers, durations
 * and contact details are extracted locally whatever the backend (contact details never reach CLU).
 * An utterance is kept once (first intent wins; the same text under two intents would confuse training),
 * and a held-out phrasing that is also a training one stays in training only.
 */
export function buildCluProject(content: IntentsContent, options: CluProjectOptions): CluProject {
  const language = options.language ?? 'en-us';
  const seen = new Set<string>();
  const utterances: CluUtterance[] = [];
  const add = (text: string, intent: Intent, dataset: CluUtterance['dataset']) => {
    const trimmed = text.trim().slice(0, MAX_UTTERANCE_CHARS);
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) return;
    seen.add(key);
    utterances.push({ text: trimmed, intent, language, dataset, entities: [] });
  };
  for (const intent of INTENTS) {
    for (const text of content.intents[intent]) add(text, intent, 'Train');
    for (const text of options.extraExamples?.[intent] ?? []) add(text, intent, 'Train');
  }
  for (const intent of INTENTS) {
    for (const text of options.testSet?.[intent] ?? []) add(text, intent, 'Test');
  }
  return {
    projectFileVersion: CLU_PROJECT_FILE_VERSION,
    stringIndexType: 'Utf16CodeUnit',
    metadata: {
      projectKind: 'Conversation',
      projectName: options.projectName,
      multilingual: false,
      description: 'Lymph intents, exported from knowledge/intents.yaml by npm run clu:export.',
      language,
      // Thresholds are ours (CLU_MIN_SCORE): CLU should always return its scores.
      settings: { confidenceThreshold: 0 },
    },
    assets: {
      projectKind: 'Conversation',
      intents: [{ category: CLU_NONE_INTENT }, ...INTENTS.map((category) => ({ category }))],
      entities: [],
      utterances,
    },
  };
}
