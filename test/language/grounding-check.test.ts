import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import {
  checkGroundedAnswer,
  GROUNDING_CHECKS,
  type GroundingEntry,
  MAX_ANSWER_CHARS,
} from '../../src/language/grounding-check';
import { WRITER_SYSTEM_PROMPT } from '../../src/language/prompts';
import { realQuestionAnswering } from '../helpers/dialog-deps';

const Case = z
  .object({
    name: z.string(),
    retrieved: z.array(z.string()).min(1),
    answer: z.string(),
    citations: z.array(z.string()),
    shows: z.string().optional(),
    check: z.enum(GROUNDING_CHECKS).optional(),
  })
  .strict();
const Cases = z.object({ accepted: z.array(Case).min(10), rejected: z.array(Case.required({ check: true })).min(20) });

const cases = Cases.parse(
  YAML.parse(readFileSync(path.join(__dirname, '../fixtures/grounding-cases.yaml'), 'utf8')),
);
const { articles } = realQuestionAnswering();

function entries(ids: readonly string[]): GroundingEntry[] {
  return ids.map((id) => {
    const article = articles.get(id);
    if (!article) throw new Error(`grounding-cases.yaml: no article "${id}"`);
    return { id, evidence: article.evidence, text: article.body };
  });
}

const expand = (answer: string) =>
  answer === '{{long}}' ? 'MLD is a gentle massage. '.repeat(Math.ceil(MAX_ANSWER_CHARS / 20)) : answer;

const check = (c: z.infer<typeof Case>) =>
  checkGroundedAnswer({ answer: expand(c.answer), citations: c.citations }, entries(c.retrieved), {
    secrets: [WRITER_SYSTEM_PROMPT],
  });

describe('grounding post-check on model-written answers', () => {
  it.each(cases.accepted.map((c) => [c.name, c] as const))('accepts %s', (_name, c) => {
    // What the person reads: the answer as written, or `shows` where the check strips citation markers.
    expect(check(c)).toEqual({ ok: true, text: c.shows ?? expand(c.answer), citations: expect.arrayContaining(c.citations) });
  });

  it.each(cases.rejected.map((c) => [c.name, c] as const))('rejects %s', (_name, c) => {
    expect(check(c)).toEqual({ ok: false, check: c.check });
  });

  it('has a rejected example for every rule', () => {
    const covered = new Set(cases.rejected.map((c) => c.check));
    expect(GROUNDING_CHECKS.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('accepts every curated article body and "more" text as an answer citing itself', () => {
    // A rule that rejects our own reviewed wording would throw away every good answer on that topic.
    const rejected: string[] = [];
    for (const article of articles.values()) {
      for (const text of [article.body, article.more].filter((t): t is string => Boolean(t))) {
        const verdict = checkGroundedAnswer(
          { answer: text, citations: [article.id] },
          [{ id: article.id, evidence: article.evidence, text: `${article.body}\n${article.more ?? ''}` }],
          { secrets: [WRITER_SYSTEM_PROMPT] },
        );
        if (!verdict.ok) rejected.push(`${article.id}: ${verdict.check}`);
      }
    }
    expect(rejected).toEqual([]);
  });

  it('returns the cited ids, inline and listed, once each', () => {
    const verdict = checkGroundedAnswer(
      { answer: 'Gentle [what-is-mld] and painless [does-it-hurt].', citations: ['what-is-mld'] },
      entries(['what-is-mld', 'does-it-hurt']),
    );
    expect(verdict).toEqual({ ok: true, text: 'Gentle and painless.', citations: ['what-is-mld', 'does-it-hurt'] });
  });
});
