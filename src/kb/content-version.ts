import { createHash } from 'node:crypto';

const HASH_LENGTH = 12;

/**
 * A short hash of validated content (object keys sorted), so comments and formatting in the YAML do not
 * change it, while any change to a rule, a flag, an article or its sign-off does.
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, HASH_LENGTH);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The content a screening outcome depends on, each part hashed on its own. */
export interface VersionedContent {
  /** screening.yaml: questions, rules, outcome texts (`rulesVersion`). */
  readonly rules: string;
  readonly flags: unknown;
  readonly services: unknown;
  readonly articles: unknown;
}

/**
 * The version string recorded with every screening outcome, e.g.
 * `rules=1a2b3c4d5e6f flags=… services=… articles=…`: an audit can tell which rules, red flags, services
 * and articles were live when the outcome was given, and a reviewer can match it to a review pack.
 */
export function contentVersion(content: VersionedContent): string {
  return [
    `rules=${content.rules}`,
    `flags=${contentHash(content.flags)}`,
    `services=${contentHash(content.services)}`,
    `articles=${contentHash(content.articles)}`,
  ].join(' ');
}
