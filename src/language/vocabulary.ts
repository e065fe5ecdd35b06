import { z } from 'zod';
import { RegexSource, readYamlFile } from '../content/content-file';

export const VOCABULARY_FILE = 'vocabulary.yaml';

const WORDS = z.array(z.string().trim().min(1)).min(1, 'expected at least one word');

const VocabularySchema = z
  .object({
    answers: z
      .object({
        yes: WORDS,
        no: WORDS,
        notSure: WORDS,
        agrees: WORDS,
        fillers: WORDS,
        confirmations: z.object({ handoff: RegexSource, deleteData: RegexSource }).strict(),
      })
      .strict(),
    commands: z
      .object({
        screening: z.object({ why: RegexSource, back: RegexSource, restart: RegexSource }).strict(),
        manageBooking: RegexSource,
      })
      .strict(),
    cues: z.object({ complaint: RegexSource, questionOpeners: WORDS }).strict(),
  })
  .strict();

/** The yes, no and not-sure phrases the health check parses answers with (screening's `language`). */
export interface AnswerPhrases {
  yes: string[];
  no: string[];
  notSure: string[];
}

/** What a reply inside the health check may ask for besides answering the question. */
export type ScreeningCommand = 'why' | 'back' | 'restart';

/** knowledge/vocabulary.yaml, checked and compiled: every word the assistant understands outside the router. */
export interface Vocabulary {
  answers: AnswerPhrases & {
    /** Words that may surround an answer without changing it. */
    fillers: readonly string[];
    /** Whole messages that agree without a plain yes (consent, the review), apostrophes dropped. */
    agrees: RegExp;
    /** The opening words of a reply to a yes/no confirmation, per dialog that asks one. */
    confirmations: { handoff: RegExp; deleteData: RegExp };
  };
  commands: {
    screening: ReadonlyArray<readonly [ScreeningCommand, RegExp]>;
    /** "Move my appointment", "cancel my booking". */
    manageBooking: RegExp;
  };
  cues: {
    complaint: RegExp;
    /** A message that opens with a question word (not "do not" or "does not", which open answers). */
    questionOpener: RegExp;
  };
}

const escapeRegex = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (phrases: readonly string[]) => phrases.map(escapeRegex).join('|');

/** Checks and compiles already-parsed vocabulary data. */
export function parseVocabulary(raw: z.infer<typeof VocabularySchema>): Vocabulary {
  const { answers, commands, cues } = raw;
  return {
    answers: {
      yes: answers.yes,
      no: answers.no,
      notSure: answers.notSure,
      fillers: answers.fillers,
      agrees: new RegExp(`^(?:${anyOf(answers.agrees)})\\W*$`, 'i'),
      confirmations: {
        handoff: new RegExp(`^\\s*(?:${answers.confirmations.handoff})\\b`, 'i'),
        deleteData: new RegExp(`^\\s*(?:${answers.confirmations.deleteData})\\b`, 'i'),
      },
    },
    commands: {
      screening: (['why', 'back', 'restart'] as const).map(
        (command) => [command, new RegExp(`^(?:${commands.screening[command]})\\W*$`, 'i')] as const,
      ),
      manageBooking: new RegExp(`\\b(?:${commands.manageBooking})\\b`, 'i'),
    },
    cues: {
      complaint: new RegExp(`\\b(?:${cues.complaint})\\b`, 'i'),
      questionOpener: new RegExp(`^(?:${anyOf(cues.questionOpeners)})\\s+(?!not\\b)`, 'i'),
    },
  };
}

/** Loads knowledge/vocabulary.yaml; a problem stops start-up with a ContentError naming the field. */
export function loadVocabulary(knowledgeDir: string): Vocabulary {
  return parseVocabulary(readYamlFile(knowledgeDir, VOCABULARY_FILE, VocabularySchema));
}

/** The screening command a whole message asks for, if any ("why?", "back", "start over"). */
export function screeningCommand(vocabulary: Vocabulary, text: string): ScreeningCommand | undefined {
  const trimmed = text.trim();
  return vocabulary.commands.screening.find(([, pattern]) => pattern.test(trimmed))?.[0];
}

/** Whether the message is phrased as a question: it opens with a question word or ends with "?". */
export function looksLikeQuestion(vocabulary: Vocabulary, text: string): boolean {
  const trimmed = text.trim();
  return vocabulary.cues.questionOpener.test(trimmed) || trimmed.endsWith('?');
}
