import { z } from 'zod';
import type { Answers } from './answer';

/**
 * The small condition language used by rules and askIf. There is deliberately no `not`: a condition
 * can only become true when answers are added, never because a question is still unanswered, so an
 * unfinished screening can never look safer than a finished one.
 */
export type Condition =
  | { readonly answer: string; readonly in: readonly string[] }
  | {
      readonly number: string;
      readonly lt?: number;
      readonly lte?: number;
      readonly gt?: number;
      readonly gte?: number;
    }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

const QUESTION_ID = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a question id such as "recent_surgery"');

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .object({ answer: QUESTION_ID, in: z.array(z.string().min(1)).min(1, 'expected at least one answer') })
      .strict(),
    z
      .object({
        number: QUESTION_ID,
        lt: z.number().optional(),
        lte: z.number().optional(),
        gt: z.number().optional(),
        gte: z.number().optional(),
      })
      .strict()
      .refine(
        (c) => c.lt !== undefined || c.lte !== undefined || c.gt !== undefined || c.gte !== undefined,
        'expected one of lt, lte, gt, gte',
      ),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
  ]),
);

/** Whether `condition` holds on `answers`. An unanswered question satisfies no leaf condition. */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  if ('answer' in condition) {
    const answer = answers[condition.answer];
    return answer !== undefined && condition.in.includes(String(answer.value));
  }
  const answer = answers[condition.number];
  if (answer?.kind !== 'number' || typeof answer.value !== 'number') return false;
  const v = answer.value;
  return (
    (condition.lt === undefined || v < condition.lt) &&
    (condition.lte === undefined || v <= condition.lte) &&
    (condition.gt === undefined || v > condition.gt) &&
    (condition.gte === undefined || v >= condition.gte)
  );
}

/** A leaf of a condition with its dotted path, so validation can name the exact field. */
export type ConditionLeaf =
  | {
      readonly path: string;
      readonly kind: 'answer';
      readonly questionId: string;
      readonly values: readonly string[];
    }
  | { readonly path: string; readonly kind: 'number'; readonly questionId: string };

/** Every leaf of `condition`, with paths such as `rules.3.when.all.0`. */
export function conditionLeaves(condition: Condition, path: string): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionLeaves(c, `${path}.all.${i}`));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionLeaves(c, `${path}.any.${i}`));
  if ('answer' in condition)
    return [{ path, kind: 'answer', questionId: condition.answer, values: condition.in }];
  return [{ path, kind: 'number', questionId: condition.number }];
}
