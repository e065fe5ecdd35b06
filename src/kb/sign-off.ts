import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../content/content-file';
import { z } from 'zod';
import { ConfigError } from '../errors';

/**
 * Clinical sign-off. Every article (front matter) and every safety file (top-level keys of screening.yaml,
 * red-flags.yaml and services.yaml) says who reviewed it, when, and whether it is signed. `draft` is the
 * honest state of content nobody has clinically reviewed yet; only a named clinician should set `signed`.
 */
export const SIGN_OFF_STATUSES = ['draft', 'signed'] as const;
export type SignOffStatus = (typeof SIGN_OFF_STATUSES)[number];

/** The files whose rules decide who may book and who is sent for urgent help. */
export const SAFETY_FILES = ['screening.yaml', 'red-flags.yaml', 'services.yaml'] as const;
export type SafetyFile = (typeof SAFETY_FILES)[number];

/** Reviews older than this are reported so a clinician looks at the content again. */
export const REVIEW_MONTHS = 12;

const REVIEWER = z.string().trim().min(1, 'must not be empty');
const REVIEWED_ON = z.iso.date('expected a date such as "2026-01-31"');
const STATUS = z.enum(SIGN_OFF_STATUSES);

/**
 * The sign-off keys as optional fields, for the loaders of the safety files to spread into their strict
 * schemas (`...SIGN_OFF_FIELDS`): they accept the keys; `readSignOff` and `kb:check` judge them.
 */
export const SIGN_OFF_FIELDS = {
  reviewer: REVIEWER.optional(),
  reviewedOn: REVIEWED_ON.optional(),
  status: STATUS.optional(),
};

/** A complete sign-off: who, when and which state. A signed file needs all three. */
export const SignOffSchema = z.object({ reviewer: REVIEWER, reviewedOn: REVIEWED_ON, status: STATUS });
export type SignOff = z.infer<typeof SignOffSchema>;

/** What a content file says about its review; `problem` when its sign-off keys are missing or invalid. */
export interface FileSignOff {
  readonly file: string;
  readonly signOff?: SignOff;
  readonly problem?: string;
}

/** Reads the top-level sign-off keys of a YAML file under the knowledge folder (the rest is not looked at). */
export function readSignOff(knowledgeDir: string, file: string): FileSignOff {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path.join(knowledgeDir, file), 'utf8'));
  } catch {
    return { file, problem: 'is missing or not valid YAML' };
  }
  const result = SignOffSchema.safeParse(data ?? {});
  if (result.success) return { file, signOff: result.data };
  const issue = result.error.issues[0]!;
  return { file, problem: `${issue.path.join('.')}: ${issue.message}` };
}

/** Whether content counts as signed: status `signed` with a reviewer and a date. */
export function isSigned(entry: FileSignOff): boolean {
  return entry.signOff?.status === 'signed';
}

/** The safety files that are not signed, in SAFETY_FILES order (production refuses to start with any). */
export function unsignedSafetyFiles(knowledgeDir: string): SafetyFile[] {
  return SAFETY_FILES.filter((file) => !isSigned(readSignOff(knowledgeDir, file)));
}

/** The date a review falls due (REVIEW_MONTHS after `reviewedOn`), as a UTC timestamp. */
export function reviewDueAt(reviewedOn: string): number {
  const [year, month, day] = reviewedOn.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1 + REVIEW_MONTHS, day);
}

/** Why a sign-off needs attention on `today`: unsigned, overdue, dated in the future; empty when none. */
export function signOffConcerns(signOff: SignOff, today: Date): string[] {
  const concerns: string[] = [];
  if (signOff.status !== 'signed') concerns.push('is a draft: not clinically signed off');
  const [year, month, day] = signOff.reviewedOn.split('-').map(Number) as [number, number, number];
  if (today.getTime() > reviewDueAt(signOff.reviewedOn))
    concerns.push(`review is older than ${REVIEW_MONTHS} months`);
  else if (Date.UTC(year, month - 1, day) > today.getTime()) concerns.push('review date is in the future');
  return concerns;
}

/**
 * Production start-up guard: throws a ConfigError naming every unsigned safety file, so a service never
 * runs in production on rules no clinician has signed.
 */
export function assertSafetyContentSigned(knowledgeDir: string): void {
  const unsigned = unsignedSafetyFiles(knowledgeDir);
  if (unsigned.length === 0) return;
  throw new ConfigError(
    'NODE_ENV',
    `is production, but these safety files are not clinically signed: ${unsigned.join(', ')}. ` +
      'Have a clinician review them (npm run review:pack) and set "status: signed" with reviewer and reviewedOn.',
  );
}

/** Whether any content still awaits clinical sign-off: a safety file or an article that is not signed. */
export function hasUnsignedContent(
  knowledgeDir: string,
  articles: readonly { status: SignOffStatus }[],
): boolean {
  return (
    unsignedSafetyFiles(knowledgeDir).length > 0 || articles.some((article) => article.status !== 'signed')
  );
}
