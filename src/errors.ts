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

/** A request body or parameter failed validation; maps to HTTP 400 with `reason`. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RequestError';
  }
}
