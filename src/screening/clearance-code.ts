import { randomInt } from 'node:crypto';

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
