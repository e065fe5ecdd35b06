import type { ConversationState, TurnContext, UserState } from 'botbuilder';
import type { PersonalDataEraser } from '../../dialogs/dialog-dependencies';

/**
 * "Delete my data": removes this conversation's and this user's state from storage and from the
 * turn's cache, so the end-of-turn save has nothing to write back.
 */
export class StateEraser implements PersonalDataEraser {
  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
  ) {}

  async erase(context: TurnContext): Promise<void> {
    await this.conversationState.delete(context);
    await this.userState.delete(context);
  }
}
