import { type Reply, replyActivity } from '../../src/conversation/reply';
import { renderForChannel } from '../../src/channels';
import { messages, spa } from '../helpers/dialog-deps';
import { redFlagContent } from '../helpers/screening';

const LABELS = { sources: 'Sources' };
const person = messages.text('choice_talk_to_human');
const URGENT: Reply = {
  text: redFlagContent.flags.find((f) => f.id === 'chest_or_breathing')!.advice,
  kind: 'urgent',
  choices: [{ label: person, value: person }],
  call: { label: messages.text('safety_call_emergency'), number: spa.emergencyNumber },
};

const render = (channel: string) => renderForChannel(replyActivity(URGENT), channel, LABELS);
interface CardJson {
  body: { type: string; style?: string; items: { text: string }[] }[];
  actions: Record<string, unknown>[];
}
const card = (channel: string) => (render(channel).attachments?.[0]?.content ?? {}) as CardJson;

describe('the urgent reply looks urgent on every channel', () => {
  it.each(['webchat', 'directline', 'msteams'])('%s: an attention card with the advice and a tap-to-call button', (channel) => {
    const c = card(channel);
    expect(c.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(c.body[0]!.items.map((b) => b.text).join('\n\n')).toBe(URGENT.text);
    expect(c.actions[0]).toMatchObject({
      type: 'Action.OpenUrl',
      title: messages.text('safety_call_emergency'),
      url: `tel:${spa.emergencyNumber}`,
    });
  });

  it('msteams: a button to talk to a person that sends the request as a message', () => {
    expect(card('msteams').actions[1]).toMatchObject({
      title: person,
      data: { msteams: { type: 'messageBack', text: person } },
    });
  });

  it('webchat: the person button stays a suggested action', () => {
    expect(render('webchat').suggestedActions?.actions.map((a) => a.value)).toEqual([person]);
  });

  it('slack: a siren, the advice, a red call button with a tel: link and a person button', () => {
    type Block = { type: string; block_id?: string; elements: Record<string, unknown>[] };
    const blocks = (render('slack').channelData as { blocks: Block[] }).blocks;
    expect(blocks[0]).toMatchObject({ type: 'context' });
    const call = blocks.find((b) => b.block_id === 'lymph_call');
    expect(call?.elements[0]).toMatchObject({ style: 'danger', url: `tel:${spa.emergencyNumber}` });
    const choices = blocks.find((b) => b.block_id === 'lymph_choices');
    expect(choices?.elements[0]?.value).toBe(person);
  });

  it('emulator and other channels: the advice as text with the number in it, and the person button', () => {
    const activity = render('emulator');
    expect(activity.text).toBe(URGENT.text);
    expect(activity.text).toContain(spa.emergencyNumber);
    expect(activity.suggestedActions?.actions.map((a) => a.value)).toEqual([person]);
  });
});
