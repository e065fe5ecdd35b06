/**
 * Typed errors. Each carries ids (a file, a field, a variable, a key), never a person's message text,
 * so an error can be logged and mapped to an HTTP status without leaking health data.
 */

/** A file under knowledge/ failed validation. `field` is a dotted path inside the file. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field || '(file)'}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** An environment variable is invalid. Start-up stops with this one line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** A write lost an optimistic-concurrency race: the stored eTag no longer matches. */
export class ConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict for storage key "${key}"`);
    this.name = 'ConflictError';
  }
}

/** A Direct Line conversation that does not exist (or was erased); its routes answer 404. */
export class UnknownConversationError extends Error {
  constructor(readonly conversationId: string) {
    super(`no Direct Line conversation "${conversationId}"`);
    this.name = 'UnknownConversationError';
  }
}

/** The bot did not take an activity (its turn threw); Direct Line answers 502, as Azure's does. */
export class BotUnavailableError extends Error {
  constructor(readonly conversationId: string) {
    super(`the bot did not accept an activity in conversation ${conversationId}`);
    this.name = 'BotUnavailableError';
  }
}

/** Azure's Direct Line refused or could not be reached; the web chat answers 502 and the page says so. */
export class AzureDirectLineError extends Error {
  constructor(
    readonly operation: 'generate' | 'refresh',
    readonly status: number | undefined,
  ) {
    super(`Azure Direct Line token ${operation} failed${status ? ` with HTTP ${status}` : ''}`);
    this.name = 'AzureDirectLineError';
  }
}

/** A cloud language backend answered, but with nothing usable: not JSON, the wrong shape, a refusal. */
export class CloudResponseError extends Error {
  constructor(readonly detail: string) {
    super(`unusable response: ${detail}`);
    this.name = 'CloudResponseError';
  }
}

/** A cloud language backend did not answer within the call's time limit; the local model answers instead. */
export class CloudTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'CloudTimeoutError';
  }
}
