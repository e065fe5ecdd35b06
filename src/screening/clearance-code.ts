import { randomInt } from 'node:crypto';
import type { BodyArea } from './body-areas';
import { excludedAreas } from './evaluate';
import { rulesVersion } from './rules-version';
import type { ScreeningContent } from './screening-content';

/**
 * Letters and digits that cannot be mistaken for each other when read aloud or copied from a phone
 * (no 0/O, 1/I/L, U/V).
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const LENGTH = 4;
export const CLEARANCE_CODE_PATTERN = /^CL-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}$/;

/**
 * A short reference for a needs_clearance result (e.g. "CL-7F3K"), shown on the booking card and kept
 * with the screening record, so the front desk can look up the clearance reasons without the answers.
 * Random, so it says nothing about the person; 29^4 ≈ 700,000 codes, and a lookup takes the latest
 * record with the code. `pick` is injectable for tests.
 */
export function newClearanceCode(pick: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[pick(ALPHABET.length)];
  return `CL-${code}`;
}

/** The code as typed by staff ("cl 7f3k", "CL-7F3K ") in its stored form, or undefined if it is not one. */
export function normalizeClearanceCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = compact.startsWith('CL') ? compact.slice(2) : compact;
  const code = `CL-${body}`;
  return CLEARANCE_CODE_PATTERN.test(code) ? code : undefined;
}

/**
 * What the front desk sees for a clearance reference: the reasons an OK is needed (the rules' plain
 * texts), whose OK, the areas to leave out, and when; never the answers, which are not kept.
 */
export interface ClearanceView {
  readonly code: string;
  readonly completedAt: string;
  readonly reasons: readonly string[];
  readonly clinicians: readonly string[];
  readonly leaveOut: readonly BodyArea[];
  /** False when the rules have changed since: the reasons shown are today's wording of the same rules. */
  readonly sameRulesVersion: boolean;
}

export function clearanceView(
  record: {
    readonly clearanceCode?: string;
    readonly firedRules: readonly string[];
    readonly rulesVersion: string;
    readonly completedAt: Date;
  },
  content: ScreeningContent,
): ClearanceView | undefined {
  if (!record.clearanceCode) return undefined;
  const fired = content.rules.filter((rule) => record.firedRules.includes(rule.id));
  const clearance = fired.filter((rule) => rule.outcome === 'needs_clearance');
  return {
    code: record.clearanceCode,
    completedAt: record.completedAt.toISOString(),
    reasons: [...new Set(clearance.map((rule) => rule.reason))],
    clinicians: [
      ...new Set(
        clearance.flatMap((rule) => (rule.clinicianKind ? [content.clinicians[rule.clinicianKind]] : [])),
      ),
    ],
    leaveOut: excludedAreas(fired),
    sameRulesVersion: record.rulesVersion === rulesVersion(content),
  };
}
