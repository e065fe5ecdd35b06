/** Marks one turn carries for the middleware around the dialogs (turn state only, never stored). */

/**
 * Set in turn state when the person's message holds contact details they gave for a call-back: the
 * transcript ring then keeps "[withheld]" instead of the message.
 */
export const TRANSCRIPT_PRIVATE = Symbol.for('lymph.transcriptPrivate');
