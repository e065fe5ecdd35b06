import { CloudResponseError, CloudTimeoutError } from '../errors';
import type { CircuitBreaker } from './circuit-breaker';

/** The cloud backends, as they appear in the fallback metric and log line. */
export type LanguageBackend = 'clu' | 'openai' | 'openai_writer';

/** Why a cloud result was not used. Values of the `reason` label of lymph_language_fallbacks_total. */
export const FALLBACK_REASONS = [
  'timeout',
  'server_error',
  'rate_limited',
  'client_error',
  'network',
  'malformed',
  'circuit_open',
  'rejected',
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** Timeouts, dropped connections and 5xx are worth one more try; a bad key or a bad answer is not. */
const RETRYABLE: ReadonlySet<FallbackReason> = new Set(['timeout', 'server_error', 'network']);

/**
 * One fallback, for the metric and the log. Ids and categories only: never the message, the prompt or
 * the model's answer.
 */
export interface FallbackEvent {
  backend: LanguageBackend;
  reason: FallbackReason;
  /** Which grounding rule rejected an answer, when reason is "rejected". */
  check?: string;
  /** HTTP status of the last failed attempt, when there was one. */
  status?: number;
}

export interface FallbackReporter {
  report(event: FallbackEvent): void;
}

export interface CallPolicy {
  /** Per attempt. */
  timeoutMs: number;
  /** Extra attempts after a retryable failure. */
  retries: number;
}

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; reason: FallbackReason };

function statusOf(error: unknown): number | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  if (typeof status === 'number') return status;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}

/** Sorts an error from either SDK (or our own) into a reason. Duck-typed, so no SDK leaks in here. */
export function classifyFailure(error: unknown): FallbackReason {
  if (error instanceof CloudTimeoutError) return 'timeout';
  if (error instanceof CloudResponseError) return 'malformed';
  const status = statusOf(error);
  if (status !== undefined) {
    if (status === 429) return 'rate_limited';
    if (status >= 500) return 'server_error';
    if (status >= 400) return 'client_error';
    // A 2xx that the SDK could not deserialize.
    return 'malformed';
  }
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (error instanceof SyntaxError || code === 'PARSE_ERROR' || name === 'SyntaxError') return 'malformed';
  if (name === 'APIConnectionTimeoutError') return 'timeout';
  return 'network';
}

async function withTimeout<T>(attempt: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // Racing as well as aborting: a client that ignores the signal still cannot hold the turn.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new CloudTimeoutError(ms));
    }, ms);
  });
  try {
    return await Promise.race([attempt(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one cloud request with a timeout per attempt, bounded retries and a circuit breaker. It never
 * throws: a failure comes back as a reason (already reported), and the caller uses its local answer.
 */
export class CloudCall {
  constructor(
    readonly backend: LanguageBackend,
    private readonly breaker: CircuitBreaker,
    private readonly policy: CallPolicy,
    private readonly reporter: FallbackReporter,
  ) {}

  async run<T>(attempt: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T>> {
    if (!this.breaker.tryAcquire()) {
      this.reporter.report({ backend: this.backend, reason: 'circuit_open' });
      return { ok: false, reason: 'circuit_open' };
    }
    let reason: FallbackReason = 'network';
    let status: number | undefined;
    for (let attemptNo = 0; attemptNo <= this.policy.retries; attemptNo++) {
      try {
        const value = await withTimeout(attempt, this.policy.timeoutMs);
        this.breaker.recordSuccess();
        return { ok: true, value };
      } catch (error) {
        reason = classifyFailure(error);
        status = statusOf(error);
        if (!RETRYABLE.has(reason)) break;
      }
    }
    this.breaker.recordFailure();
    this.reporter.report({ backend: this.backend, reason, ...(status === undefined ? {} : { status }) });
    return { ok: false, reason };
  }

  /** Records an answer that arrived but was not used (the grounding check rejected it). */
  reject(check: string): void {
    this.reporter.report({ backend: this.backend, reason: 'rejected', check });
  }
}
