import {
  ActivityHandler,
  type BotState,
  type ConversationState,
  type StatePropertyAccessor,
  TurnContext,
  type UserState,
} from 'botbuilder';
import { type DialogState, runDialog } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/main-dialog';
import { say } from '../conversation/reply';
import type { Messages } from '../content/messages';

/**
 * Receives every activity: welcomes people who join, runs MainDialog for messages, and saves state
 * once at the end of every turn (core-bot's DialogBot).
 */
export class LymphBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly mainDialog: MainDialog,
    private readonly messages: Messages,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      // In Teams channels and group chats the text starts with "<at>Bot</at>"; the dialogs want the words.
      TurnContext.removeRecipientMention(context.activity);
      await runDialog(this.mainDialog, context, this.dialogState);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (people.length > 0) await this.welcome(context);
      await next();
    });

    // Installed for one person in Teams, the conversationUpdate names only the bot, so the welcome
    // comes with the installationUpdate instead (not on upgrades, and not in teams or group chats).
    this.onInstallationUpdateAdd(async (context, next) => {
      const { activity } = context;
      if (activity.action === 'add' && activity.conversation?.conversationType === 'personal') await this.welcome(context);
      await next();
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    await say(context, { text: this.messages.text('welcome'), choices: this.mainDialog.mainChoices() });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.saveAll(context, [this.conversationState, this.userState]);
  }

  private async saveAll(context: TurnContext, states: BotState[]): Promise<void> {
    for (const state of states) await state.saveChanges(context, false);
  }
}
