import type { CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { LymphBot } from '../../bot/lymph-bot';
import { describeIssue, IncomingActivitySchema } from '../activity-schema';
import { sendError } from '../errors';

/** POST /api/messages: the Bot Framework messaging endpoint (Azure Bot Service, Emulator, Direct Line). */
export function registerMessagesRoute(server: Server, adapter: CloudAdapter, bot: LymphBot): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, `invalid activity: ${describeIssue(parsed.error)}`);
    await adapter.process(req, res, (context) => bot.run(context));
  });
}
