import { type OtherLanguageReading, type OtherLanguagesContent, readOtherLanguage } from './other-language';
import { type RedFlagMatch, readForSafety, type SafetyReading } from './red-flags';
import type { RedFlagContent } from './red-flags-content';
import type { UrgencyModel } from './urgency-model';

/**
 * Everything the safety layer reads: red-flags.yaml, other-languages.yaml and, when trained, the urgency
 * model (knowledge/urgency-examples/), which catches emergencies the lexicon has no words for.
 */
export interface SafetyContent {
  readonly redFlags: RedFlagContent;
  readonly otherLanguages: OtherLanguagesContent;
  readonly urgencyModel?: UrgencyModel;
}

/** The flag (red-flags.yaml) given when only the urgency model finds a message urgent. */
export const POSSIBLE_EMERGENCY_FLAG = 'possible_emergency';

/** Flag ids recorded for urgent answers given in another language. */
export const OTHER_LANGUAGE_FLAG = {
  emergency: 'other_language_emergency',
  crisis: 'other_language_crisis',
} as const;

/**
 * The safety layer's reading of one message, in the order it answers:
 * - `red_flag`: an English emergency or crisis; its advice is the whole answer.
 * - `other_language`: not English; emergency or crisis words of that language, a request for a person, or "I speak
 *   English".
 * - `symptom`: describes a symptom but is no confident red flag; never a command or a plain fallback. A lexicon red flag
 *   the urgency model doubts is one (`doubtedFlag`).
 * - `none`: nothing for the safety layer.
 * `contexts` are the context ids the message itself mentions (to remember for later messages).
 */
export type SafetyVerdict =
  | { readonly kind: 'red_flag'; readonly match: RedFlagMatch; readonly contexts: readonly string[] }
  | {
      readonly kind: 'other_language';
      readonly reading: NonNullable<OtherLanguageReading>;
      readonly contexts: readonly string[];
    }
  | {
      readonly kind: 'symptom' | 'none';
      readonly contexts: readonly string[];
      /** A `symptom` whose lexicon red flag the urgency model doubted (`doubtedRedFlag`): the flag's id, for the log. */
      readonly doubtedFlag?: string;
    };

export function checkSafety(
  text: string,
  content: SafetyContent,
  knownContexts: Iterable<string> = [],
): SafetyVerdict {
  const other = readOtherLanguage(text, content.otherLanguages);
  const englishText = englishView(text, other);
  const reading = readForSafety(englishText, content.redFlags, knownContexts);
  const { contexts } = reading;
  // Emergency words of another language are answered in that language, before the English lexicon,
  // unless only a shared word beginning matched in a message with no words of that language.
  const englishFirst = reading.redFlag !== null && other?.written === false;
  if (other && isUrgentReading(other) && !englishFirst)
    return { kind: 'other_language', reading: other, contexts: [] };
  // Round 53 (lead): an English word inside a message written in another language and told there as past or over
  // (`toldAsPast`: "tuve sepsis hace dos años, ya estoy bien") keeps that reading; the English
  // lexicon cannot read the other language's date or all-clear. Crisis words keep their reading, the safer error.
  const pastInOtherLanguage = other?.toldAsPast === true && reading.redFlag?.kind !== 'crisis';
  if (reading.redFlag && !pastInOtherLanguage) {
    if (doubtedRedFlag(englishText, reading.modelText ?? text, reading, content, knownContexts)) {
      return { kind: 'symptom', contexts, doubtedFlag: reading.redFlag.flagId };
    }
    return { kind: 'red_flag', match: reading.redFlag, contexts };
  }
  // Lexicon OR model: the model catches what the lexicon has no words for (knowledge/urgency-model.yaml).
  // A message the lexicon reads as telling a symptom, and only a known, usual, unchanged one ("my usual swelling by
  // evening, nothing new"; red-flags.yaml `baseline`), is not handed to the model, whose words cannot tell usual from
  // new (round 20). A message with no symptom words (a crisis told in other words) still is.
  // Sentences the lexicon reads wholly as a story (a podcast, a song, a drama) are left out of what the model reads: its
  // words cannot tell a story's signs from the writer's (round 27). A story turned to the writer's moment stays in.
  // Pieces that only deny signs ("didn't faint, no bleeding") are left out too: the model cannot read a denial (round 29).
  const modelText = reading.modelText ?? text;
  const possible =
    !(reading.usualUnchanged && reading.describesSymptom) && content.urgencyModel?.isUrgent(modelText)
      ? possibleEmergency(content.redFlags)
      : null;
  if (other) {
    if (!possible) return { kind: 'other_language', reading: other, contexts: [] };
    // A known language's own advice for a possible emergency (the emergency number and its crisis line, since the
    // model cannot tell a crisis from an emergency; round 12), in the words the person wrote; a language with no
    // lexicon here gets the English advice, as its not-supported reply is English too.
    const language = content.otherLanguages.languages.find((l) => l.code === other.language);
    if (language) {
      const reading = { ...other, kind: 'emergency' as const, text: language.possibleEmergencyAdvice };
      return { kind: 'other_language', reading, contexts: [] };
    }
    return { kind: 'red_flag', match: possible, contexts: [] };
  }
  if (possible) return { kind: 'red_flag', match: possible, contexts };
  return { kind: reading.describesSymptom ? 'symptom' : 'none', contexts };
}

/**
 * Round 57: a lexicon red flag is not a confident one when the urgency model, trained on tens of thousands of urgent
 * messages and look-alikes, finds the message almost certainly calm (`doubtBelow` in urgency-model.yaml): "my bank
 * account is having a seizure after Christmas", "watched a Netflix doc about sepsis". Such a message gets the safety net
 * (the emergency number "if this is happening now", a call button and a person) in place of the urgent answer and the
 * hold. Never doubted, the safer side each time:
 * - a crisis flag (self-harm, suicide, danger from someone): a missed crisis costs the most, and crisis words are the
 *   ones people soften;
 * - a flag that needed what the conversation already knew (recent surgery, pregnancy…): the model reads one message and
 *   cannot see it;
 * - a message too short for the model (`minWords`).
 */
function doubtedRedFlag(
  englishText: string,
  modelText: string,
  reading: SafetyReading,
  content: SafetyContent,
  knownContexts: Iterable<string>,
): boolean {
  const model = content.urgencyModel;
  if (!model || !reading.redFlag || reading.redFlag.kind === 'crisis') return false;
  if (!model.doubts(modelText)) return false;
  const known = [...knownContexts];
  if (known.length === 0) return true;
  // Did the flag need the known contexts? Read the message again without them.
  return readForSafety(englishText, content.redFlags, []).redFlag !== null;
}

/** A word with a letter English never writes: an accented Latin letter, or another script's. */
const WORD_WITH_NON_ENGLISH_LETTER = /[\p{L}\p{M}]*(?:(?!\p{ASCII})[\p{L}\p{M}])[\p{L}\p{M}]*/gu;

/**
 * Round 29 (lang29): what the English lexicon reads of a message. A message written in another language (read as one, its
 * common words at least as many as English ones) is read without its words that carry a letter English never writes: the
 * English lexicon folds accents away, and "spürt" (German, "feels") then read as "spurt", a major bleed. Its plain-letter
 * words are still read, so English told inside it ("mi mamá tiene chest pain") keeps its flag.
 */
function englishView(text: string, other: OtherLanguageReading): string {
  if (other === null || other.written === false) return text;
  return text.replace(WORD_WITH_NON_ENGLISH_LETTER, ' ');
}

function possibleEmergency(redFlags: RedFlagContent): RedFlagMatch | null {
  const flag = redFlags.flags.find((f) => f.id === POSSIBLE_EMERGENCY_FLAG);
  return flag ? { flagId: flag.id, category: flag.category, kind: flag.kind, advice: flag.advice } : null;
}

/** Whether the verdict gives urgent help (an English red flag, or emergency/crisis words in another language). */
export function isUrgentVerdict(verdict: SafetyVerdict): boolean {
  return (
    verdict.kind === 'red_flag' || (verdict.kind === 'other_language' && isUrgentReading(verdict.reading))
  );
}

/** Emergency or crisis words of another language (a request for a person or "I speak English" is not urgent). */
export function isUrgentReading(
  reading: NonNullable<OtherLanguageReading>,
): reading is NonNullable<OtherLanguageReading> & {
  kind: 'emergency' | 'crisis';
} {
  return reading.kind === 'emergency' || reading.kind === 'crisis';
}
