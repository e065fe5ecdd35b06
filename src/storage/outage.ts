/**
 * Whether an error means the database could not serve the turn for now (refused, dropped, restarting, no
 * connection in time, or the conversation's previous turn still holding its lock past the wait limit), as
 * opposed to a bug or bad data: the person can simply try again. Read from the error's shape, so callers
 * need no driver.
 */
export function isStorageOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // 55P03 lock_not_available: the wait for the conversation's turn lock passed lock_timeout.
    if (code === '55P03') return true;
    // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutdown, crash, cannot connect now).
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code)) return true;
  }
  return OUTAGE_MESSAGES.some((pattern) => pattern.test(error.message));
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

const OUTAGE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
  /Query read timeout/i,
];
