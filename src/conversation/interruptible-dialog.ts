import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { Command } from '../language/message-router';
import type { DialogDependencies } from './dialog-dependencies';
import { type Reply, say } from './reply';
import { understandTurn } from './turn-understanding';

/**
 * The commands that interrupt whatever runs. Each fires only when the message is plainly that command
 * (knowledge/routing.yaml), never on a classifier score alone: an answer such as "no" or "not sure" inside
 * screening, or "stop the swelling", must never be mistaken for "cancel".
 */
const INTERRUPTIONS: ReadonlySet<Command> = new Set(['help', 'cancel', 'restart']);

/**
 * Base for every capability dialog: help, cancel and start over work at any point, even when the
 * dialog runs alone in a test. (core-bot's cancelAndHelpDialog, with a curated command vocabulary.)
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly deps: DialogDependencies,
  ) {
    super(id);
  }

  /** The one way a dialog says something: a channel-neutral Reply, rendered later per channel. */
  protected async say(context: TurnContext, reply: Reply): Promise<void> {
    await say(context, reply);
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
    const { route } = await understandTurn(innerDc.context, this.deps);
    if (route.kind !== 'command' || !INTERRUPTIONS.has(route.command)) return undefined;
    const intent = route.command;
    if (this.takesAsAnswer(innerDc.context) || this.activeChildTakesAsAnswer(innerDc)) return undefined;
    const { messages } = this.deps;
    switch (intent) {
      case 'help':
        await this.say(innerDc.context, { text: messages.text('help') });
        if (innerDc.activeDialog) await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'cancel': {
        const hadSomethingToCancel = innerDc.activeDialog !== undefined;
        await innerDc.cancelAllDialogs();
        const text = messages.text(hadSomethingToCancel ? 'cancelled' : 'nothing_to_cancel');
        await this.say(innerDc.context, { text });
        return { status: DialogTurnStatus.cancelled };
      }
      default:
        await innerDc.cancelAllDialogs();
        await this.say(innerDc.context, { text: messages.text('restarted') });
        return { status: DialogTurnStatus.cancelled };
    }
  }
}
