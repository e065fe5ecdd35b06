import { z } from 'zod';
import { ContentError } from '../errors';
import { parseContent, readYamlFile } from '../content/content-file';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../content/spa';
import { checkScreeningReferences } from './screening-references';
import { type AnswerPhrases, loadVocabulary, VOCABULARY_FILE } from '../language/vocabulary';
import { type ScreeningContent, ScreeningContentSchema } from './screening-schema';

export {
  type ScreeningContent,
  ScreeningContentSchema,
  type ScreeningLanguage,
  type ScreeningQuestion,
  type ScreeningRule,
} from './screening-schema';

export const SCREENING_FILE = 'screening.yaml';

/** Placeholders the assistant fills in when it shows the clinician summary. */
const SUMMARY_PLACEHOLDERS = ['clinician', 'reasons'];

/**
 * Validates screening content (already parsed from YAML) and fills in the spa's own facts, so every
 * text is ready to show. Throws ContentError naming `file` and the field.
 */
export function parseScreeningContent(
  data: unknown,
  spa: Spa,
  answers: AnswerPhrases,
  file = SCREENING_FILE,
): ScreeningContent {
  const content = parseContent(file, withAnswerPhrases(data, answers), ScreeningContentSchema);
  checkScreeningReferences(content, file);
  return fillSpaFacts(content, spa, file);
}

/**
 * Loads knowledge/screening.yaml, with the yes, no and not-sure words of vocabulary.yaml (pass them when the
 * caller has already loaded the vocabulary, so the file is read once); see `parseScreeningContent`.
 */
export function loadScreeningContent(
  knowledgeDir: string,
  spa: Spa,
  answers?: AnswerPhrases,
): ScreeningContent {
  const data: unknown = readYamlFile(knowledgeDir, SCREENING_FILE, z.unknown());
  return parseScreeningContent(data, spa, answers ?? loadVocabulary(knowledgeDir).answers);
}

/**
 * The one answer vocabulary (knowledge/vocabulary.yaml) gives the health check its yes, no and not-sure
 * phrases; screening.yaml's `language` keeps what only the health check reads (numbers, negation, "none").
 */
function withAnswerPhrases(data: unknown, answers: AnswerPhrases): unknown {
  if (data === null || typeof data !== 'object') return data;
  const { language } = data as { language?: unknown };
  if (language === null || typeof language !== 'object') return data;
  const moved = (['yes', 'no', 'notSure'] as const).find((key) => key in language);
  if (moved) throw new ContentError(SCREENING_FILE, `language.${moved}`, `belongs in ${VOCABULARY_FILE} answers.${moved}`);
  const { yes, no, notSure } = answers;
  return { ...data, language: { ...language, notSure, yes, no } };
}

function fillSpaFacts(content: ScreeningContent, spa: Spa, file: string): ScreeningContent {
  const values = spaPlaceholders(spa);
  const fill = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const allowed = path === 'outcomes.needs_clearance.clinicianSummary' ? SUMMARY_PLACEHOLDERS : [];
      const unknown = unknownPlaceholders(value, values).find((name) => !allowed.includes(name));
      if (unknown !== undefined) throw new ContentError(file, path, `unknown placeholder {{${unknown}}}`);
      return fillPlaceholders(value, values);
    }
    if (Array.isArray(value)) return value.map((item, i) => fill(item, `${path}.${i}`));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, fill(item, path ? `${path}.${key}` : key)]),
      );
    }
    return value;
  };
  return fill(content, '') as ScreeningContent;
}
