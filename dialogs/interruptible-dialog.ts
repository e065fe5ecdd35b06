import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { Intent } from '../src/language/intents';
import type { DialogDependencies } from './dialog-dependencies';
import { toActivity } from './reply';
import { recognizeTurn } from './turn-recognition';

/**
 * Global commands are only taken as interruptions when the recognizer is this sure. An answer such as
 * "no" or "not sure" inside screening must never be mistaken for "cancel"; below this, the active
 * dialog gets the message.
 */
export const INTERRUPTION_MIN_SCORE = 0.8;

const INTERRUPTIONS: ReadonlySet<Intent> = new Set(['help', 'cancel', 'restart']);

/**
 * Base for every capability dialog: help, cancel and start over work at any point, even when the
 * dialog runs alone in a test. (core-bot's cancelAndHelpDialog, with a recognizer instead of exact text.)
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly deps: DialogDependencies,
  ) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) return interrupted;
    return super.onContinueDialog(innerDc);
  }

  /**
   * True when the message is an answer to the question this dialog is waiting on ("no", "not sure"), so it
   * must not be taken as a global command. Dialogs that ask questions override it.
   */
  protected takesAsAnswer(_context: TurnContext): boolean {
    return false;
  }

  private activeChildTakesAsAnswer(innerDc: DialogContext): boolean {
    const active = innerDc.activeDialog ? this.findDialog(innerDc.activeDialog.id) : undefined;
    return active instanceof InterruptibleDialog && active.takesAsAnswer(innerDc.context);
  }

  /** Handles a global command; returns the turn result when it did, undefined to let the dialog go on. */
  protected async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { intent, score } = await recognizeTurn(innerDc.context, this.deps);
    if (intent === 'none' || !INTERRUPTIONS.has(intent) || score < INTERRUPTION_MIN_SCORE) return undefined;
    if (this.takesAsAnswer(innerDc.context) || this.activeChildTakesAsAnswer(innerDc)) return undefined;
    const { messages } = this.deps;
    switch (intent) {
      case 'help':
        await innerDc.context.sendActivity(toActivity({ text: messages.text('help') }));
        if (innerDc.activeDialog) await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel': {
        const hadSomethingToCancel = innerDc.activeDialog !== undefined;
        await innerDc.cancelAllDialogs();
        const text = messages.text(hadSomethingToCancel ? 'cancelled' : 'nothing_to_cancel');
        await innerDc.context.sendActivity(toActivity({ text }));
        return { status: DialogTurnStatus.cancelled };
      }
      default:
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity(toActivity({ text: messages.text('restarted') }));
        return { status: DialogTurnStatus.cancelled };
    }
  }
}
