import type { Clock } from '../clock';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call may go through. */
  cooldownMs: number;
}

/**
 * Stops calling a backend that keeps failing, so a dead service costs each turn nothing instead of a
 * timeout. closed → (N consecutive failures) → open → (cool-down passed) → half-open: exactly one trial
 * call; its success closes the circuit, its failure opens it for another cool-down. Time comes from the
 * Clock, so tests move it instead of waiting.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly clock: Clock,
    private readonly options: BreakerOptions,
  ) {}

  state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.clock.now().getTime() - this.openedAt >= this.options.cooldownMs ? 'half_open' : 'open';
  }

  /** True when a call may go ahead now. In half-open, only the first caller gets through. */
  tryAcquire(): boolean {
    const state = this.state();
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.failures++;
    const trialFailed = this.trialInFlight;
    this.trialInFlight = false;
    if (trialFailed || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.clock.now().getTime();
    }
  }
}
