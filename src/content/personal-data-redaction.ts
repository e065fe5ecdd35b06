import { z } from 'zod';
import { readYamlFile } from './content-file';

const PrivacyLexiconSchema = z
  .object({
    aboutMe: z.array(z.string().trim().min(1)).min(1),
    redaction: z
      .object({
        nameCues: z.array(z.string().trim().min(1)).min(1),
        streetWords: z.array(z.string().trim().min(1)).min(1),
        healthTerms: z.array(z.string().trim().min(1)).min(1),
      })
      .strict(),
  })
  .strict();

export type PrivacyLexicon = z.infer<typeof PrivacyLexiconSchema>;

export const PRIVACY_FILE = 'privacy.yaml';

export function loadPrivacyLexicon(knowledgeDir: string): PrivacyLexicon {
  return readYamlFile(knowledgeDir, PRIVACY_FILE, PrivacyLexiconSchema);
}

const asPattern = (word: string) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Words spelled with a capital after a name cue: up to three of them ("Anna", "Anna Maria Meyer"). */
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";

/**
 * Removes names, street addresses, postcodes and health words from text kept without a link to the
 * person (unanswered questions). Run after the contact-detail redaction (emails, phones, long numbers).
 * The words come from knowledge/privacy.yaml; matching is deliberately greedy.
 */
export class PersonalDataRedactor {
  private readonly name: RegExp;
  private readonly street: RegExp;
  private readonly health: RegExp;

  constructor(lexicon: PrivacyLexicon['redaction']) {
    const cues = lexicon.nameCues.map(asPattern).join('|');
    this.name = new RegExp(`\\b(${cues})[\\s,:]+(${NAME})`, 'giu');
    const streets = lexicon.streetWords.map(asPattern).join('|');
    this.street = new RegExp(`\\b\\d{1,5}[a-z]?\\s+(?:[\\p{L}'’.-]+\\s+){0,4}(?:${streets})\\b\\.?`, 'giu');
    const health = lexicon.healthTerms.map(asPattern).join('|');
    this.health = new RegExp(`\\b(?:${health})[\\p{L}]*`, 'giu');
  }

  redact(text: string): string {
    return (
      text
        .replace(this.name, (_match, cue: string, name: string) => `${cue} ${/^\p{Lu}/u.test(name) ? '[name]' : name}`)
        .replace(this.street, '[address]')
        // US ZIP and UK postcodes.
        .replace(/\b\d{5}(?:-\d{4})?\b/g, '[address]')
        .replace(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[address]')
        .replace(this.health, '[health]')
        // Capitalised words that are not the first of a sentence are likely names; "I" and acronyms stay.
        .replace(/(?<=[\p{Ll},]\s+)\p{Lu}\p{Ll}+/gu, '[name]')
    );
  }
}

/** Whether text names a health condition, symptom or treatment (knowledge/privacy.yaml healthTerms). */
export class HealthWords {
  private readonly pattern: RegExp;

  constructor(
    lexicon: PrivacyLexicon['redaction'],
    /** What a role without access sees instead. */
    readonly withheld: string,
  ) {
    this.pattern = new RegExp(`\\b(?:${lexicon.healthTerms.map(asPattern).join('|')})`, 'iu');
  }

  containsHealthDetails(text: string): boolean {
    return this.pattern.test(text);
  }
}
