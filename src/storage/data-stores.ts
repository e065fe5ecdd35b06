import type { ConversationState, StatePropertyAccessor, UserState } from 'botbuilder';
import type { Messages } from '../content/messages';
import type { TranscriptLine } from '../handoff/ticket';
import type { AuditLog } from '../staff/audit-log';
import type { BookingClickRepository } from '../booking/booking-clicks';
import type { DataRegistry } from './data-registry';
import { DIRECTLINE_CHANNEL_ID, type DirectLineStore } from './directline-store';
import { type ScreeningRecordRepository, subjectOf } from '../screening/screening-records';
import { checkpointAndTruncate, type SqliteDatabase } from './sqlite-database';
import type { StaffAccountRepository } from '../staff/staff-accounts';
import type { StateStore } from './state-store';
import type { TicketRepository } from '../handoff/ticket-repository';
import type { UnansweredQuestionRepository } from '../kb/unanswered-questions';

/** The words a store's "what do you know about me" sentence is made of. */
export interface DataStoreWords {
  messages: Messages;
  /** The title people saw for an outcome id ("You can book a session"). */
  outcomeTitle(outcome: string): string;
}

/** Every repository the service keeps; each one joins the registry below, so none can be forgotten. */
export interface DataStores {
  db: SqliteDatabase | undefined;
  storage: StateStore;
  /** Bot state over `storage`: erasing deletes the turn's cached copy too, so the end-of-turn save writes nothing back. */
  conversationState: ConversationState;
  userState: UserState;
  transcriptRing: StatePropertyAccessor<TranscriptLine[]>;
  screeningRecords: ScreeningRecordRepository;
  tickets: TicketRepository;
  directLine: DirectLineStore;
  unanswered: UnansweredQuestionRepository;
  bookingClicks: BookingClickRepository;
  staffAccounts: StaffAccountRepository;
  audit: AuditLog;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Registers every store the app keeps: the one list "delete my data", retention and "about me" use. */
export function registerDataStores(registry: DataRegistry, stores: DataStores, words: DataStoreWords): void {
  const { messages } = words;
  registry.register({
    name: 'conversation state',
    tables: ['state'],
    erase: async (context) => {
      await stores.conversationState.delete(context);
      await stores.userState.delete(context);
    },
    deleteOlderThan: (cutoff) => stores.storage.deleteOlderThan(cutoff),
    async describe(context) {
      const lines = (await stores.transcriptRing.get(context)) ?? [];
      return messages.text('about_me_conversation', { lines: lines.length });
    },
  });
  registry.register({
    name: 'screening outcomes and safety events',
    tables: ['screening_records', 'safety_events'],
    erase: async (context) => {
      await stores.screeningRecords.deleteFor(subjectOf(context.activity));
    },
    deleteOlderThan: (cutoff) => stores.screeningRecords.deleteOlderThan(cutoff),
    async describe(context) {
      const subject = subjectOf(context.activity);
      const said: string[] = [];
      const record = await stores.screeningRecords.latestFor(subject);
      if (record)
        said.push(
          messages.text('about_me_screening', {
            date: day(record.completedAt),
            outcome: words.outcomeTitle(record.outcome),
          }),
        );
      const event = await stores.screeningRecords.latestSafetyEventFor(subject);
      if (event) said.push(messages.text('about_me_safety', { date: day(event.at) }));
      return said.length > 0 ? said.join('\n') : undefined;
    },
  });
  registry.register({
    name: 'hand-off tickets',
    tables: ['tickets', 'ticket_messages'],
    erase: async (context) => {
      await stores.tickets.deleteForConversation(context.activity.conversation.id);
    },
    deleteOlderThan: (cutoff) => stores.tickets.deleteOlderThan(cutoff),
    async describe(context) {
      const ticket = await stores.tickets.activeForConversation(context.activity.conversation.id);
      return ticket ? messages.text('about_me_ticket') : undefined;
    },
  });
  registry.register({
    name: 'web chat history',
    tables: ['directline_conversations', 'directline_activities'],
    erase: async (context) => {
      const { channelId, conversation } = context.activity;
      if (channelId === DIRECTLINE_CHANNEL_ID && conversation?.id)
        await stores.directLine.clearHistory(conversation.id);
    },
    deleteOlderThan: (cutoff) => stores.directLine.deleteOlderThan(cutoff),
    async describe(context) {
      if (context.activity.channelId !== DIRECTLINE_CHANNEL_ID) return undefined;
      const page = await stores.directLine.activitiesAfter(context.activity.conversation.id, 0, 10_000);
      return page.activities.length > 0
        ? messages.text('about_me_webchat', { count: page.activities.length })
        : undefined;
    },
  });
  registry.register({
    name: 'unanswered questions',
    tables: ['unanswered_questions'],
    erase: {
      notLinkable:
        'kept without a conversation or user id, after names, addresses, contact details and health words are redacted',
    },
    deleteOlderThan: (cutoff) => stores.unanswered.deleteOlderThan(cutoff),
  });
  registry.register({
    name: 'booking figures',
    tables: ['booking_offers', 'booking_clicks'],
    erase: { notLinkable: 'random references and service ids only: nothing that leads back to a person' },
    deleteOlderThan: (cutoff) => stores.bookingClicks.deleteOlderThan(cutoff),
  });
  registry.register({
    name: 'staff accounts and sessions',
    tables: ['staff_accounts', 'staff_sessions'],
    erase: {
      notLinkable: 'staff members’ own accounts (npm run staff:remove), nothing about people who chat',
    },
    // Accounts stay until removed; sessions go when they expire.
    deleteOlderThan: (_cutoff, now) => stores.staffAccounts.deleteExpiredSessions(now),
  });
  registry.register({
    name: 'staff audit log',
    tables: ['audit_log'],
    erase: { notLinkable: 'staff names, actions and ticket ids; never what anyone wrote' },
    deleteOlderThan: (cutoff) => stores.audit.deleteOlderThan(cutoff),
  });
  const { db } = stores;
  // secure_delete zeroes freed pages in the main file; the WAL still holds old page images until it is
  // checkpointed and truncated.
  if (db) registry.onErased(() => checkpointAndTruncate(db));
}
