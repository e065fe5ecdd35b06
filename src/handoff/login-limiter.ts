import type { Clock } from '../clock';

/**
 * Failed logins per key (the client address and the name tried) in a sliding window. After `maxFailures`
 * the key is refused until the oldest failure leaves the window. In memory: one instance's view.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(keys: readonly string[]): number {
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.maxFailures) wait = Math.max(wait, recent[0]! + this.windowMs - now);
    }
    return Math.ceil(wait / 1000);
  }

  fail(keys: readonly string[]): void {
    const now = this.clock.now().getTime();
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}

/**
 * Failed sign-ins per account from ANY address: after `maxFailures` in the window the account refuses
 * sign-ins from addresses it has not signed in from before, until the window moves on. A guesser spread
 * over many addresses gets `maxFailures` tries per window in all; the staff member at a desk the account
 * used before is not locked out by them. In memory: one instance's view.
 */
export class AccountLockout {
  private readonly failures: LoginLimiter;
  /** account → address → when it last signed in successfully. */
  private readonly knownAddresses = new Map<string, Map<string, number>>();

  constructor(
    private readonly clock: Clock,
    maxFailures = 10,
    windowMs = 15 * 60_000,
    private readonly rememberMs = 30 * 86_400_000,
    private readonly maxAddressesPerAccount = 20,
  ) {
    this.failures = new LoginLimiter(clock, maxFailures, windowMs);
  }

  retryAfterSeconds(account: string, address: string): number {
    return this.isKnown(account, address) ? 0 : this.failures.retryAfterSeconds([account.toLowerCase()]);
  }

  fail(account: string, address: string): void {
    if (!this.isKnown(account, address)) this.failures.fail([account.toLowerCase()]);
  }

  succeed(account: string, address: string): void {
    const key = account.toLowerCase();
    const addresses = this.knownAddresses.get(key) ?? new Map<string, number>();
    addresses.delete(address);
    addresses.set(address, this.clock.now().getTime());
    // Oldest first in a Map: keep the most recent few.
    while (addresses.size > this.maxAddressesPerAccount) addresses.delete(addresses.keys().next().value!);
    this.knownAddresses.set(key, addresses);
  }

  private isKnown(account: string, address: string): boolean {
    const at = this.knownAddresses.get(account.toLowerCase())?.get(address);
    return at !== undefined && this.clock.now().getTime() - at < this.rememberMs;
  }
}
