import { extractEntities } from './entities';

/** Long digit runs are ids, card or insurance numbers: never kept. */
const LONG_NUMBER = /\d{5,}/g;

/**
 * Removes contact details and long numbers from a message before it is kept (unanswered questions,
 * transcript excerpts). Names are not detectable reliably; curators see redacted text only.
 */
export function redactPersonalData(text: string): string {
  let redacted = text;
  for (const entity of extractEntities(text)) {
    if (entity.type === 'email') redacted = redacted.split(entity.text).join('[email]');
    if (entity.type === 'phone') redacted = redacted.split(entity.text).join('[phone]');
  }
  return redacted.replace(LONG_NUMBER, '[number]').replace(/\s+/g, ' ').trim().slice(0, 500);
}
