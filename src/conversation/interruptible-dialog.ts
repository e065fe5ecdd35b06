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

/** Marks the turn once the interruption check has run, so nested dialogs do not run it again. */
const INTERRUPTION_CHECKED = Symbol('lymph.interruptionChecked');

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
   * The interruption check runs once per turn, in the outermost interruptible dialog the turn reaches
   * (MainDialog in the app, the dialog itself when it runs alone in a test). It asks every dialog on the
   * active stack below whether the message answers its question, so an inner dialog never re-checks.
   */
  private firstCheckThisTurn(context: TurnContext): boolean {
    if (context.turnState.get(INTERRUPTION_CHECKED) === true) return false;
    context.turnState.set(INTERRUPTION_CHECKED, true);
    return true;
  }

  /**
   * True when the message is an answer to the question this dialog is waiting on ("no", "not sure"), so it
   * must not be taken as a global command. Dialogs that ask questions override it.
   */
  protected takesAsAnswer(_context: TurnContext): boolean {
    return false;
  }

  /** Whether this dialog or any dialog active below it is waiting on a question the message answers. */
  private stackTakesAsAnswer(innerDc: DialogContext): boolean {
    if (this.takesAsAnswer(innerDc.context)) return true;
    for (let dc: DialogContext | undefined = innerDc; dc?.activeDialog; dc = dc.child) {
      const active = dc.findDialog(dc.activeDialog.id);
      if (active instanceof InterruptibleDialog && active.takesAsAnswer(innerDc.context)) return true;
    }
    return false;
  }

  /** Handles a global command; returns the turn result when it did, undefined to let the dialog go on. */
  protected async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    if (!this.firstCheckThisTurn(innerDc.context)) return undefined;
    const { route } = await understandTurn(innerDc.context, this.deps);
    if (route.kind !== 'command' || !INTERRUPTIONS.has(route.command)) return undefined;
    const intent = route.command;
    if (this.stackTakesAsAnswer(innerDc)) return undefined;
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
