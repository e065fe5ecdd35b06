import type { ConversationState, TurnContext, UserState } from 'botbuilder';
import type { PersonalDataEraser } from '../conversation/dialog-dependencies';
import { type ScreeningRecordRepository, subjectOf } from '../screening/screening-records';

/**
 * "Delete my data": removes this conversation's and this user's state from storage and from the
 * turn's cache, so the end-of-turn save has nothing to write back; with `records`, also the screening
 * outcomes and safety events of the conversation and the person.
 */
export class StateEraser implements PersonalDataEraser {
  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly records?: Pick<ScreeningRecordRepository, 'deleteFor'>,
  ) {}

  async erase(context: TurnContext): Promise<void> {
    await this.conversationState.delete(context);
    await this.userState.delete(context);
    await this.records?.deleteFor(subjectOf(context.activity));
  }
}
