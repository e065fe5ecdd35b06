import { z } from 'zod';
import { extractEntities } from './entities';
import { INTENTS, NO_INTENT, type Recognition } from './intents';
import type { IntentsContent } from './intents-content';
import type { CloudRecognizer } from './resilient-recognizer';
import type { OpenAiChat } from './openai-chat';
import { recognizerResponseSchema, recognizerSystemPrompt, recognizerUserMessage } from './prompts';
import { redactPersonalData } from './redact';

/** Below this the model's own confidence is reported as `none`, as with the local recognizer. */
export const OPENAI_MIN_SCORE = 0.5;

const IntentAnswerSchema = z
  .object({
    intent: z.enum([...INTENTS, NO_INTENT]),
    confidence: z.number().min(0).max(1),
  })
  .strict();

/**
 * Intent recognition by a chat model with structured output. Only the current message is sent, redacted
 * (no history, no contact details), as JSON data in the user turn. Entities are always extracted locally
 * from the original text: contact details never leave the machine, and numbers need no model.
 */
export class OpenAiRecognizer implements CloudRecognizer {
  private readonly systemPrompt: string;

  constructor(
    private readonly chat: OpenAiChat,
    content: IntentsContent,
  ) {
    this.systemPrompt = recognizerSystemPrompt(content);
  }

  async recognize(text: string, signal?: AbortSignal): Promise<Recognition> {
    const answer = await this.chat.complete(
      {
        system: this.systemPrompt,
        user: recognizerUserMessage(redactPersonalData(text)),
        schemaName: 'intent_recognition',
        jsonSchema: recognizerResponseSchema(),
        parse: IntentAnswerSchema,
      },
      signal,
    );
    const entities = extractEntities(text);
    if (answer.intent === NO_INTENT || answer.confidence < OPENAI_MIN_SCORE)
      return { intent: NO_INTENT, score: answer.confidence, entities };
    return { intent: answer.intent, score: answer.confidence, entities };
  }
}
