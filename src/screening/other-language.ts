import { z } from 'zod';
import { ContentError } from '../errors';
import { parseContent, readYamlFile } from '../content/content-file';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../content/spa';

export const OTHER_LANGUAGES_FILE = 'other-languages.yaml';

const TEXT = z.string().trim().min(1);
const WORDS = z.array(TEXT).min(1);

const LanguageSchema = z
  .object({
    code: z.string().regex(/^[a-z]{2}$/),
    name: TEXT,
    markers: WORDS,
    distinctive: z.array(TEXT).default([]),
    negation: z.array(TEXT).default([]),
    notNow: z.array(TEXT).default([]),
    emergency: z.array(z.array(WORDS).min(1)).min(1),
    crisis: z.array(z.array(WORDS).min(1)).min(1),
    emergencyAdvice: TEXT,
    crisisAdvice: TEXT,
    notSupported: TEXT,
    talkToPerson: TEXT,
  })
  .strict();

export const OtherLanguagesSchema = z
  .object({
    signOff: TEXT,
    englishMarkers: WORDS,
    languages: z.array(LanguageSchema).min(1),
    otherNotSupported: TEXT,
  })
  .strict();

export type OtherLanguagesContent = z.infer<typeof OtherLanguagesSchema>;

/** What to say to a message that is not in English; null when it is English. */
export type OtherLanguageReading =
  | { readonly kind: 'emergency' | 'crisis' | 'not_supported'; readonly language: string; readonly text: string; readonly talkToPerson?: string }
  | null;

/** Minimum share of letters outside the Latin script for a message to count as another script. */
const OTHER_SCRIPT_SHARE = 0.5;

export function parseOtherLanguages(data: unknown, spa: Spa, file = OTHER_LANGUAGES_FILE): OtherLanguagesContent {
  const content = parseContent(file, data, OtherLanguagesSchema);
  const values = spaPlaceholders(spa);
  const fill = (text: string, field: string) => {
    const unknown = unknownPlaceholders(text, values)[0];
    if (unknown !== undefined) throw new ContentError(file, field, `unknown placeholder {{${unknown}}}`);
    return fillPlaceholders(text, values);
  };
  return {
    ...content,
    otherNotSupported: fill(content.otherNotSupported, 'otherNotSupported'),
    languages: content.languages.map((language, i) => ({
      ...language,
      emergencyAdvice: fill(language.emergencyAdvice, `languages.${i}.emergencyAdvice`),
      crisisAdvice: fill(language.crisisAdvice, `languages.${i}.crisisAdvice`),
      notSupported: fill(language.notSupported, `languages.${i}.notSupported`),
    })),
  };
}

export function loadOtherLanguages(knowledgeDir: string, spa: Spa): OtherLanguagesContent {
  return parseOtherLanguages(readYamlFile(knowledgeDir, OTHER_LANGUAGES_FILE, z.unknown()), spa);
}

/** Lower case, accents removed, punctuation as spaces: " words " padded so phrases match whole words. */
function plain(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return ` ${(words ?? []).join(' ')} `;
}

/**
 * Reads a message that may not be in English. A known language's crisis or emergency words win
 * (checked whatever the language guess, since their phrases only exist in that language); otherwise
 * a message detected as that language, or written mostly in another script, gets "I speak English".
 * English messages give null.
 */
export function readOtherLanguage(text: string, content: OtherLanguagesContent): OtherLanguageReading {
  const padded = plain(text);
  const words = padded.trim().split(' ').filter(Boolean);
  const english = new Set(content.englishMarkers);
  const englishHits = words.filter((w) => english.has(w)).length;
  for (const language of content.languages) {
    const has = (alternatives: readonly string[]) =>
      alternatives.some((start) => present(padded, ` ${plain(start).trim()}`, language.negation));
    const base = { language: language.code, talkToPerson: language.talkToPerson };
    const markers = new Set(language.markers.map((m) => plain(m).trim()));
    const hits = words.filter((w) => markers.has(w)).length;
    // A message with English function words ("I'm not suicidal, just…") is English: the English lexicon reads it.
    if (englishHits >= 2 && englishHits >= hits) continue;
    if (language.crisis.some((all) => all.every(has))) return { kind: 'crisis', text: language.crisisAdvice, ...base };
    const notNow = language.notNow.some((phrase) => padded.includes(plain(phrase)));
    if (!notNow && language.emergency.some((all) => all.every(has)))
      return { kind: 'emergency', text: language.emergencyAdvice, ...base };
    const distinctive = language.distinctive.some((ch) => text.toLowerCase().includes(ch));
    if ((hits >= 2 && hits > englishHits) || (hits >= 1 && distinctive && englishHits === 0))
      return { kind: 'not_supported', text: language.notSupported, ...base };
  }
  const letters = text.match(/\p{L}/gu) ?? [];
  const nonLatin = letters.filter((ch) => !/\p{Script=Latin}/u.test(ch)).length;
  if (letters.length > 0 && nonLatin / letters.length >= OTHER_SCRIPT_SHARE) {
    return { kind: 'not_supported', language: 'other', text: content.otherNotSupported };
  }
  return null;
}

/** The text (a word start, " hinch") occurs and no negation cue is in the three words before it. */
function present(padded: string, phrase: string, negation: readonly string[]): boolean {
  let from = padded.indexOf(phrase);
  while (from >= 0) {
    const before = padded.slice(0, from + 1).trim().split(' ').slice(-3).join(' ');
    const negated = negation.some((cue) => ` ${before} `.includes(plain(cue)));
    if (!negated) return true;
    from = padded.indexOf(phrase, from + 1);
  }
  return false;
}
