import type { TurnContext } from 'botbuilder';
import {
  ConfirmPrompt,
  type DialogTurnResult,
  ListStyle,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Intent } from '../src/language/intents';
import { CapabilityDialog } from '../src/conversation/capability-dialog';
import type { DialogDependencies } from '../src/conversation/dialog-dependencies';
import { promptActivity } from '../src/conversation/reply';

export const DELETE_DATA_DIALOG = 'deleteData';
const STEPS = 'deleteDataSteps';
const CONFIRM = 'deleteDataConfirm';

/** "Delete my data": confirm, then erase everything kept about this conversation and user. */
export class DeleteDataDialog extends CapabilityDialog {
  readonly intents: readonly Intent[] = ['delete_my_data'];

  constructor(deps: DialogDependencies) {
    super(DELETE_DATA_DIALOG, deps);
    const yes = deps.messages.text('choice_yes');
    const no = deps.messages.text('choice_no');
    // botbuilder's ConfirmPrompt understands "yes please", "nope", "sure"…, re-asks when unclear and
    // reprompts after "help".
    const prompt = new ConfirmPrompt(CONFIRM, undefined, 'en-us').configure({ confirmChoices: [yes, no] });
    // Buttons, never "(1) Yes or (2) No" appended to the sentence; channels that lack buttons are
    // handled by the channel renderer.
    prompt.style = ListStyle.suggestedAction;
    this.addDialog(prompt);
    this.addDialog(new WaterfallDialog(STEPS, [this.confirm.bind(this), this.act.bind(this)]));
    this.initialDialogId = STEPS;
  }

  protected override takesAsAnswer(context: TurnContext): boolean {
    return this.deps.vocabulary.answers.confirmations.deleteData.test(context.activity.text ?? '');
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = this.deps.messages.text('delete_confirm');
    return step.prompt(CONFIRM, { prompt: promptActivity(text), retryPrompt: promptActivity(text) });
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) {
      await this.say(step.context, { text: this.deps.messages.text('delete_kept') });
      return step.endDialog();
    }
    // The eraser drops the cached state too, so the dialog stack left below is never written back.
    await this.deps.eraser.erase(step.context);
    await this.say(step.context, { text: this.deps.messages.text('delete_done') });
    return step.endDialog();
  }
}
