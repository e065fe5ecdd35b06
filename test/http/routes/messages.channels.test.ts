import { messages } from '../../helpers/dialog-deps';
import { LocalConnector } from '../../helpers/local-connector';
import { type RunningApp, startTestApp } from '../../helpers/test-app';

const BOT = { id: '28:lymph-bot', name: 'Willow' };
let sequence = 0;

/** Posts an activity the way Azure Bot Service delivers one from a channel, replies going to the connector. */
function activity(connector: LocalConnector, channelId: string, fields: Record<string, unknown>) {
  sequence++;
  return {
    id: `act-${sequence}`,
    channelId,
    serviceUrl: connector.url,
    conversation: { id: `${channelId}-conv-${sequence}`, conversationType: 'personal' },
    from: { id: `29:user-${sequence}`, name: 'Sam' },
    recipient: BOT,
    timestamp: new Date().toISOString(),
    ...fields,
  } as Record<string, unknown> & { conversation: { id: string } };
}

describe('channels through /api/messages', () => {
  const connector = new LocalConnector();
  let running: RunningApp;

  beforeAll(async () => {
    await connector.start();
    running = await startTestApp();
  });
  afterAll(async () => {
    await running.close();
    await connector.stop();
  });

  async function send(body: Record<string, unknown> & { conversation: { id: string } }) {
    const before = connector.messagesTo(body.conversation.id).length;
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return connector.messagesTo(body.conversation.id).slice(before);
  }

  const cardText = (reply: Record<string, unknown>) =>
    JSON.stringify((reply.attachments as unknown[] | undefined) ?? []);

  describe('Microsoft Teams', () => {
    it('welcomes someone who installs the app for themselves, with card buttons', async () => {
      const replies = await send(
        activity(connector, 'msteams', { type: 'installationUpdate', action: 'add' }),
      );
      expect(replies).toHaveLength(1);
      expect(cardText(replies[0]!)).toContain(JSON.stringify(messages.text('welcome')).slice(1, -1));
      expect(cardText(replies[0]!)).toContain('messageBack');
      expect(replies[0]!.suggestedActions).toBeUndefined();
    });

    it.each([
      ['an upgrade', { action: 'add-upgrade' }],
      [
        'an install in a team',
        { action: 'add', conversation: { id: 'team-conv', conversationType: 'channel' } },
      ],
      ['an uninstall', { action: 'remove' }],
    ])('does not welcome on %s', async (_name, fields) => {
      expect(await send(activity(connector, 'msteams', { type: 'installationUpdate', ...fields }))).toEqual(
        [],
      );
    });

    it('does not welcome twice: the personal conversationUpdate names only the bot', async () => {
      const replies = await send(
        activity(connector, 'msteams', { type: 'conversationUpdate', membersAdded: [BOT] }),
      );
      expect(replies).toEqual([]);
    });

    it('answers a question @mentioning the bot in a channel, without the mention getting in the way', async () => {
      const replies = await send(
        activity(connector, 'msteams', {
          type: 'message',
          conversation: { id: 'team-channel-1', conversationType: 'channel', isGroup: true },
          // With the mention left in, this exact question falls to "I don't have a reliable answer".
          text: '<at>Willow</at> what is MLD?',
          entities: [{ type: 'mention', text: '<at>Willow</at>', mentioned: BOT }],
        }),
      );
      expect(replies).toHaveLength(1);
      const card = cardText(replies[0]!);
      expect(card).toContain('application/vnd.microsoft.card.adaptive');
      expect(card).toMatch(/\]\(https:\/\//);
      expect(card).not.toContain(messages.text('kb_unknown').slice(0, 40));
    });
  });

  describe('Slack', () => {
    it('gets Block Kit with the source links, and no Adaptive Card', async () => {
      const [reply] = await send(
        activity(connector, 'slack', { type: 'message', text: 'what is lymphatic drainage?' }),
      );
      const blocks = (reply!.channelData as { blocks: Array<{ type: string }> }).blocks;
      expect(blocks.map((block) => block.type)).toContain('context');
      expect(String(reply!.text)).toMatch(/<https:\/\/[^|]+\|[^>]+>/);
      expect(reply!.attachments).toBeUndefined();
    });
  });

  describe('the Emulator', () => {
    it('gets Markdown text with suggested actions, and nothing internal', async () => {
      const [reply] = await send(
        activity(connector, 'emulator', { type: 'message', text: 'what is lymphatic drainage?' }),
      );
      expect(String(reply!.text)).toMatch(/\[[^\]]+\]\(https:\/\//);
      expect(reply!.suggestedActions).toBeDefined();
      expect(reply!.channelData).toBeUndefined();
    });
  });
});
