import { type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import type { MessageId } from '../src/content/messages';
import type { Intent, Recognition } from '../src/language/intents';
import type { CapabilityDialog } from '../src/conversation/capability-dialog';
import type { DialogDependencies } from '../src/conversation/dialog-dependencies';
import { InterruptibleDialog } from '../src/conversation/interruptible-dialog';
import type { ReplyChoice } from '../src/conversation/reply';
import { understandTurn } from '../src/conversation/turn-understanding';
import type { Route } from '../src/language/message-router';

export const MAIN_DIALOG = 'main';

/** Small talk MainDialog answers itself: one sentence, no dialog. */
const SMALL_TALK: Partial<Record<Intent, MessageId>> = {
  greeting: 'welcome_back',
  thanks: 'thanks_reply',
};

const WAITING: DialogTurnResult = { status: DialogTurnStatus.waiting };

/** A dialog that carries on where it was when a hand-off it sits under ends (the health check). */
export interface ResumesAfterHandoff {
  readonly resumesAfterHandoff: true;
}

/** The dialog contexts with an active dialog, outermost first (main, the recommendation, the health check…). */
function activeChain(dc: DialogContext): DialogContext[] {
  const chain = [dc];
  for (let child = dc.child; child?.activeDialog; child = child.child) chain.push(child);
  return chain;
}

function resumesAfterHandoff(dc: DialogContext): boolean {
  const active = dc.activeDialog && dc.findDialog(dc.activeDialog.id);
  return (active as Partial<ResumesAfterHandoff> | undefined)?.resumesAfterHandoff === true;
}

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

  /**
   * The layers of ARCHITECTURE.md "Understanding a message" after safety (middleware): a plain command,
   * then a request for a person (in any dialog state), then the active dialog's own answer, then the
   * route the message router chose.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const hadActiveDialog = innerDc.activeDialog !== undefined;
    const interrupted = await this.interrupt(innerDc);
    const { recognition, route } = await understandTurn(innerDc.context, this.deps);
    if (interrupted) {
      if (interrupted.status === DialogTurnStatus.cancelled && route.kind === 'command' && route.command === 'restart') {
        await this.say(innerDc.context, { text: this.deps.messages.text('help'), choices: this.mainChoices() });
      }
      return WAITING;
    }
    const handoffId = this.routes.get('talk_to_human');
    const chain = activeChain(innerDc);
    const current = chain.at(-1)!;
    const inHandoff = chain.some((dc) => dc.activeDialog?.id === handoffId);
    if (route.kind === 'handoff' && handoffId && !inHandoff) {
      // "A real person, please" wins over whatever runs (a health check, a confirmation): the person
      // asked for a person. A health check waits underneath and carries on at the same question once
      // the team is asked (its answers so far are not lost); anything else is cancelled and can be
      // started again by asking again.
      const handoffOptions = { recognition: { ...recognition, intent: 'talk_to_human' as const } };
      if (resumesAfterHandoff(current)) {
        await current.beginDialog(handoffId, handoffOptions);
        return WAITING;
      }
      if (hadActiveDialog) await innerDc.cancelAllDialogs();
      await innerDc.beginDialog(handoffId, handoffOptions);
      return WAITING;
    }
    if (hadActiveDialog) {
      await innerDc.continueDialog();
      return WAITING;
    }
    await this.route(innerDc, recognition, route);
    return WAITING;
  }

  private async route(innerDc: DialogContext, recognition: Recognition, ruled: Route): Promise<void> {
    const { messages } = this.deps;
    // Where the rules sent a message to the knowledge base and it would not be sure, the route model may hand it
    // off, send it to the health check or decline it (src/language/route-fallback.ts); only here, with no dialog
    // waiting, so an answer inside a health check is never re-read as a request.
    const text = (innerDc.context.activity.text ?? '').trim();
    const route = this.deps.routeFallback?.route(text, ruled, recognition) ?? ruled;
    switch (route.kind) {
      case 'command':
        if (route.command === 'goodbye') return this.say(innerDc.context, { text: messages.text('goodbye') });
        if (route.command === 'delete_my_data') return this.begin(innerDc, 'delete_my_data', recognition);
        return this.fallback(innerDc);
      case 'handoff':
        return this.begin(innerDc, 'talk_to_human', recognition);
      case 'ask_prompt':
        return this.say(innerDc.context, { text: messages.text('ask_question_prompt') });
      case 'bare_answer':
        return this.say(innerDc.context, { text: messages.text('bare_answer_reply'), choices: this.mainChoices() });
      case 'out_of_scope':
        return this.say(innerDc.context, { text: messages.text('out_of_scope'), choices: this.mainChoices() });
      case 'personal':
        return this.begin(innerDc, 'get_recommendation', recognition);
      case 'intent': {
        const smallTalk = SMALL_TALK[route.intent];
        if (smallTalk) return this.say(innerDc.context, { text: messages.text(smallTalk) });
        return this.begin(innerDc, route.intent, recognition);
      }
      default:
        return this.begin(innerDc, 'ask_question', recognition);
    }
  }

  /** Starts the capability dialog for an intent, told it was that intent; the fallback when none is routed. */
  private async begin(innerDc: DialogContext, intent: Intent, recognition: Recognition): Promise<void> {
    const dialogId = this.routes.get(intent);
    if (!dialogId) return this.fallback(innerDc);
    await innerDc.beginDialog(dialogId, { recognition: { ...recognition, intent } });
  }

  private async fallback(innerDc: DialogContext): Promise<void> {
    await this.say(innerDc.context, { text: this.deps.messages.text('fallback'), choices: this.mainChoices() });
  }

  /** The starting points offered on welcome, help and fallback: only capabilities that exist. */
  mainChoices(): ReplyChoice[] {
    const { messages } = this.deps;
    const choices: ReplyChoice[] = [];
    if (this.routes.has('ask_question')) {
      // A button sends the words it shows; "Ask a question" is answered with an invitation to ask.
      const label = messages.text('choice_ask_question');
      choices.push({ label, value: label });
    }
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

}
