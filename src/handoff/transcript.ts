import { redactPersonalData } from '../language/redact';
import type { TranscriptLine } from './ticket';

/** How many recent lines the conversation keeps for a ticket's excerpt, and how long each may be. */
export const TRANSCRIPT_RING_SIZE = 10;
export const TRANSCRIPT_LINE_MAX = 300;

/** Shown instead of a message that held contact details the person gave for a call-back. */
export const WITHHELD = '[withheld]';

/**
 * Adds a line to the ring (oldest dropped first), redacted: e-mail addresses, phone numbers and long numbers
 * removed, whitespace folded, cut to TRANSCRIPT_LINE_MAX characters. Returns a new array.
 */
export function appendToRing(
  ring: readonly TranscriptLine[],
  line: TranscriptLine,
  size = TRANSCRIPT_RING_SIZE,
): TranscriptLine[] {
  const text = redactPersonalData(line.text).slice(0, TRANSCRIPT_LINE_MAX);
  if (!text) return [...ring];
  return [...ring, { ...line, text }].slice(-size);
}
