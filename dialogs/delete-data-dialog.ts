import type { TurnContext } from 'botbuilder';
import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Intent } from '../src/language/intents';
import { CapabilityDialog } from './capability-dialog';
import type { DialogDependencies } from './dialog-dependencies';
import { toActivity } from './reply';

export const DELETE_DATA_DIALOG = 'deleteData';
const STEPS = 'deleteDataSteps';
const NO = /^\s*(n|no|nope|nah|don'?t|do not|keep)\b/i;
const YES = /^\s*(y|yes|yeah|yep|yup|sure|ok|okay|delete it|do it|go ahead|confirm)\b/i;

/** "Delete my data": confirm, then erase conversation and user state (and, later, stored answers). */
export class DeleteDataDialog extends CapabilityDialog {
  readonly intents: readonly Intent[] = ['delete_my_data'];

  constructor(deps: DialogDependencies) {
    super(DELETE_DATA_DIALOG, deps);
    this.addDialog(new WaterfallDialog(STEPS, [this.confirm.bind(this), this.act.bind(this)]));
    this.initialDialogId = STEPS;
  }

  protected override takesAsAnswer(context: TurnContext): boolean {
    return YES.test(context.activity.text ?? '') || NO.test(context.activity.text ?? '');
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { messages } = this.deps;
    const yes = messages.text('choice_yes');
    const no = messages.text('choice_no');
    await step.context.sendActivity(
      toActivity({ text: messages.text('delete_confirm'), choices: [{ label: yes, value: yes }, { label: no, value: no }] }),
    );
    return WaterfallDialog.EndOfTurn;
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.context.activity.text ?? '';
    const confirmed = YES.test(answer) || answer.trim() === this.deps.messages.text('choice_yes');
    if (!confirmed) {
      await step.context.sendActivity(toActivity({ text: this.deps.messages.text('delete_kept') }));
      return step.endDialog();
    }
    // The eraser drops the cached state too, so the dialog stack left below is never written back.
    await this.deps.eraser.erase(step.context);
    await step.context.sendActivity(toActivity({ text: this.deps.messages.text('delete_done') }));
    return step.endDialog();
  }
}
