import type { Clock } from '../clock';

/** Where failures are counted: in memory for one instance, in the database for a cluster (src/storage/cluster.ts). */
export interface LoginFailureCounter {
  /** The failure times (epoch ms) of `key` after `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>;
  record(key: string, at: number): Promise<void>;
  clear(key: string): Promise<void>;
}

/** One instance's count. */
export class MemoryLoginFailures implements LoginFailureCounter {
  private readonly failures = new Map<string, number[]>();

  async recent(key: string, since: number): Promise<number[]> {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  async record(key: string, at: number): Promise<void> {
    this.failures.set(key, [...(this.failures.get(key) ?? []), at]);
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key);
  }
}

/**
 * Failed logins per key (the client address and the name tried) in a sliding window. After `maxFailures`
 * the key is refused until the oldest failure leaves the window. The count lives in `failures`: shared by
 * every instance when that is the database, so a guess refused on one instance is refused on all.
 */
export class LoginLimiter {
  constructor(
    private readonly clock: Clock,
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly failures: LoginFailureCounter = new MemoryLoginFailures(),
  ) {}

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  async retryAfterSeconds(keys: readonly string[]): Promise<number> {
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const key of keys) {
      const recent = await this.failures.recent(key, now - this.windowMs);
      if (recent.length >= this.maxFailures) wait = Math.max(wait, recent[0]! + this.windowMs - now);
    }
    return Math.ceil(wait / 1000);
  }

  async fail(keys: readonly string[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (const key of keys) await this.failures.record(key, now);
  }

  async succeed(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.failures.clear(key);
  }
}

/**
 * Failed sign-ins per account from ANY address: after `maxFailures` in the window the account refuses
 * sign-ins from addresses it has not signed in from before, until the window moves on. A guesser spread
 * over many addresses gets `maxFailures` tries per window in all; the staff member at a desk the account
 * used before is not locked out by them. The failures are counted in `failures` (shared by a cluster when
 * that is the database); the addresses an account signed in from are this instance's memory.
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
    failures: LoginFailureCounter = new MemoryLoginFailures(),
  ) {
    this.failures = new LoginLimiter(clock, maxFailures, windowMs, failures);
  }

  async retryAfterSeconds(account: string, address: string): Promise<number> {
    return this.isKnown(account, address) ? 0 : this.failures.retryAfterSeconds([accountKey(account)]);
  }

  async fail(account: string, address: string): Promise<void> {
    if (!this.isKnown(account, address)) await this.failures.fail([accountKey(account)]);
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

/** The account's key among the failure counts, apart from the name keys the per-name limiter uses. */
function accountKey(account: string): string {
  return `account:${account.toLowerCase()}`;
}
