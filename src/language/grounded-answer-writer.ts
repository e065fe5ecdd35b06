import { z } from 'zod';
import type { Article } from '../kb/articles';
import type { CloudCall } from './cloud-call';
import { checkGroundedAnswer, type GroundingEntry } from './grounding-check';
import type { OpenAiChat } from './openai-chat';
import { WRITER_SYSTEM_PROMPT, writerResponseSchema, writerUserMessage } from './prompts';
import { redactPersonalData } from './redact';

/** An answer worded for the question, and the ids of the retrieved articles it rests on. */
export interface WrittenAnswer {
  text: string;
  /** A non-empty subset of the ids of the articles given to `write`. */
  citations: string[];
}

/**
 * Words an answer from articles the knowledge base already retrieved. Returns null whenever the curated
 * article text should be shown instead (backend down or slow, or an answer that fails the grounding
 * check): the caller never needs to know why.
 */
export interface AnswerWriter {
  write(question: string, articles: readonly Article[]): Promise<WrittenAnswer | null>;
}

const DraftSchema = z.object({ answer: z.string(), citations: z.array(z.string()) }).strict();

/**
 * The grounded answer writer on an OpenAI-compatible chat model. The model sees the redacted question
 * and the retrieved articles only, never earlier messages; what it writes is shown only when
 * checkGroundedAnswer accepts it.
 */
export class GroundedAnswerWriter implements AnswerWriter {
  constructor(
    private readonly chat: OpenAiChat,
    private readonly call: CloudCall,
  ) {}

  async write(question: string, articles: readonly Article[]): Promise<WrittenAnswer | null> {
    if (articles.length === 0) return null;
    const entries = articles.map((a) => ({ id: a.id, title: a.title, evidence: a.evidence, text: a.body }));
    const outcome = await this.call.run((signal) =>
      this.chat.complete(
        {
          system: WRITER_SYSTEM_PROMPT,
          user: writerUserMessage(redactPersonalData(question), entries),
          schemaName: 'grounded_answer',
          jsonSchema: writerResponseSchema(),
          parse: DraftSchema,
        },
        signal,
      ),
    );
    if (!outcome.ok) return null;
    const grounding: GroundingEntry[] = entries.map(({ id, evidence, text }) => ({ id, evidence, text }));
    const verdict = checkGroundedAnswer(outcome.value, grounding, { secrets: [WRITER_SYSTEM_PROMPT] });
    if (!verdict.ok) {
      this.call.reject(verdict.check);
      return null;
    }
    return { text: verdict.text, citations: verdict.citations };
  }
}
