import { randomUUID } from 'node:crypto';
import {
  type ClearanceCodeLookup,
  type RecordSubject,
  type SafetyEvent,
  type ScreeningRecord,
  type ScreeningRecordRepository,
  belongsTo,
} from '../screening/screening-records';

export class MemoryScreeningRecords implements ScreeningRecordRepository, ClearanceCodeLookup {
  private records: ScreeningRecord[] = [];
  private events: SafetyEvent[] = [];

  async findByClearanceCode(code: string): Promise<ScreeningRecord | undefined> {
    const found = byTime(
      this.records.filter((r) => r.clearanceCode === code),
      (r) => r.completedAt,
    ).at(-1);
    return found ? copyRecord(found) : undefined;
  }

  async recordOutcome(record: Omit<ScreeningRecord, 'id'>): Promise<ScreeningRecord> {
    const stored = copyRecord({ ...record, id: randomUUID() });
    this.records.push(stored);
    return copyRecord(stored);
  }

  async latestFor(subject: RecordSubject): Promise<ScreeningRecord | undefined> {
    return (await this.listFor(subject)).at(-1);
  }

  async listFor(subject: RecordSubject): Promise<ScreeningRecord[]> {
    return byTime(
      this.records.filter((r) => belongsTo(r, subject)),
      (r) => r.completedAt,
    ).map(copyRecord);
  }

  async recordSafetyEvent(event: Omit<SafetyEvent, 'id'>): Promise<SafetyEvent> {
    const stored = { ...event, id: randomUUID(), at: new Date(event.at) };
    this.events.push(stored);
    return { ...stored, at: new Date(stored.at) };
  }

  async latestSafetyEventFor(subject: RecordSubject): Promise<SafetyEvent | undefined> {
    return (await this.safetyEventsFor(subject)).at(-1);
  }

  async safetyEventsFor(subject: RecordSubject): Promise<SafetyEvent[]> {
    return byTime(
      this.events.filter((e) => belongsTo(e, subject)),
      (e) => e.at,
    ).map((e) => ({ ...e, at: new Date(e.at) }));
  }

  async recentSafetyEvents(since: Date, limit: number): Promise<SafetyEvent[]> {
    return byTime(
      this.events.filter((e) => e.at >= since),
      (e) => e.at,
    )
      .reverse()
      .slice(0, limit)
      .map((e) => ({ ...e, at: new Date(e.at) }));
  }

  async deleteFor(subject: RecordSubject): Promise<number> {
    const before = this.records.length + this.events.length;
    this.records = this.records.filter((r) => !belongsTo(r, subject));
    this.events = this.events.filter((e) => !belongsTo(e, subject));
    return before - this.records.length - this.events.length;
  }

  async deleteOlderThan(before: Date): Promise<number> {
    const count = this.records.length + this.events.length;
    this.records = this.records.filter((r) => r.completedAt >= before);
    this.events = this.events.filter((e) => e.at >= before);
    return count - this.records.length - this.events.length;
  }
}

function copyRecord(record: ScreeningRecord): ScreeningRecord {
  return {
    ...record,
    allowedServices: [...record.allowedServices],
    firedRules: [...record.firedRules],
    completedAt: new Date(record.completedAt),
  };
}

/** Oldest first; items of the same time keep the order they were stored in. */
function byTime<T>(items: T[], at: (item: T) => Date): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => at(a.item).getTime() - at(b.item).getTime() || a.index - b.index)
    .map(({ item }) => item);
}
