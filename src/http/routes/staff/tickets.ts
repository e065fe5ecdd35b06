import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { StaffActor } from '../../../handoff/handoff-service';
import { TICKET_STATUSES, type TicketStatus } from '../../../handoff/ticket';
import { normalizeClearanceCode } from '../../../screening';
import { detailView, mayNotActReason, summaryView } from '../../../staff/roles';
import { sendError, statusOfRefusal } from '../../errors';
import { type Authenticate, type Caller, issue, noStore, type StaffRouteDependencies } from './session';

const ClaimBody = z.object({ staffName: z.string().trim().min(1).max(80).optional() }).strict();
const MessageBody = z.object({ text: z.string().trim().min(1, 'text is required').max(2000) }).strict();
const StatusQuery = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',') : ['open', 'claimed']))
  .pipe(z.array(z.enum(TICKET_STATUSES)).min(1));
const TicketId = z.string().min(1).max(100);

/** The tickets API (list, read, claim, reply, typing, close), clearance references and booking figures. */
export function registerTicketRoutes(
  server: Server,
  deps: StaffRouteDependencies,
  authenticate: Authenticate,
): void {
  const { handoff, clock } = deps;
  const actorOf = (caller: Caller): StaffActor => ({ name: caller.name, role: caller.role });

  /** With the API token, replies and closes speak as whoever claimed the ticket. */
  async function actorOnTicket(caller: Caller, id: string): Promise<StaffActor> {
    if (caller.via !== 'token') return actorOf(caller);
    const ticket = await handoff.get(id);
    const claimedBy =
      ticket && (ticket.status === 'claimed' || ticket.status === 'closed') ? ticket.claimedBy : undefined;
    return { name: claimedBy ?? caller.name, role: caller.role };
  }

  /** Refuses (403, audited) an action on a clinician-only ticket or one someone else claimed. */
  async function allowedToAct(
    actor: StaffActor,
    id: string,
    action: string,
    res: Response,
  ): Promise<boolean> {
    const ticket = await handoff.get(id);
    if (!ticket) return true; // the service answers 404 itself
    const reason = mayNotActReason(actor, ticket);
    if (!reason) return true;
    await handoff.audit(actor.name, `${action}.denied`, id, { role: actor.role });
    sendError(res, 403, reason);
    return false;
  }

  server.get('/staff/api/tickets', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const statuses = StatusQuery.safeParse((req.query as Record<string, unknown> | undefined)?.status);
    if (!statuses.success)
      return sendError(res, 400, `status: expected one or more of ${TICKET_STATUSES.join(', ')}`);
    const now = clock.now();
    const [tickets, open] = await Promise.all([
      handoff.list(statuses.data as TicketStatus[]),
      handoff.list(['open']),
    ]);
    await handoff.audit(caller.name, 'tickets.list', undefined, { role: caller.role });
    res.json({ tickets: tickets.map((ticket) => summaryView(ticket, caller.role, now, open)) });
  });

  server.get('/staff/api/tickets/:id', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const id = TicketId.safeParse(req.params?.id);
    const ticket = id.success ? await handoff.get(id.data) : undefined;
    if (!ticket) return sendError(res, 404, 'no such ticket');
    const [open, messages] = await Promise.all([handoff.list(['open']), handoff.messagesOf(ticket.id)]);
    await handoff.recordView(ticket.id, actorOf(caller));
    res.json({
      ticket: detailView(
        ticket,
        caller.role,
        clock.now(),
        open,
        messages.map((m) => ({
          id: m.id,
          from: m.from,
          ...(m.author ? { author: m.author } : {}),
          text: m.text,
          at: m.at.toISOString(),
        })),
        deps.healthDetails,
      ),
    });
  });

  server.post('/staff/api/tickets/:id/claim', async (req: Request, res: Response) => {
    noStore(res);
    const body = ClaimBody.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 400, issue(body.error));
    const caller = await authenticate(req, res, body.data);
    if (!caller) return;
    if (caller.via === 'token' && !body.data.staffName)
      return sendError(res, 400, 'staffName: is required with the API token');
    const result = await handoff.claim(String(req.params?.id ?? ''), actorOf(caller));
    if (!result.ok) {
      await handoff.audit(
        caller.name,
        result.refusal === 'not_allowed' ? 'ticket.claim.denied' : 'ticket.claim.failed',
        String(req.params?.id ?? '').slice(0, 100),
        { role: caller.role, status: statusOfRefusal(result.refusal) },
      );
      return sendError(res, statusOfRefusal(result.refusal), result.reason);
    }
    res.json({ ticket: summaryView(result.value, caller.role, clock.now(), await handoff.list(['open'])) });
  });

  server.post('/staff/api/tickets/:id/messages', async (req: Request, res: Response) => {
    noStore(res);
    const body = MessageBody.safeParse(req.body ?? {});
    const caller = await authenticate(req, res);
    if (!caller) return;
    if (!body.success) return sendError(res, 400, issue(body.error));
    const id = String(req.params?.id ?? '');
    const actor = await actorOnTicket(caller, id);
    if (!(await allowedToAct(actor, id, 'ticket.reply', res))) return;
    const result = await handoff.reply(id, actor, body.data.text);
    if (!result.ok) return sendError(res, statusOfRefusal(result.refusal), result.reason);
    res.status(201);
    res.json({
      message: {
        id: result.value.id,
        from: 'staff',
        author: result.value.author,
        text: result.value.text,
        at: result.value.at.toISOString(),
      },
    });
  });

  // The console calls this while a team member writes a reply (at most every few seconds).
  server.post('/staff/api/tickets/:id/typing', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const id = String(req.params?.id ?? '');
    const result = await handoff.typing(id, await actorOnTicket(caller, id));
    if (!result.ok) return sendError(res, statusOfRefusal(result.refusal), result.reason);
    res.status(204);
    res.end();
  });

  server.post('/staff/api/tickets/:id/close', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const id = String(req.params?.id ?? '');
    const actor = await actorOnTicket(caller, id);
    if (!(await allowedToAct(actor, id, 'ticket.close', res))) return;
    const result = await handoff.close(id, actor);
    if (!result.ok) return sendError(res, statusOfRefusal(result.refusal), result.reason);
    res.json({ ticket: summaryView(result.value, caller.role, clock.now(), await handoff.list(['open'])) });
  });

  // --- Clearance references (screening engineer) ---------------------------------------------------
  // The reasons behind a booking card's "Front desk reference", never the health answers (not kept).
  server.get('/staff/api/clearances/:code', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const code = normalizeClearanceCode(String(req.params?.code ?? ''));
    if (!code) return sendError(res, 400, 'code: expected a clearance reference such as CL-7F3K');
    const view = await deps.clearances?.lookup(code);
    if (!view) return sendError(res, 404, 'no screening with this reference (it may have expired)');
    res.json({ clearance: view });
  });

  server.get('/staff/api/bookings', async (req: Request, res: Response) => {
    noStore(res);
    const caller = await authenticate(req, res);
    if (!caller) return;
    await handoff.audit(caller.name, 'bookings.view', undefined, { role: caller.role });
    res.json({ services: await deps.clicks.conversions() });
  });
}
