import type { CloudCall } from './cloud-call';
import type { Recognition, Recognizer } from './intents';
import type { PersonalAdviceCues } from './personal-advice';

/** A recognizer behind a network: it may be told to give up (the signal aborts on timeout). */
export interface CloudRecognizer {
  recognize(text: string, signal?: AbortSignal): Promise<Recognition>;
}

/**
 * A cloud recognizer that can never hurt a turn: each call is bounded by CloudCall (timeout, retries,
 * circuit breaker) and, when it fails, the local recognizer answers instead, so the person notices at
 * most plainer understanding. Whatever the backend says, the local personal-advice cues still send a
 * question about oneself to the health screening.
 */
export class ResilientRecognizer implements Recognizer {
  constructor(
    private readonly cloud: CloudRecognizer,
    private readonly local: Recognizer,
    private readonly call: CloudCall,
    private readonly personalAdvice: PersonalAdviceCues,
  ) {}

  async recognize(text: string): Promise<Recognition> {
    if (!text.trim()) return this.local.recognize(text);
    const outcome = await this.call.run((signal) => this.cloud.recognize(text, signal));
    if (!outcome.ok) return this.local.recognize(text);
    return this.personalAdvice.apply(outcome.value, text);
  }
}
