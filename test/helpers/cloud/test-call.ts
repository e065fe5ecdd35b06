import { FixedClock } from '../../../src/clock';
import { CircuitBreaker } from '../../../src/language/circuit-breaker';
import { CloudCall, type FallbackEvent, type LanguageBackend } from '../../../src/language/cloud-call';

export const NOW = new Date('2026-11-24T10:00:00Z');

/** Timeouts in contract tests: short so slow answers are quick to test, long enough for a loaded CI box. */
export const TEST_TIMEOUT_MS = 1000;
/** A "slow" fake answer: well past the timeout. */
export const SLOW_MS = 3000;

export interface TestCall {
  call: CloudCall;
  events: FallbackEvent[];
  clock: FixedClock;
}

/** A CloudCall with a fixed clock and a reporter that keeps what it was told. */
export function testCall(
  backend: LanguageBackend,
  options: { retries?: number; failureThreshold?: number; cooldownMs?: number; timeoutMs?: number } = {},
): TestCall {
  const clock = new FixedClock(NOW);
  const events: FallbackEvent[] = [];
  const call = new CloudCall(
    backend,
    new CircuitBreaker(clock, {
      failureThreshold: options.failureThreshold ?? 3,
      cooldownMs: options.cooldownMs ?? 30_000,
    }),
    { timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS, retries: options.retries ?? 1 },
    { report: (event) => events.push(event) },
  );
  return { call, events, clock };
}
