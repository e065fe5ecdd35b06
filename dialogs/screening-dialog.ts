import type { TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Intent } from '../src/language/intents';
import { CapabilityDialog } from '../src/conversation/capability-dialog';
import { DeleteDataDialog } from './delete-data-dialog';
import type { DialogDependencies, PersonalDataEraser } from '../src/conversation/dialog-dependencies';
export { SCREENING_DIALOG, type ScreeningDialogResult, type ScreeningSetup } from '../src/conversation/screening-setup';
import { AnswerWords } from '../src/conversation/screening-commands';
import { screeningCommand } from '../src/language/vocabulary';
import { ERASED_IN_SCREENING, SCREENING_DIALOG, type ScreeningSetup } from '../src/conversation/screening-setup';
import { ScreeningSteps } from './screening-steps';

/**
 * The health check. It asks for consent, then asks whatever `src/screening` says comes next, one
 * question at a time, and ends with the outcome; it never holds a question itself. It has no intent of
 * its own: RecommendationDialog begins it when the recommendation gate says a screening is needed.
 *
 * While it waits, it handles these replies itself: answers (a bare "no" is never "cancel"), "why do you
 * ask?", "back", and "start over", which restarts the health check (consent kept) rather than the whole
 * conversation. "cancel" still leaves it, and "help" shows help and asks the question again.
 * A knowledge question is answered by QuestionDialog as a child, and "delete my data" runs
 * DeleteDataDialog as a child; afterwards the same question is asked again.
 */
export class ScreeningDialog extends CapabilityDialog {
  readonly intents: readonly Intent[] = [];
  private readonly answerWords: AnswerWords;

  constructor(deps: DialogDependencies, setup: ScreeningSetup, options: { questionDialog?: Dialog } = {}) {
    super(SCREENING_DIALOG, deps);
    this.answerWords = new AnswerWords(
      setup.content,
      deps.vocabulary,
      (['choice_none_of_these', 'choice_review_confirm', 'choice_review_change'] as const).map((id) =>
        deps.messages.text(id),
      ),
    );
    const steps = new ScreeningSteps(deps, setup, this.answerWords, options.questionDialog?.id);
    this.addDialog(steps);
    if (options.questionDialog) this.addDialog(options.questionDialog);
    this.addDialog(new DeleteDataDialog({ ...deps, eraser: markingEraser(deps.eraser) }));
    this.initialDialogId = steps.id;
  }

  /**
   * Whether a reply is for the health check rather than a global command: an answer ("no", "not sure",
   * "45", a pressed option) or one of its own commands ("why", "back", "start over").
   */
  handlesReply(context: TurnContext): boolean {
    const text = context.activity.text ?? '';
    return this.answerWords.isAnswerOnly(text) || screeningCommand(this.deps.vocabulary, text) !== undefined;
  }

  protected override takesAsAnswer(context: TurnContext): boolean {
    return this.handlesReply(context);
  }
}

/** The same eraser, leaving a mark in the turn so the screening knows there is nothing to go back to. */
function markingEraser(eraser: PersonalDataEraser): PersonalDataEraser {
  return {
    async erase(context: TurnContext) {
      await eraser.erase(context);
      context.turnState.set(ERASED_IN_SCREENING, true);
    },
  };
}
