import {
  type Activity,
  type ConversationReference,
  ConversationState,
  MemoryStorage,
  TestAdapter,
} from 'botbuilder';
import { ConfirmPrompt, type DialogState, DialogSet, DialogTurnStatus, ListStyle } from 'botbuilder-dialogs';
import { renderForChannel } from '../../src/channels';
import { promptActivity, type Reply, replyActivity, say } from '../../src/conversation/reply';
import { channelRendering, messages } from '../helpers/dialog-deps';

const LABELS = { sources: messages.text('kb_sources') };

/** An answer with everything a Reply can carry but cards: sources, a note and follow-up choices. */
const ANSWER: Reply = {
  text: 'MLD is a gentle massage.',
  sources: [{ title: 'Lymphoedema', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/lymphoedema/' }],
  note: 'Good to know: the research behind this is limited.',
  choices: [{ label: 'Tell me more', value: 'Tell me more' }],
  kind: 'answer',
};

const wire = (activity: Partial<Activity>): Partial<Activity> => JSON.parse(JSON.stringify(activity));

/** Everything a bot that says `reply` sends on `channelId`, as the channel receives it. */
async function sent(channelId: string, reply: Reply, rendering = true): Promise<Partial<Activity>[]> {
  const reference = { ...TestAdapter.createConversation('reply-path'), channelId } as ConversationReference;
  const adapter = new TestAdapter(reference);
  if (rendering) adapter.use(channelRendering());
  await adapter.processActivity({ type: 'message', text: 'hi' }, (context) => say(context, reply));
  return adapter.activeQueue.splice(0).map(wire);
}

describe('one path for a reply', () => {
  it('leaves the look to the channels: what a dialog says carries no words or cards of its own', async () => {
    const unrendered = await sent('webchat', ANSWER, false);
    expect(unrendered).toHaveLength(1);
    expect(unrendered[0]?.type).toBe('message');
    expect(unrendered[0]?.text).toBeUndefined();
    expect(unrendered[0]?.attachments).toBeUndefined();
    expect(unrendered[0]?.suggestedActions).toBeUndefined();
  });

  it.each(['webchat', 'msteams', 'slack', 'emulator'])(
    '%s gets the same Reply as one activity, rendered once for that channel',
    async (channel) => {
      const received = await sent(channel, ANSWER);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject(wire(renderForChannel(replyActivity(ANSWER), channel, LABELS)));
    },
  );

  it('gives each channel its own look for the same Reply', async () => {
    const [webchat] = await sent('webchat', ANSWER);
    const [teams] = await sent('msteams', ANSWER);
    const [slack] = await sent('slack', ANSWER);
    const [emulator] = await sent('emulator', ANSWER);
    expect(webchat?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(webchat?.suggestedActions?.actions.map((a) => a.value)).toEqual(['Tell me more']);
    expect(teams?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams?.suggestedActions).toBeUndefined();
    const blocks = (slack?.channelData as { blocks?: unknown[] } | undefined)?.blocks ?? [];
    expect(blocks.length).toBeGreaterThan(0);
    // The Emulator (and any channel without a renderer) gets the plain default: Markdown with the links.
    expect(emulator?.text).toBe(
      `MLD is a gentle massage.\n\n${LABELS.sources}: [NHS](https://www.nhs.uk/conditions/lymphoedema/)\n\n_Good to know: the research behind this is limited._`,
    );
    expect(emulator?.suggestedActions?.actions.map((a) => a.value)).toEqual(['Tell me more']);
  });

  it('sends service cards through the same path: our cards on the web chat, hero cards elsewhere', async () => {
    const offer: Reply = {
      text: messages.text('booking_cards_intro'),
      cards: [
        {
          title: 'Facial lymphatic drainage',
          details: '45 min · $90',
          lines: ['Gentle face and neck.'],
          label: 'Book',
          accessibleName: 'Book Facial lymphatic drainage',
          url: 'https://chat.example/book/facial-mld?c=r1',
        },
      ],
    };
    const [webchat] = await sent('webchat', offer);
    expect(webchat?.attachments?.map((a) => a.contentType)).toEqual([
      'application/vnd.lymph.service-card+json',
    ]);
    for (const channel of ['msteams', 'slack', 'emulator']) {
      const [activity] = await sent(channel, offer);
      expect(activity?.attachments?.map((a) => a.contentType)).toEqual([
        'application/vnd.microsoft.card.hero',
      ]);
      expect(activity?.text).toBe(messages.text('booking_cards_intro'));
    }
  });
});

describe("a botbuilder prompt's buttons on every channel", () => {
  /** A yes/no question asked by botbuilder's own ConfirmPrompt (as the delete-data and hand-off dialogs ask). */
  async function confirmTurns(channelId: string) {
    const reference = {
      ...TestAdapter.createConversation('prompt-buttons'),
      channelId,
    } as ConversationReference;
    const adapter = new TestAdapter(reference);
    adapter.use(channelRendering());
    const conversationState = new ConversationState(new MemoryStorage());
    const dialogState = conversationState.createProperty<DialogState>('dialogState');
    const dialogs = new DialogSet(dialogState);
    const prompt = new ConfirmPrompt('confirm', undefined, 'en-us');
    prompt.style = ListStyle.suggestedAction;
    dialogs.add(prompt);
    const answers: unknown[] = [];
    const turn = async (text: string) => {
      await adapter.processActivity({ type: 'message', text }, async (context) => {
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) {
          await dc.prompt('confirm', { prompt: promptActivity('Delete everything you told me?') });
        } else if (result.status === DialogTurnStatus.complete) answers.push(result.result);
        await conversationState.saveChanges(context);
      });
      return adapter.activeQueue.splice(0).map(wire);
    };
    return { turn, answers };
  }

  it('gives Teams card buttons for Yes and No that send their word back, and the press answers the prompt', async () => {
    const { turn, answers } = await confirmTurns('msteams');
    const [question] = await turn('delete my data');
    const card = question?.attachments?.[0]?.content as { actions?: { title: string; data: unknown }[] };
    expect(question?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.actions?.map((action) => action.title)).toEqual(['Yes', 'No']);
    expect(card.actions?.[1]?.data).toEqual({
      msteams: { type: 'messageBack', text: 'No', displayText: 'No' },
    });
    expect(question?.summary).toBe('Delete everything you told me?');
    await turn('No');
    expect(answers).toEqual([false]);
  });

  it('gives Slack buttons for Yes and No', async () => {
    const { turn } = await confirmTurns('slack');
    const [question] = await turn('delete my data');
    const channelData = question?.channelData as {
      blocks?: { type: string; elements?: { value: string }[] }[];
    };
    const blocks = channelData?.blocks ?? [];
    expect(blocks.find((block) => block.type === 'actions')?.elements?.map((button) => button.value)).toEqual(
      ['Yes', 'No'],
    );
  });

  it('keeps the suggested actions Web Chat shows above the send box', async () => {
    const { turn } = await confirmTurns('webchat');
    const [question] = await turn('delete my data');
    expect(question?.text).toBe('Delete everything you told me?');
    expect(question?.suggestedActions?.actions.map((action) => action.value)).toEqual(['Yes', 'No']);
    expect(question?.attachments ?? []).toHaveLength(0);
  });
});
