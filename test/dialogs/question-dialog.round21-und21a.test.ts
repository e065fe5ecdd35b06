import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/main-dialog';
import { QuestionDialog } from '../../dialogs/question-dialog';
import { channelRendering, dialogDependencies, messages, realQuestionAnswering } from '../helpers/dialog-deps';

/**
 * Round 21 (und21a): what a person sees when the knowledge base declines (a medicine's dose or a choice between
 * medicines, a diagnosis): why, and somewhere to go next, finding a treatment and a person among the buttons, as the
 * out-of-scope reply offers them. A choice between medicines asked for someone close reaches this decline, not the
 * health check. Messages written for this test.
 */
async function build() {
  const deps = await dialogDependencies();
  const main = new MainDialog(deps, [new QuestionDialog(deps, realQuestionAnswering())]);
  return new DialogTestClient('test', main, undefined, [channelRendering()], deps.conversationState);
}

const buttons = (reply: { suggestedActions?: { actions: Array<{ title?: string }> } } | undefined) =>
  reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('a decline says why and offers a person', () => {
  it.each([
    ['which is stronger for my dad, codeine or tramadol', 'decline_medicine'],
    ['can you diagnose my rash', 'decline_diagnosis'],
  ] as const)('"%s"', async (text, id) => {
    const client = await build();
    const reply = await client.sendActivity(text);
    expect(reply?.text).toBe(messages.text(id));
    expect(buttons(reply)).toEqual(
      expect.arrayContaining([messages.text('choice_get_recommendation'), messages.text('choice_talk_to_human')]),
    );
  });
});
