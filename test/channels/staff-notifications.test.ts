import type { TicketNotice } from '../../src/handoff/handoff-service';
import { slackPayload, teamsPayload } from '../../src/channels/staff-notifications';
import { type PostJson, WebhookNotifier } from '../../src/channels/webhook-notifier';

const notice: TicketNotice = {
  title: 'New request for the team',
  summary: 'Complaint · Live chat · 2 waiting <b>',
  facts: [{ title: 'Channel', value: 'webchat' }],
  consoleUrl: 'https://chat.example.com/staff/#ticket=t1',
  openLabel: 'Open the staff console',
};

describe('ticket notifications', () => {
  it('are an Adaptive Card for Teams with a console button', () => {
    const payload = teamsPayload(notice) as any;
    const card = payload.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the staff console', url: notice.consoleUrl }]);
    expect(JSON.stringify(payload)).toContain('webchat');
  });

  it('are Block Kit for Slack, with markup escaped', () => {
    const payload = slackPayload(notice) as any;
    expect(payload.text).toContain('&lt;b&gt;');
    expect(payload.blocks.at(-1).elements[0].url).toBe(notice.consoleUrl);
  });

  it('retry a failing webhook, give up after the attempts, and never block the caller', async () => {
    const calls: string[] = [];
    let failures = 0;
    const post: PostJson = async (url) => {
      calls.push(url);
      if (url.includes('flaky') && calls.filter((u) => u === url).length < 2) return { ok: false, status: 503 };
      if (url.includes('down')) return { ok: false, status: 500 };
      return { ok: true, status: 200 };
    };
    const notifier = new WebhookNotifier({
      targets: [
        { kind: 'teams', url: 'https://flaky.example/hook' },
        { kind: 'slack', url: 'https://down.example/hook' },
      ],
      post,
      attempts: 3,
      backoffMs: 5,
      onGiveUp: () => failures++,
    });
    notifier.notify(notice);
    expect(calls.length).toBeLessThanOrEqual(2);
    await notifier.drain();
    expect(calls.filter((u) => u.includes('flaky'))).toHaveLength(2);
    expect(calls.filter((u) => u.includes('down'))).toHaveLength(3);
    expect(failures).toBe(1);
  });

  it('does not retry a webhook that answers 404', async () => {
    let calls = 0;
    const notifier = new WebhookNotifier({
      targets: [{ kind: 'slack', url: 'https://gone.example' }],
      post: async () => {
        calls++;
        return { ok: false, status: 404 };
      },
      backoffMs: 1,
    });
    notifier.notify(notice);
    await notifier.drain();
    expect(calls).toBe(1);
  });
});
