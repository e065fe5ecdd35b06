import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import type { StaffRole } from '../../staff/roles';
import type { Logger } from '../../log';
import { HOLD_LIFTED_FLAG } from '../../screening/safety-holds';
import type { ScreeningRecordRepository } from '../../screening/screening-records';
import { sendError } from '../errors';

const DAY_MS = 86_400_000;
/** How far back the console's list of urgent events reaches, and how many it shows. */
const EVENTS_DAYS = 30;
const EVENTS_LIMIT = 200;

const ConversationId = z.string().trim().min(1).max(200);

export interface StaffSafetyDependencies {
  authenticate(req: Request, res: Response): Promise<{ name: string; role: StaffRole } | undefined>;
  records: Pick<ScreeningRecordRepository, 'recentSafetyEvents' | 'recordSafetyEvent'>;
  audit(actor: string, action: string, ticketId?: string, detail?: Record<string, string | number | boolean>): Promise<void>;
  clock: Clock;
  logger: Logger;
}

/**
 * The staff console's safety section:
 * - GET /staff/api/safety-events: every urgent answer of the last 30 days (flag, time, channel,
 *   conversation; never the message), newest first, with holds a clinician lifted. Any staff role.
 * - POST /staff/api/safety-events/:conversationId/lift: a clinician lifts the conversation's safety
 *   holds (recorded as a `hold_lifted` event, so it is durable and goes with "delete my data"), with an
 *   audit line. Other roles get 403.
 */
export function registerStaffSafetyRoutes(server: Server, deps: StaffSafetyDependencies): void {
  server.get('/staff/api/safety-events', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    const since = new Date(deps.clock.now().getTime() - EVENTS_DAYS * DAY_MS);
    const events = await deps.records.recentSafetyEvents(since, EVENTS_LIMIT);
    res.json({
      events: events.map((e) => ({
        conversationId: e.conversationId,
        flagId: e.flagId,
        at: e.at.toISOString(),
        channel: e.channelId ?? null,
        lifted: e.flagId === HOLD_LIFTED_FLAG,
      })),
    });
  });

  server.post('/staff/api/safety-events/:conversationId/lift', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const caller = await deps.authenticate(req, res);
    if (!caller) return;
    if (caller.role !== 'clinician') return sendError(res, 403, 'only a clinician can lift a safety hold');
    const id = ConversationId.safeParse(req.params?.conversationId);
    if (!id.success) return sendError(res, 400, 'conversationId: is required');
    const at = deps.clock.now();
    await deps.records.recordSafetyEvent({ conversationId: id.data, flagId: HOLD_LIFTED_FLAG, at });
    await deps.audit(caller.name, 'safety.hold_lift', undefined, { conversationId: id.data });
    deps.logger.info({ conversationId: id.data, staff: caller.name }, 'safety hold lifted by a clinician');
    res.json({ lifted: { conversationId: id.data, at: at.toISOString() } });
  });
}
