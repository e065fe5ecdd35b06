import { loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { KNOWLEDGE_DIR, spa } from './screening-test-content';

/** The other-language lexicons that ship (knowledge/other-languages.yaml), read as the bot reads them. */
export const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

/** An urgent example for a lexicon test: the message, and whether it gets the emergency or the crisis advice. */
export type UrgentExample = readonly [string, 'emergency' | 'crisis'];

/** What the other-language reader makes of a message: its language, and urgent advice, a hand-off or "I speak English". */
export const readInOtherLanguage = (text: string) => readOtherLanguage(text, otherLanguages);

/** One language's lexicon and replies, by code ("vi", "hi-deva"); a code with no lexicon fails the test. */
export function otherLanguage(code: string): (typeof otherLanguages.languages)[number] {
  const found = otherLanguages.languages.find((l) => l.code === code);
  if (!found) throw new Error(`no language ${code}`);
  return found;
}

/** Expects the message read as `code` and answered with that language's emergency (or crisis) advice. */
export function expectUrgentIn(code: string, text: string, kind: 'emergency' | 'crisis' = 'emergency'): void {
  const reading = readInOtherLanguage(text);
  expect(reading).toMatchObject({ kind, language: code });
  expect(reading?.text).toBe(
    kind === 'crisis' ? otherLanguage(code).crisisAdvice : otherLanguage(code).emergencyAdvice,
  );
}

/** Expects the message to get neither emergency nor crisis advice from the other-language reader. */
export function expectNotUrgent(text: string): void {
  const reading = readInOtherLanguage(text);
  expect(reading?.kind).not.toBe('emergency');
  expect(reading?.kind).not.toBe('crisis');
}
