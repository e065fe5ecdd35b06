import { DialogTestClient } from 'botbuilder-testing';
import { DeleteDataDialog } from '../../dialogs/delete-data-dialog';
import { MainDialog } from '../../dialogs/main-dialog';
import { channelRendering, dialogDependencies, messages } from '../helpers/dialog-deps';

async function build() {
  const deps = await dialogDependencies();
  const main = new MainDialog(deps, [new DeleteDataDialog(deps)]);
  return { client: new DialogTestClient('test', main, undefined, [channelRendering()]), deps, main };
}

describe('MainDialog', () => {
  it('answers small talk without starting a dialog', async () => {
    const { client } = await build();
    expect((await client.sendActivity('hi there'))?.text).toBe(messages.text('welcome_back'));
    expect((await client.sendActivity('thanks!'))?.text).toBe(messages.text('thanks_reply'));
    expect((await client.sendActivity('ok bye'))?.text).toBe(messages.text('goodbye'));
  });

  it('says plainly what is outside its help, and what it can do, with buttons', async () => {
    const { client } = await build();
    const reply = await client.sendActivity('give me a recipe for banana bread');
    expect(reply?.text).toBe(messages.text('out_of_scope'));
    expect(reply?.suggestedActions?.actions.map((a: { title: string }) => a.title)).toContain(
      messages.text('choice_help'),
    );
  });

  it('shows help at any point and then asks the pending question again', async () => {
    const { client } = await build();
    expect((await client.sendActivity('delete my data'))?.text).toBe(messages.text('delete_confirm'));
    expect((await client.sendActivity('help'))?.text).toBe(messages.text('help'));
    expect(client.getNextReply()?.text).toBe(messages.text('delete_confirm'));
  });

  it('cancels the active dialog, and says so when there is nothing to cancel', async () => {
    const { client, deps } = await build();
    await client.sendActivity('erase my information');
    expect((await client.sendActivity('cancel'))?.text).toBe(messages.text('cancelled'));
    expect(deps.erased).toEqual([]);
    expect((await client.sendActivity('cancel'))?.text).toBe(messages.text('nothing_to_cancel'));
  });

  it('starts over from any point and offers the starting choices', async () => {
    const { client } = await build();
    await client.sendActivity('delete my data');
    expect((await client.sendActivity('start over'))?.text).toBe(messages.text('restarted'));
    expect(client.getNextReply()?.text).toBe(messages.text('help'));
    // The deletion question is gone: "yes" is no longer an answer to it.
    expect((await client.sendActivity('yes'))?.text).not.toBe(messages.text('delete_done'));
  });

  it('takes "no" as the answer to its question, not as "cancel"', async () => {
    const { client, deps } = await build();
    await client.sendActivity('delete my data');
    expect((await client.sendActivity('no'))?.text).toBe(messages.text('delete_kept'));
    expect(deps.erased).toEqual([]);
  });

  it('deletes the data only after the person confirms', async () => {
    const { client, deps } = await build();
    await client.sendActivity('forget everything about me');
    expect((await client.sendActivity('yes please'))?.text).toBe(messages.text('delete_done'));
    expect(deps.erased).toHaveLength(1);
  });

  it('fires a command only when the message is plainly that command', async () => {
    const { client, deps } = await build();
    for (const text of ['how do i get into my ex\'s instagram', 'is bitcoin a good investment', 'cancel my appointment']) {
      const reply = await client.sendActivity(text);
      expect([messages.text('delete_confirm'), messages.text('goodbye'), messages.text('nothing_to_cancel')]).not.toContain(
        reply?.text,
      );
    }
    expect(deps.erased).toEqual([]);
    expect((await client.sendActivity('Please delete all my data.'))?.text).toBe(messages.text('delete_confirm'));
  });

  it('answers a bare yes or no outside a question with what it can do, not "nothing to cancel"', async () => {
    const { client } = await build();
    for (const text of ['no', 'yes', 'nope']) {
      const reply = await client.sendActivity(text);
      expect(reply?.text).toBe(messages.text('bare_answer_reply'));
      expect(reply?.suggestedActions?.actions.length).toBeGreaterThan(0);
    }
  });

  it('refuses to route one intent to two dialogs', async () => {
    const deps = await dialogDependencies();
    expect(() => new MainDialog(deps, [new DeleteDataDialog(deps), new DeleteDataDialog(deps)])).toThrow(
      /routed twice/,
    );
  });
});
