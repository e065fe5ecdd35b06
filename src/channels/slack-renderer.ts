import type { Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';
import { telUrl } from './adaptive-card';
import type { RenderLabels } from './render-labels';

/** Slack's limits: a section's text, a button's label and value, and buttons in one actions block. */
const SECTION_MAX = 3000;
const BUTTON_LABEL_MAX = 75;
const BUTTON_VALUE_MAX = 2000;
const BUTTONS_MAX = 25;

type Block = Record<string, unknown>;

/**
 * Slack renders no Adaptive Cards. Azure Bot Service's Slack channel passes a Block Kit message in
 * channelData through as it is: sections for the text, a context line with the source links and the note,
 * and an actions block of buttons whose value comes back as the message. The activity text is the same
 * reply in Slack's mrkdwn (links as <url|label>), used for notifications and by clients without blocks.
 */
export function renderForSlack(
  activity: Partial<Activity>,
  reply: Reply,
  labels: RenderLabels,
): Partial<Activity> {
  const blocks: Block[] = chunks(toMrkdwn(reply.text), SECTION_MAX).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
  const sources = sourcesLine(reply, labels);
  const context = [sources, reply.note ? `_${reply.note}_` : undefined].filter(
    (line): line is string => !!line,
  );
  if (context.length > 0) {
    blocks.push({ type: 'context', elements: context.map((text) => ({ type: 'mrkdwn', text })) });
  }
  if (reply.kind === 'urgent') {
    // Slack has no attention colour for blocks: a siren marks the advice, and the call button is red.
    blocks.unshift({ type: 'context', elements: [{ type: 'mrkdwn', text: ':rotating_light:' }] });
  }
  if (reply.call) {
    blocks.push({
      type: 'actions',
      block_id: 'lymph_call',
      elements: [
        {
          type: 'button',
          action_id: 'lymph_call',
          style: 'danger',
          text: { type: 'plain_text', text: truncate(reply.call.label, BUTTON_LABEL_MAX), emoji: false },
          url: telUrl(reply.call.number),
        },
      ],
    });
  }
  if (reply.choices && reply.choices.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'lymph_choices',
      elements: reply.choices.slice(0, BUTTONS_MAX).map((choice, index) => ({
        type: 'button',
        action_id: `lymph_choice_${index}`,
        text: { type: 'plain_text', text: truncate(choice.label, BUTTON_LABEL_MAX), emoji: false },
        value: truncate(choice.value, BUTTON_VALUE_MAX),
      })),
    });
  }
  const fallback = [toMrkdwn(reply.text), sources, reply.note ? `_${reply.note}_` : undefined]
    .filter(Boolean)
    .join('\n\n');
  activity.text = fallback;
  activity.textFormat = 'markdown';
  activity.channelData = { ...(activity.channelData as object | undefined), text: fallback, blocks };
  delete activity.suggestedActions;
  return activity;
}

function sourcesLine(reply: Reply, labels: RenderLabels): string | undefined {
  if (!reply.sources || reply.sources.length === 0) return undefined;
  const links = reply.sources.map(
    (source) => `<${source.url}|${escapeMrkdwn(source.title)}> (${escapeMrkdwn(source.publisher)})`,
  );
  return `*${escapeMrkdwn(labels.sources)}:* ${links.join(' · ')}`;
}

/** Markdown as the dialogs write it → Slack mrkdwn: **bold** → *bold*, [label](url) → <url|label>. */
export function toMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(
      /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g,
      (_whole, label: string, url: string) => `<${url}|${label}>`,
    )
    .replace(/\*\*([^*]+)\*\*/g, '*$1*');
}

/** Slack treats &, < and > as control characters in mrkdwn. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf('\n', max) > max / 2 ? rest.lastIndexOf('\n', max) : max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n+/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}
