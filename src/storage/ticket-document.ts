import { z } from 'zod';
import type { Ticket } from '../handoff/ticket';

const DATE = z.iso.datetime().transform((value) => new Date(value));

const Line = z.object({ from: z.enum(['person', 'assistant']), text: z.string(), at: z.string() }).strict();

/** The stored ticket document, read back through a schema (dates as ISO strings in the JSON); SQLite and PostgreSQL share it. */
const TicketDocument = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive(),
    status: z.enum(['open', 'claimed', 'closed', 'expired']),
    reason: z.enum(['asked_for_human', 'screening_referral', 'complaint', 'unanswered_questions']),
    mode: z.enum(['live', 'callback']),
    needsClinician: z.boolean(),
    conversationId: z.string().min(1),
    channel: z.string(),
    conversationReference: z.record(z.string(), z.unknown()),
    screening: z
      .object({
        outcome: z.string(),
        reasons: z.array(z.string()),
        clinicianKinds: z.array(z.string()),
        allowedServices: z.array(z.string()),
        completedAt: z.string(),
      })
      .strict()
      .optional(),
    excerpt: z.array(Line),
    contact: z
      .object({
        name: z.string(),
        phone: z.string().optional(),
        email: z.string().optional(),
        consentAt: z.string(),
      })
      .strict()
      .optional(),
    note: z.string().optional(),
    createdAt: DATE,
    dueBy: DATE,
    expiresAt: DATE.optional(),
    overdueNotifiedAt: DATE.optional(),
    claimedBy: z.string().optional(),
    claimedAt: DATE.optional(),
    closedBy: z.string().optional(),
    closedAt: DATE.optional(),
    expiredAt: DATE.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const need = (field: keyof typeof t) => {
      if (t[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: `required when ${t.status}` });
    };
    const required: Record<string, Array<keyof typeof t>> = {
      claimed: ['claimedBy', 'claimedAt'],
      closed: ['claimedBy', 'claimedAt', 'closedBy', 'closedAt'],
      expired: ['expiredAt'],
    };
    for (const field of required[t.status] ?? []) need(field);
  });

/** A stored ticket body (JSON text) back to a Ticket, checked. */
export function parseTicketBody(body: string): Ticket {
  return TicketDocument.parse(JSON.parse(body)) as Ticket;
}
