import type { Entity } from './intents';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Seven or more digits with the usual separators; short numbers are ages, days and prices, not phones.
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  few: 3,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, wk: 7, month: 30, mo: 30, year: 365, yr: 365 };
const DURATION =
  /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|few)\s*(?:of\s+)?(day|week|wk|month|mo|year|yr)s?\b/gi;
const NUMBER = /\b\d+(?:\.\d+)?\b/g;

/**
 * Simple entities any recognizer can lean on: contact details (for call-backs, and so logs can
 * redact them), bare numbers and durations in days ("2 weeks ago" → 14).
 */
export function extractEntities(text: string): Entity[] {
  const entities: Entity[] = [];
  for (const m of text.matchAll(EMAIL)) entities.push({ type: 'email', value: m[0], text: m[0] });
  const withoutEmails = text.replace(EMAIL, ' ');
  for (const m of withoutEmails.matchAll(PHONE)) {
    if (m[0].replace(/\D/g, '').length >= 7) entities.push({ type: 'phone', value: m[0].trim(), text: m[0] });
  }
  for (const m of withoutEmails.matchAll(DURATION)) {
    const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
    entities.push({ type: 'duration_days', value: amount * UNIT_DAYS[m[2]!.toLowerCase()]!, text: m[0] });
  }
  const withoutPhones = withoutEmails.replace(PHONE, (s) => (s.replace(/\D/g, '').length >= 7 ? ' ' : s));
  for (const m of withoutPhones.matchAll(NUMBER))
    entities.push({ type: 'number', value: Number(m[0]), text: m[0] });
  return entities;
}
