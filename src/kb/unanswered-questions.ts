/** A question the knowledge base could not answer, grouped by its (redacted, normalised) text. */
export interface UnansweredQuestion {
  text: string;
  count: number;
  firstAskedAt: Date;
  lastAskedAt: Date;
}

/** Where unanswered questions are kept for curators (`npm run kb:unanswered`). Text arrives redacted. */
export interface UnansweredQuestionRepository {
  record(redactedText: string, at: Date): Promise<void>;
  /** Most asked first. */
  list(limit?: number): Promise<UnansweredQuestion[]>;
  deleteOlderThan(before: Date): Promise<number>;
}

/** Case and spacing do not make a different question. */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}[\]' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Redacts names, addresses and health words (src/content/personal-data-redaction.ts) before a question is
 * kept: the table has no link to a person, so "delete my data" cannot find a row, and nothing in it may
 * identify anyone or say what is wrong with them.
 */
export class RedactingUnansweredQuestions implements UnansweredQuestionRepository {
  constructor(
    private readonly inner: UnansweredQuestionRepository,
    private readonly redactor: { redact(text: string): string },
  ) {}

  record(redactedText: string, at: Date): Promise<void> {
    return this.inner.record(this.redactor.redact(redactedText), at);
  }

  list(limit?: number): Promise<UnansweredQuestion[]> {
    return this.inner.list(limit);
  }

  deleteOlderThan(before: Date): Promise<number> {
    return this.inner.deleteOlderThan(before);
  }
}
