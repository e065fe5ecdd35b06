import { z } from 'zod';
import type { Ticket } from '../handoff/ticket';
import type { AuditEntry } from '../staff/audit-log';
import type { SafetyEvent } from '../screening/screening-records';
import type { StaffAccount, StaffSession } from '../staff/staff-accounts';
import { parseTicketBody } from './ticket-document';
import type { TicketMessage } from '../handoff/ticket-repository';

/**
 * Rows read back from SQLite and PostgreSQL, checked and turned into domain values. Both back-ends keep
 * the same columns (times as epoch milliseconds), so one schema per table serves both.
 */

const AuditRow = z.object({
  id: z.number().int(),
  at: z.number().int(),
  actor: z.string(),
  action: z.string(),
  ticket_id: z.string().nullable(),
  detail: z.string().nullable(),
});
const AuditDetail = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export function toAuditEntry(raw: unknown): AuditEntry {
  const row = AuditRow.parse(raw);
  return {
    id: row.id,
    at: new Date(row.at),
    actor: row.actor,
    action: row.action,
    ...(row.ticket_id !== null ? { ticketId: row.ticket_id } : {}),
    ...(row.detail !== null ? { detail: AuditDetail.parse(JSON.parse(row.detail)) } : {}),
  };
}

const AccountRow = z.object({
  name: z.string().min(1),
  role: z.enum(['front_desk', 'clinician']),
  password_hash: z.string().min(1),
  created_at: z.number().int(),
});

export function toStaffAccount(raw: unknown): StaffAccount {
  const row = AccountRow.parse(raw);
  return { name: row.name, role: row.role, passwordHash: row.password_hash, createdAt: new Date(row.created_at) };
}

const SessionRow = z.object({
  token_hash: z.string().min(1),
  name: z.string().min(1),
  csrf_token: z.string().min(1),
  created_at: z.number().int(),
  expires_at: z.number().int(),
});

export function toStaffSession(raw: unknown): StaffSession {
  const row = SessionRow.parse(raw);
  return {
    tokenHash: row.token_hash,
    name: row.name,
    csrfToken: row.csrf_token,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
  };
}

const TicketRow = z.object({ body: z.string() });

export function toTicket(raw: unknown): Ticket {
  return parseTicketBody(TicketRow.parse(raw).body);
}

const MessageRow = z.object({
  id: z.number().int(),
  ticket_id: z.string(),
  sender: z.enum(['person', 'staff', 'system']),
  author: z.string().nullable(),
  text: z.string(),
  at: z.number().int(),
});

export function toTicketMessage(raw: unknown): TicketMessage {
  const row = MessageRow.parse(raw);
  return {
    id: row.id,
    ticketId: row.ticket_id,
    from: row.sender,
    ...(row.author !== null ? { author: row.author } : {}),
    text: row.text,
    at: new Date(row.at),
  };
}

const EventRow = z.object({
  id: z.string().min(1),
  conversation_id: z.string().min(1),
  user_id: z.string().nullable(),
  flag_id: z.string().min(1),
  at: z.number().int(),
  channel_id: z.string().nullable().optional(),
});

export function toSafetyEvent(raw: unknown): SafetyEvent {
  const row = EventRow.parse(raw);
  return {
    id: row.id,
    conversationId: row.conversation_id,
    ...(row.user_id !== null ? { userId: row.user_id } : {}),
    flagId: row.flag_id,
    at: new Date(row.at),
    ...(row.channel_id ? { channelId: row.channel_id } : {}),
  };
}
