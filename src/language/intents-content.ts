import { z } from 'zod';
import { RegexSource, readPatternFile } from '../content/content-file';
import { INTENTS } from './intents';

const Utterances = z.array(z.string().trim().min(1)).min(5, 'needs at least 5 example utterances');

export const IntentsContentSchema = z
  .object({
    personalAdviceCues: z.array(RegexSource).default([]),
    generalQuestionCues: z.array(RegexSource).default([]),
    openSuggestionRequests: z.array(RegexSource).default([]),
    /** Round 24 (gate24): requests for a suggestion no general-question cue overrules (personal-advice.ts). */
    explicitRequests: z.array(RegexSource).default([]),
    askedForSomeoneClose: z
      .object({
        named: z.array(RegexSource).min(1),
        readAs: z.record(z.string().regex(/^[a-z']+$/), z.string().regex(/^[a-z']+$/)),
      })
      .strict()
      .optional(),
    screenedConditions: z
      .object({
        person: z.array(RegexSource).min(1),
        conditions: z.array(RegexSource).min(1),
        asks: z.array(RegexSource).min(1),
        notForOneself: z.array(RegexSource).optional(),
      })
      .strict()
      .optional(),
    intents: z.object(
      Object.fromEntries(INTENTS.map((intent) => [intent, Utterances])) as {
        [K in (typeof INTENTS)[number]]: typeof Utterances;
      },
    ),
  })
  .strict();

export type IntentsContent = z.infer<typeof IntentsContentSchema>;

export function loadIntents(knowledgeDir: string): IntentsContent {
  return readPatternFile(knowledgeDir, 'intents.yaml', IntentsContentSchema);
}
