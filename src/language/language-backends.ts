import type { Clock } from '../clock';
import type { LanguageConfig } from '../config';
import { CircuitBreaker } from './circuit-breaker';
import { CloudCall, type FallbackReporter, type LanguageBackend } from './cloud-call';
import { CluRecognizer } from './clu-recognizer';
import { type AnswerWriter, GroundedAnswerWriter } from './grounded-answer-writer';
import type { Recognizer } from './intents';
import type { IntentsContent } from './intents-content';
import { OpenAiChat } from './openai-chat';
import { OpenAiRecognizer } from './openai-recognizer';
import { PersonalAdviceCues } from './personal-advice';
import { ResilientRecognizer } from './resilient-recognizer';

export interface LanguageParts {
  /** The recognizer that always works: the answer whenever a cloud backend does not give one. */
  local: Recognizer;
  intents: IntentsContent;
  clock: Clock;
  reporter: FallbackReporter;
}

export interface LanguageBackends {
  recognizer: Recognizer;
  /** Present only when ANSWER_WRITER=openai; otherwise articles are shown as curated. */
  writer?: AnswerWriter;
}

/**
 * Builds what config asks for. Switching backends is configuration only: every choice yields a plain
 * Recognizer (and an optional AnswerWriter), each cloud one with its own timeout, retries and breaker,
 * falling back to the local recognizer and the curated text. Nothing here is on the safety path: red
 * flags, screening rules and the recommendation gate never consult a backend.
 */
export function createLanguageBackends(config: LanguageConfig, parts: LanguageParts): LanguageBackends {
  const callFor = (backend: LanguageBackend) =>
    new CloudCall(
      backend,
      new CircuitBreaker(parts.clock, {
        failureThreshold: config.breakerFailures,
        cooldownMs: config.breakerCooldownMs,
      }),
      { timeoutMs: config.timeoutMs, retries: config.retries },
      parts.reporter,
    );
  const needsOpenAi = config.recognizer === 'openai' || config.answerWriter === 'openai';
  const chat = needsOpenAi ? new OpenAiChat(config.openai, config.timeoutMs) : undefined;
  const cues = PersonalAdviceCues.fromContent(parts.intents);

  let recognizer = parts.local;
  if (config.recognizer === 'clu') {
    recognizer = new ResilientRecognizer(new CluRecognizer(config.clu), parts.local, callFor('clu'), cues);
  } else if (config.recognizer === 'openai' && chat) {
    recognizer = new ResilientRecognizer(
      new OpenAiRecognizer(chat, parts.intents),
      parts.local,
      callFor('openai'),
      cues,
    );
  }
  const writer =
    config.answerWriter === 'openai' && chat
      ? new GroundedAnswerWriter(chat, callFor('openai_writer'))
      : undefined;
  return { recognizer, ...(writer ? { writer } : {}) };
}
