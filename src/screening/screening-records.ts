/**
 * The audit record of one completed health screening. It holds the outcome and which rules fired,
 * never the answers: those live only in the dialog's state while the screening runs.
 *
 * Storage sits below the domain, so outcomes, services and clinician kinds are plain strings here;
 * whoever reads a record back checks them against the current screening content.
 */
export interface ScreeningRecord {
  readonly id: string;
  readonly conversationId: string;
  /** The channel's user id, so a later conversation of the same person finds the screening. */
  readonly userId?: string;
  readonly outcome: string;
  readonly allowedServices: readonly string[];
  readonly clinicianKind?: string;
  readonly firedRules: readonly string[];
  /** `rulesVersion(content)`: which questions, rules and texts produced the outcome. */
  readonly rulesVersion: string;
  readonly completedAt: Date;
  /**
   * After a needs_clearance outcome: the short reference on the booking card (e.g. CL-7F3K) that the
   * front desk looks up in the staff console to see the clearance reasons (never the answers).
   */
  readonly clearanceCode?: string;
}

/** Finds a screening by its clearance reference (the latest one, should two ever share it). */
export interface ClearanceCodeLookup {
  findByClearanceCode(code: string): Promise<ScreeningRecord | undefined>;
}

/** A red flag the assistant answered with urgent advice: which flag and when, never the message. */
export interface SafetyEvent {
  readonly id: string;
  readonly conversationId: string;
  readonly userId?: string;
  readonly flagId: string;
  readonly at: Date;
  /** The channel the message came on (webchat, msteams…), for the staff console. */
  readonly channelId?: string;
}

/** Whose records: this conversation's, and this person's from any conversation when the id is known. */
export interface RecordSubject {
  readonly conversationId: string;
  readonly userId?: string;
}

/** Screening outcomes and safety events, kept for RETENTION_DAYS; memory and SQLite behave the same. */
export interface ScreeningRecordRepository {
  recordOutcome(record: Omit<ScreeningRecord, 'id'>): Promise<ScreeningRecord>;
  /** The most recently completed screening of the conversation or the person. */
  latestFor(subject: RecordSubject): Promise<ScreeningRecord | undefined>;
  /** Oldest first. */
  listFor(subject: RecordSubject): Promise<ScreeningRecord[]>;
  recordSafetyEvent(event: Omit<SafetyEvent, 'id'>): Promise<SafetyEvent>;
  latestSafetyEventFor(subject: RecordSubject): Promise<SafetyEvent | undefined>;
  /** Oldest first. */
  safetyEventsFor(subject: RecordSubject): Promise<SafetyEvent[]>;
  /** Every conversation's events at or after `since`, newest first, at most `limit` (the staff console). */
  recentSafetyEvents(since: Date, limit: number): Promise<SafetyEvent[]>;
  /** "Delete my data": every record and event of the conversation or the person; returns how many went. */
  deleteFor(subject: RecordSubject): Promise<number>;
  /** Retention: records completed and events raised before `before`; returns how many went. */
  deleteOlderThan(before: Date): Promise<number>;
}

/** The subject of a Bot Framework activity: its conversation and the channel's id of the person. */
export function subjectOf(activity: {
  readonly conversation: { readonly id: string };
  readonly from?: { readonly id?: string };
}): RecordSubject {
  const userId = activity.from?.id;
  return { conversationId: activity.conversation.id, ...(userId ? { userId } : {}) };
}

/** Whether an item belongs to the subject. An unknown user id never matches another unknown one. */
export function belongsTo(item: RecordSubject, subject: RecordSubject): boolean {
  return (
    item.conversationId === subject.conversationId ||
    (subject.userId !== undefined && subject.userId !== '' && item.userId === subject.userId)
  );
}
