import { createHash } from 'node:crypto';
import type { ScreeningContent } from './screening-content';

const VERSION_LENGTH = 12;
const cache = new WeakMap<ScreeningContent, string>();

/**
 * A short content hash recorded with every outcome, so an audit can tell which questions, rules and
 * texts produced it. It hashes the validated content (keys sorted), so comments and formatting in
 * screening.yaml do not change it, while any change to a rule, a question or a shown text does
 * (including the spa facts filled into the texts, such as the emergency number).
 */
export function rulesVersion(content: ScreeningContent): string {
  const cached = cache.get(content);
  if (cached) return cached;
  const version = createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, VERSION_LENGTH);
  cache.set(content, version);
  return version;
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
