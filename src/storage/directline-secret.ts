import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SECRET_FILE_NAME = 'directline-secret';
const MIN_LENGTH = 32;

/**
 * The Direct Line secret kept under DATA_DIR when DIRECTLINE_SECRET is not set: generated on first start
 * (owner-only file), then read back, so tokens issued before a restart still verify after it. Two
 * instances starting together agree: the second one's exclusive create fails and it reads the first's.
 */
export function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE_NAME);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    const raced = (error as NodeJS.ErrnoException).code === 'EEXIST' ? readSecret(file) : undefined;
    if (raced) return raced;
    throw error;
  }
}

function readSecret(file: string): string | undefined {
  try {
    const value = readFileSync(file, 'utf8').trim();
    return value.length >= MIN_LENGTH ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A secret for this process only (STORAGE=memory): tokens die with it, like everything else then. */
export function ephemeralSecret(): string {
  return randomBytes(32).toString('base64url');
}
