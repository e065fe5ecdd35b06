import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { startTestApp } from '../helpers/test-app';
import { API_TOKEN, eventually, openClock } from '../helpers/staff-api';

/**
 * A local stand-in for a Teams or Slack incoming webhook: records bodies, answers with `status`. It holds
 * every answer until `answer()` is called, so a test can see what happens while a webhook has not answered.
 */
async function receiver(status: number): Promise<{ url: string; bodies: any[]; answer(): void; close(): Promise<void> }> {
  const bodies: any[] = [];
  let answer!: () => void;
  const answering = new Promise<void>((resolve) => {
    answer = resolve;
  });
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      bodies.push(JSON.parse(body));
      await answering;
      res.writeHead(status);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    bodies,
    answer,
    close: () => {
      answer();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('Teams and Slack notifications for new tickets', () => {
  it('post a card and a message, retry a failing webhook, and never hold up the person', async () => {
    const connector = new LocalConnector();
    await connector.start();
    const teams = await receiver(200);
    const slack = await receiver(500);
    const clock = openClock();
    const running = await startTestApp({
      clock,
      env: {
        STAFF_API_TOKEN: API_TOKEN,
        TEAMS_WEBHOOK_URL: teams.url,
        SLACK_WEBHOOK_URL: slack.url,
        PUBLIC_URL: 'https://chat.willow.example',
      },
    });
    try {
      const user = new EmulatorUser(running.url, connector);
      await user.say('i was told I have lymphedema in my arm');
      // Neither webhook has answered yet, and the person is answered all the same: the turn does not wait
      // for them (nor for the failing one's retries).
      expect(await user.say('can i talk to a real person please')).not.toEqual([]);
      teams.answer();
      slack.answer();

      await eventually(() => expect(teams.bodies).toHaveLength(1));
      const card = teams.bodies[0].attachments[0].content;
      expect(card.type).toBe('AdaptiveCard');
      expect(card.actions[0].url).toMatch(/^https:\/\/chat\.willow\.example\/staff\/#ticket=/);
      expect(JSON.stringify(card)).toContain('Asked for a person');
      // No health details in a team channel.
      expect(JSON.stringify(teams.bodies)).not.toMatch(/lymphedema/i);

      await eventually(() => expect(slack.bodies).toHaveLength(3), 5000);
      expect(slack.bodies[0].blocks.at(-1).elements[0].url).toMatch(/\/staff\/#ticket=/);

      // Not taken within HANDOFF_TARGET_MINUTES: notified again.
      clock.advance(11 * 60_000);
      await running.app.sweepHandoff();
      await eventually(() => expect(teams.bodies).toHaveLength(2));
      expect(JSON.stringify(teams.bodies[1])).toContain('Still waiting');
    } finally {
      await running.close();
      await teams.close();
      await slack.close();
      await connector.stop();
    }
  });
});
