/** The shape of knowledge/screening.yaml, apart from loading it, so the reference checks can name its types. */
import { z } from 'zod';
import { SIGN_OFF_FIELDS } from '../kb/sign-off';
import { NOT_SURE } from './answer';
import { BODY_AREAS } from './body-areas';
import { CLINICIAN_KINDS } from './clinician-kinds';
import { ConditionSchema } from './condition';
import { OUTCOMES } from './outcome';
import { SERVICE_IDS } from './service-ids';

const ID = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower_snake_case id');
const TEXT = z.string().trim().min(1, 'must not be empty');
const WORDS = z.array(TEXT).min(1, 'expected at least one word');

const QuestionBase = {
  id: ID,
  /** A few words naming the question on the review step ("Blood thinners"). */
  summary: TEXT.max(60),
  text: TEXT,
  help: TEXT,
  askIf: ConditionSchema.optional(),
};

const OptionSchema = z
  .object({
    id: ID.refine((id) => id !== NOT_SURE, `"${NOT_SURE}" is always offered and cannot be an option id`),
    label: TEXT,
    synonyms: z.array(TEXT).default([]),
  })
  .strict();

const QuestionSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...QuestionBase,
      type: z.literal('yes_no'),
      /** Other questions an answer to this one may also settle ("had lipo 2 weeks ago"). */
      alsoUnderstands: z.array(ID).default([]),
      /** Words that mean yes to this question even beside a no ("no fever but on antibiotics"). */
      yesCues: z.array(TEXT).default([]),
      /**
       * Families of yes cues shared by several questions (language.cueSets): "years ago" on a question that
       * asks about ever ("not recently, 10 years ago" is a yes to "have you ever had a clot"), "stopped them
       * for the massage" on a medicine question.
       */
      yesCueSets: z.array(ID).default([]),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('number'),
      unit: z.enum(['days', 'years']),
      min: z.number(),
      max: z.number(),
    })
    .strict()
    .refine((q) => q.min < q.max, { message: 'min must be below max', path: ['max'] }),
  z
    .object({
      ...QuestionBase,
      type: z.literal('choice'),
      options: z.array(OptionSchema).min(2),
      /** What "None of these" means: an option id, or not_sure (the options do not fit, so ask a person). */
      noneMeans: ID,
      /** Options are listed most cautious first; a reply naming several counts as the first of them. */
      optionsByCaution: z.boolean().default(false),
    })
    .strict(),
]);

const RuleSchema = z
  .object({
    id: ID,
    when: ConditionSchema,
    outcome: z.enum(OUTCOMES),
    reason: TEXT,
    clinicianKind: z.enum(CLINICIAN_KINDS).optional(),
    /** The services this rule still allows; when absent the rule does not narrow the outcome's services. */
    services: z.array(z.enum(SERVICE_IDS)).min(1).optional(),
    /** Body areas no offered service may treat when this rule fires (services.yaml declares areas). */
    excludesAreas: z.array(z.enum(BODY_AREAS)).min(1).optional(),
    /** For clinicians reviewing the rules; never shown to the person. */
    source: TEXT,
  })
  .strict();

const OutcomeTextSchema = z
  .object({
    title: TEXT,
    next: TEXT,
    services: z.array(z.enum(SERVICE_IDS)).default([]),
    clinicianSummary: TEXT.optional(),
  })
  .strict();

const LanguageSchema = z
  .object({
    notSure: WORDS,
    yes: WORDS,
    no: WORDS,
    negators: WORDS,
    none: WORDS,
    negation: WORDS,
    negationGap: WORDS,
    /**
     * Words that qualify a no ("no, just high blood pressure", "no fever but a sniffle"): a no with one of these
     * and no yes cue is not a plain no, so it is asked again rather than taken as no.
     */
    contrast: WORDS,
    /** Soft answers asked again rather than read ("not really"): never a no, and not a real "not sure". */
    askAgain: WORDS,
    /** Named families of yes cues that questions share through `yesCueSets`. */
    cueSets: z.record(ID, WORDS).default({}),
    numbers: z
      .object({
        words: z.record(z.string(), z.number().int().nonnegative()),
        tens: z.record(z.string(), z.number().int().positive()),
        quantities: z.record(z.string(), z.number().positive()),
        units: z.array(z.object({ days: z.number().positive(), words: WORDS }).strict()).min(1),
        relative: z.record(z.string(), z.number().nonnegative()),
      })
      .strict(),
  })
  .strict();

export const ScreeningContentSchema = z
  .object({
    questions: z.array(QuestionSchema).min(1),
    rules: z.array(RuleSchema).min(1),
    outcomes: z.object(
      Object.fromEntries(OUTCOMES.map((o) => [o, OutcomeTextSchema])) as {
        [K in (typeof OUTCOMES)[number]]: typeof OutcomeTextSchema;
      },
    ),
    clinicians: z.object(
      Object.fromEntries(CLINICIAN_KINDS.map((k) => [k, TEXT])) as {
        [K in (typeof CLINICIAN_KINDS)[number]]: typeof TEXT;
      },
    ),
    language: LanguageSchema,
    ...SIGN_OFF_FIELDS,
  })
  .strict();

export type ScreeningContent = z.infer<typeof ScreeningContentSchema>;
export type ScreeningQuestion = ScreeningContent['questions'][number];
export type ScreeningRule = ScreeningContent['rules'][number];
export type ScreeningLanguage = ScreeningContent['language'];
