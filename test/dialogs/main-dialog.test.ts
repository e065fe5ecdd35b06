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
  it('cancels the active dialog, and says so when there is nothing to cancel', async () => {
    const { client, deps } = await build();
    await client.sendActivity('erase my information');
    expect((await client.sendActivity('cancel'))?.text).toBe(messages.text('cancelled'));
    expect(deps.erased).toEqual([]);
    expect((await client.sendActivity('cancel'))?.text).toBe(messages.text('nothing_to_cancel'));
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

  it('refuses to route one intent to two dialogs', async () => {
    const deps = await dialogDependencies();
    expect(() => new MainDialog(deps, [new DeleteDataDialog(deps), new DeleteDataDialog(deps)])).toThrow(
      /routed twice/,
    );
  });
});
