import { z } from 'zod';

/** The three answers every yes/no question accepts. "not_sure" is a real answer, never a missing one. */
export const YES_NO_VALUES = ['yes', 'no', 'not_sure'] as const;
export type YesNo = (typeof YES_NO_VALUES)[number];

/** The answer anyone may give to any question; choice and number questions accept it too. */
export const NOT_SURE = 'not_sure';

/**
 * One answer, tagged with the kind of question it answers so a stored answer can be checked against
 * the question it claims to answer (see `answerFits`).
 */
export type Answer =
  | { readonly kind: 'yes_no'; readonly value: YesNo }
  | { readonly kind: 'number'; readonly value: number | typeof NOT_SURE }
  | { readonly kind: 'choice'; readonly value: string };

/** Answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;

/** For state read back from storage: answers are checked at that boundary like any other data. */
export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yes_no'), value: z.enum(YES_NO_VALUES) }).strict(),
  z
    .object({ kind: z.literal('number'), value: z.union([z.number().finite(), z.literal(NOT_SURE)]) })
    .strict(),
  z.object({ kind: z.literal('choice'), value: z.string().min(1) }).strict(),
]);

export const AnswersSchema = z.record(z.string(), AnswerSchema);
