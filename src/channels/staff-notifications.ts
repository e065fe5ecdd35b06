import type { TicketNotice } from '../handoff/handoff-service';

/** An incoming-webhook message for Microsoft Teams carrying one Adaptive Card. */
export function teamsPayload(notice: TicketNotice): Record<string, unknown> {
  return {
    type: 'message',
    summary: notice.title,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: notice.title, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: notice.summary, wrap: true },
            { type: 'FactSet', facts: notice.facts.map((f) => ({ title: f.title, value: f.value })) },
          ],
          actions: [{ type: 'Action.OpenUrl', title: notice.openLabel, url: notice.consoleUrl }],
        },
      },
    ],
  };
}

/** Slack mrkdwn treats &, < and > as markup. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An incoming-webhook message for Slack: a fallback text line and Block Kit blocks with a console button. */
export function slackPayload(notice: TicketNotice): Record<string, unknown> {
  const facts = notice.facts.map((f) => `*${slackEscape(f.title)}:* ${slackEscape(f.value)}`).join('\n');
  return {
    text: slackEscape(`${notice.title}: ${notice.summary}`),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: notice.title.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: `${slackEscape(notice.summary)}\n${facts}` } },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: notice.openLabel }, url: notice.consoleUrl },
        ],
      },
    ],
  };
}
