import type { TurnContext } from 'botbuilder';

/** What one store tells the person about what it holds on them ("what do you know about me"). */
export type HeldData = string | undefined;

/**
 * One place that keeps data, registered once so that "delete my data", the retention sweep and "what do
 * you know about me" cannot miss it. A store that holds nothing that can be tied to a person says why
 * instead of erasing (`notLinkable`), and a test checks every SQLite table belongs to a registration.
 */
export interface DataStoreRegistration {
  /** Short name for logs. */
  readonly name: string;
  /** The SQLite tables this store keeps. */
  readonly tables: readonly string[];
  /** Removes everything this store holds about the conversation and person of `context`. */
  readonly erase: ((context: TurnContext) => Promise<void>) | { readonly notLinkable: string };
  /** Removes what is older than `cutoff` (RETENTION_DAYS); returns how many items went. */
  deleteOlderThan(cutoff: Date, now: Date): Promise<number>;
  /** A plain sentence on what it holds about this person, or undefined when nothing. */
  describe?(context: TurnContext): Promise<HeldData>;
}

export interface RetentionReport {
  readonly store: string;
  readonly removed: number;
}

export class DataRegistry {
  private readonly registrations: DataStoreRegistration[] = [];
  private readonly afterErase: Array<() => Promise<void> | void> = [];

  register(registration: DataStoreRegistration): this {
    if (this.registrations.some((r) => r.name === registration.name))
      throw new Error(`[data registry] "${registration.name}" is registered twice`);
    this.registrations.push(registration);
    return this;
  }

  /** Runs after every erasure (e.g. flushing SQLite's WAL so erased pages leave the disk). */
  onErased(step: () => Promise<void> | void): this {
    this.afterErase.push(step);
    return this;
  }

  stores(): readonly DataStoreRegistration[] {
    return this.registrations;
  }

  /** "Delete my data": every store, in registration order; the first failure stops and is thrown. */
  async erase(context: TurnContext): Promise<void> {
    for (const registration of this.registrations)
      if (typeof registration.erase === 'function') await registration.erase(context);
    for (const step of this.afterErase) await step();
  }

  /** The retention sweep: every store; one store failing does not spare the others. */
  async sweep(cutoff: Date, now: Date, onError: (store: string, error: Error) => void): Promise<RetentionReport[]> {
    const report: RetentionReport[] = [];
    for (const registration of this.registrations) {
      try {
        report.push({ store: registration.name, removed: await registration.deleteOlderThan(cutoff, now) });
      } catch (error) {
        onError(registration.name, error as Error);
      }
    }
    for (const step of this.afterErase) await step();
    return report;
  }

  /** Every store's sentence about this person, in registration order. */
  async describe(context: TurnContext): Promise<string[]> {
    const lines: string[] = [];
    for (const registration of this.registrations) {
      const line = await registration.describe?.(context);
      if (line) lines.push(line);
    }
    return lines;
  }
}
