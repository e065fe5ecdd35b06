import type { Activity } from 'botbuilder';
import { type Reply, replyActivity } from '../../src/conversation/reply';
import { renderForChannel } from '../../src/channels';

const LABELS = { sources: 'Sources' };

/** What reaches the channel: the activity as JSON (the Reply it was made from stays in this process). */
const wire = (activity: Partial<Activity>): Partial<Activity> => JSON.parse(JSON.stringify(activity));

/** The Bot Framework fields a rendered message may carry, nothing of ours beside. */
const ACTIVITY_FIELDS = new Set([
  'type', 'text', 'textFormat', 'inputHint', 'suggestedActions', 'attachments', 'attachmentLayout', 'summary', 'channelData', 'from',
]);

/** The same replies every channel gets: an answer with sources and a note, a choice, and a plain sentence. */
const REPLIES: Record<string, Reply> = {
  'an answer with sources, a note and follow-ups': {
    text: 'MLD is a gentle massage.\n\nIt moves fluid towards working lymph nodes.',
    sources: [
      { title: 'Lymphoedema', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/lymphoedema/' },
      {
        title: 'Lymphedema [PDQ]',
        publisher: 'NCI',
        url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/lymphedema',
      },
    ],
    note: 'Good to know: the research behind this is limited.',
    choices: [
      { label: 'Tell me more', value: 'Tell me more' },
      { label: 'What happens during a session?', value: 'what happens during a lymphatic drainage session' },
    ],
    kind: 'answer',
  },
  'a question with choices': {
    text: 'I want to get this right. Did you mean one of these?',
    choices: [
      { label: 'Aftercare', value: 'what should i do after a session' },
      { label: 'Before a session', value: 'how do i prepare' },
    ],
  },
  'a plain sentence': { text: "You're welcome. Is there anything else I can help with?" },
};

const CHANNELS = ['webchat', 'directline', 'msteams', 'slack', 'emulator', 'some-new-channel'];

const render = (reply: Reply, channel: string) => wire(renderForChannel(replyActivity(reply), channel, LABELS));

/** Channels whose rendering is their own; the others borrow one of these (asserted below). */
const DISTINCT_CHANNELS = ['webchat', 'msteams', 'slack', 'emulator'];

describe('rendering one reply per channel', () => {
  // Snapshots only where the output is rich and differs by channel: cards, Block Kit, suggested actions.
  for (const name of ['an answer with sources, a note and follow-ups', 'a question with choices']) {
    for (const channel of DISTINCT_CHANNELS) {
      it(`renders ${name} for ${channel}`, () => {
        expect(render(REPLIES[name]!, channel)).toMatchSnapshot();
      });
    }
  }

  it.each(Object.keys(REPLIES))(
    'renders %s for Direct Line as for the web chat (the web chat talks Direct Line)',
    (name) => {
      expect(render(REPLIES[name]!, 'directline')).toEqual(render(REPLIES[name]!, 'webchat'));
    },
  );

  it.each(Object.keys(REPLIES))(
    'renders %s for a channel it does not know as for the Emulator (plain text and buttons)',
    (name) => {
      expect(render(REPLIES[name]!, 'some-new-channel')).toEqual(render(REPLIES[name]!, 'emulator'));
    },
  );

  it.each(CHANNELS.filter((channel) => channel !== 'slack'))(
    'sends a plain sentence to %s as the sentence alone',
    (channel) => {
      const sentence = REPLIES['a plain sentence']!.text;
      expect(render(REPLIES['a plain sentence']!, channel)).toEqual({
        type: 'message',
        text: sentence,
        textFormat: 'markdown',
        inputHint: 'acceptingInput',
      });
    },
  );

  it('sends a plain sentence to Slack as the sentence and one mrkdwn section holding it', () => {
    const sentence = REPLIES['a plain sentence']!.text;
    expect(render(REPLIES['a plain sentence']!, 'slack')).toEqual({
      type: 'message',
      text: sentence,
      textFormat: 'markdown',
      inputHint: 'acceptingInput',
      channelData: {
        text: sentence,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: sentence } }],
      },
    });
  });

  it.each(CHANNELS)('sends %s nothing but Bot Framework fields', (channel) => {
    for (const reply of Object.values(REPLIES)) {
      const activity = wire(renderForChannel(replyActivity(reply), channel, LABELS));
      expect(Object.keys(activity).filter((key) => !ACTIVITY_FIELDS.has(key))).toEqual([]);
    }
  });

  it('keeps channelData that is not ours', () => {
    const activity = replyActivity(REPLIES['a plain sentence']!);
    activity.channelData = { notification: { alert: true } };
    expect(renderForChannel(activity, 'msteams', LABELS).channelData).toEqual({
      notification: { alert: true },
    });
  });

  it('leaves activities without a Reply alone', () => {
    const typing: Partial<Activity> = { type: 'typing' };
    expect(renderForChannel(typing, 'webchat', LABELS)).toEqual({ type: 'typing' });
  });

  it('gives Web Chat an Adaptive Card 1.5 with the source links, and keeps suggested actions', () => {
    const activity = renderForChannel(
      replyActivity(REPLIES['an answer with sources, a note and follow-ups']!),
      'webchat',
      LABELS,
    );
    const card = activity.attachments?.[0]?.content as { version: string; body: unknown[] };
    expect(activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card.body)).toContain('(https://www.nhs.uk/conditions/lymphoedema/)');
    expect(activity.suggestedActions?.actions).toHaveLength(2);
    expect(activity.text).toBeUndefined();
  });

  it('gives Teams card buttons that post the choice back as a message, and no suggested actions', () => {
    const activity = renderForChannel(replyActivity(REPLIES['a question with choices']!), 'msteams', LABELS);
    const card = activity.attachments?.[0]?.content as { actions: Array<{ type: string; data: unknown }> };
    expect(activity.suggestedActions).toBeUndefined();
    expect(card.actions[0]).toEqual({
      type: 'Action.Submit',
      title: 'Aftercare',
      data: {
        msteams: { type: 'messageBack', text: 'what should i do after a session', displayText: 'Aftercare' },
      },
    });
  });

  it('gives Slack Block Kit with mrkdwn links and buttons, never an Adaptive Card', () => {
    const activity = renderForChannel(
      replyActivity(REPLIES['an answer with sources, a note and follow-ups']!),
      'slack',
      LABELS,
    );
    const blocks = (activity.channelData as { blocks: Array<{ type: string }> }).blocks;
    expect(blocks.map((block) => block.type)).toEqual(['section', 'context', 'actions']);
    expect(activity.text).toContain('<https://www.nhs.uk/conditions/lymphoedema/|Lymphoedema> (NHS)');
    expect(activity.attachments).toBeUndefined();
    expect(activity.suggestedActions).toBeUndefined();
  });

  it('escapes Slack control characters and converts Markdown links', () => {
    const activity = renderForChannel(
      replyActivity({ text: 'A & B <c> see [NHS](https://www.nhs.uk/) **now**' }),
      'slack',
      LABELS,
    );
    expect(activity.text).toBe('A &amp; B &lt;c&gt; see <https://www.nhs.uk/|NHS> *now*');
  });

  it('splits Slack text longer than a section holds', () => {
    const long = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} ${'word '.repeat(15)}`).join('\n');
    const activity = renderForChannel(replyActivity({ text: long }), 'slack', LABELS);
    const sections = (activity.channelData as { blocks: Array<{ type: string; text: { text: string } }> })
      .blocks;
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.text.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('how a team member and the service cards look per channel', () => {
  const staffMessage = () => {
    const activity = replyActivity({ text: 'Clara: Hello, I am here.', asTyped: true });
    activity.channelData = {
      lymphPerson: { name: 'Clara', role: 'Clinician', initials: 'CL', text: 'Hello, I am here.' },
    };
    activity.from = { id: 'lymph', name: 'Willow Lymphatic Studio assistant', role: 'bot' };
    return activity;
  };

  it('gives the web chat the words alone, with who wrote them beside, for the frame to show', () => {
    const out = renderForChannel(staffMessage(), 'directline', LABELS);
    expect(out.text).toBe('Hello, I am here.');
    expect(out.channelData).toEqual({ lymphPerson: { name: 'Clara', role: 'Clinician', initials: 'CL' } });
    expect(out.from).toEqual({ id: 'lymph', name: 'Clara', role: 'bot' });
  });

  it('keeps "Name: words" on other channels, which never see our look', () => {
    for (const channel of ['msteams', 'emulator']) {
      const out = renderForChannel(staffMessage(), channel, LABELS);
      expect(String(out.text ?? JSON.stringify(out.attachments))).toContain('Clara: Hello, I am here.');
      expect(out.channelData).toBeUndefined();
    }
  });

  const offer: Reply = {
    text: 'These suit you:',
    cards: [
      {
        title: 'Lymphatic drainage massage, 60 minutes',
        details: '60 min · $120',
        lines: ['Gentle full-body massage.'],
        label: 'Book',
        accessibleName: 'Book Lymphatic drainage massage, 60 minutes',
        url: 'https://chat.example/book/mld-60?c=abc',
      },
    ],
  };
  const serviceCards = () => replyActivity(offer);
  const heroCarousel: Partial<Activity> = {
    type: 'message',
    text: 'These suit you:',
    inputHint: 'acceptingInput',
    attachmentLayout: 'carousel',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.hero',
        content: {
          title: 'Lymphatic drainage massage, 60 minutes',
          text: '60 min · $120\n\nGentle full-body massage.',
          buttons: [
            {
              type: 'openUrl',
              title: 'Book',
              value: 'https://chat.example/book/mld-60?c=abc',
              text: 'Book Lymphatic drainage massage, 60 minutes',
            },
          ],
        },
      },
    ],
  };

  it('turns the service carousel into stacked service cards for the web chat, named in full', () => {
    const out = renderForChannel(serviceCards(), 'webchat', LABELS);
    expect(out.attachmentLayout).toBe('list');
    expect(out.attachments).toEqual([
      {
        contentType: 'application/vnd.lymph.service-card+json',
        content: {
          title: 'Lymphatic drainage massage, 60 minutes',
          details: '60 min · $120',
          lines: ['Gentle full-body massage.'],
          label: 'Book',
          accessibleName: 'Book Lymphatic drainage massage, 60 minutes',
          url: 'https://chat.example/book/mld-60?c=abc',
        },
      },
    ]);
  });

  it.each(['msteams', 'slack', 'emulator'])('gives %s the hero card carousel every channel shows', (channel) => {
    expect(wire(renderForChannel(serviceCards(), channel, LABELS))).toEqual(wire(heroCarousel));
  });
});
