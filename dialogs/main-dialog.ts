import { type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import type { MessageId } from '../src/kb/messages';
import type { Intent, Recognition } from '../src/language/intents';
import type { CapabilityDialog } from './capability-dialog';
import type { DialogDependencies } from './dialog-dependencies';
import { InterruptibleDialog } from './interruptible-dialog';
import { type Reply, type ReplyChoice, toActivity } from './reply';
import { recognizeTurn } from './turn-recognition';

export const MAIN_DIALOG = 'main';

/** Small talk MainDialog answers itself: one sentence, no dialog. */
const SMALL_TALK: Partial<Record<Intent, MessageId>> = {
  greeting: 'welcome_back',
  goodbye: 'goodbye',
  thanks: 'thanks_reply',
};

const WAITING: DialogTurnResult = { status: DialogTurnStatus.waiting };

/**
 * The root dialog. Each message either continues the active capability dialog or is routed by intent:
 * a table built from the capability dialogs it is given, plus small talk and a fallback that says what
 * the assistant can do. It never ends, so the conversation always has somewhere to go.
 */
export class MainDialog extends InterruptibleDialog {
  private readonly routes = new Map<Intent, string>();

  constructor(deps: DialogDependencies, capabilities: readonly CapabilityDialog[]) {
    super(MAIN_DIALOG, deps);
    for (const capability of capabilities) {
      this.addDialog(capability);
      for (const intent of capability.intents) {
        if (this.routes.has(intent)) throw new Error(`[MainDialog] intent "${intent}" is routed twice`);
        this.routes.set(intent, capability.id);
      }
    }
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onContinueDialog(innerDc);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const hadActiveDialog = innerDc.activeDialog !== undefined;
    const interrupted = await this.interrupt(innerDc);
    if (interrupted) {
      if (interrupted.status === DialogTurnStatus.cancelled && (await this.isRestart(innerDc))) {
        await this.say(innerDc, { text: this.deps.messages.text('help'), choices: this.mainChoices() });
      }
      return WAITING;
    }
    if (hadActiveDialog) {
      await innerDc.continueDialog();
      return WAITING;
    }
    await this.route(innerDc, await recognizeTurn(innerDc.context, this.deps));
    return WAITING;
  }

  private async route(innerDc: DialogContext, recognition: Recognition): Promise<void> {
    // Not recognized may still be a question in words the recognizer never saw: the knowledge base,
    // which knows when it does not know, gets the last word before the fallback.
    const intent = recognition.intent === 'none' ? 'ask_question' : recognition.intent;
    const dialogId = this.routes.get(intent);
    if (dialogId) {
      await innerDc.beginDialog(dialogId, { recognition });
      return;
    }
    if (recognition.intent === 'none') return this.fallback(innerDc);
    const smallTalk = SMALL_TALK[recognition.intent];
    if (smallTalk) {
      await this.say(innerDc, { text: this.deps.messages.text(smallTalk) });
      return;
    }
    return this.fallback(innerDc);
  }

  private async fallback(innerDc: DialogContext): Promise<void> {
    await this.say(innerDc, { text: this.deps.messages.text('fallback'), choices: this.mainChoices() });
  }

  /** The starting points offered on welcome, help and fallback: only capabilities that exist. */
  mainChoices(): ReplyChoice[] {
    const { messages } = this.deps;
    const choices: ReplyChoice[] = [];
    if (this.routes.has('ask_question'))
      choices.push({
        label: messages.text('choice_ask_question'),
        value: messages.text('choice_ask_question_value'),
      });
    if (this.routes.has('get_recommendation')) {
      const label = messages.text('choice_get_recommendation');
      choices.push({ label, value: label });
    }
    if (this.routes.has('talk_to_human')) {
      const label = messages.text('choice_talk_to_human');
      choices.push({ label, value: label });
    }
    const help = messages.text('choice_help');
    choices.push({ label: help, value: help });
    return choices;
  }

  private async isRestart(innerDc: DialogContext): Promise<boolean> {
    return (await recognizeTurn(innerDc.context, this.deps)).intent === 'restart';
  }

  private async say(innerDc: DialogContext, reply: Reply): Promise<void> {
    await innerDc.context.sendActivity(toActivity(reply));
  }
}
