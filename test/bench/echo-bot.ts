/**
 * The ceiling for `npm run bench`: a bare botbuilder echo bot on the same restify stack as Lymph
 * (src/http/server.ts: same body parsing and limits) and a CloudAdapter in local mode. Prints "LISTENING <port>".
 */
import type { AddressInfo } from 'node:net';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Request, Response } from 'restify';
import { createHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/log';

const logger = createLogger({ level: 'warn', logMessageText: false });
const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions),
);
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}
const bot = new EchoBot();
const { server } = createHttpServer({ maxBodyBytes: 262_144, logger });
server.post('/api/messages', async (req: Request, res: Response) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
