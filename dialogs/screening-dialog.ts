import type { TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Intent } from '../src/language/intents';
import type { ScreeningContent, ScreeningResult } from '../src/screening';
import type { ScreeningRecord, ScreeningRecordRepository } from '../src/screening/screening-records';
import { CapabilityDialog } from './capability-dialog';
import { DeleteDataDialog } from './delete-data-dialog';
import type { DialogDependencies, PersonalDataEraser } from './dialog-dependencies';
import { AnswerWords, screeningCommand } from './screening-commands';
import { ERASED_IN_SCREENING, ScreeningSteps } from './screening-steps';

export const SCREENING_DIALOG = 'screening';

/** What the health check runs on: the content, where outcomes are kept, and how long they count. */
export interface ScreeningSetup {
  content: ScreeningContent;
  records: ScreeningRecordRepository;
  /** SCREENING_VALID_DAYS: how long a completed screening counts (told to the person at consent). */
  validDays: number;
  /** RETENTION_DAYS: when the outcome record is deleted (told to the person at consent). */
  retentionDays: number;
  /**
   * Recorded with each outcome: the versions of the rules, red flags, services and articles in use
   * (`contentVersion`). Without it, the screening rules' version alone.
   */
  contentVersion?: string;
}

/**
 * How the health check ended. `completed` carries the evaluated result (reasons included, for the
 * outcome message) and the stored audit record; the answers themselves are gone with the dialog.
 */
export type ScreeningDialogResult =
  | { readonly status: 'completed'; readonly result: ScreeningResult; readonly record: ScreeningRecord }
  /** The person did not agree to health questions: general information only, no recommendation. */
  | { readonly status: 'declined' }
  /** The person deleted their data in the middle: nothing is left to continue with. */
  | { readonly status: 'erased' };

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
    return this.answerWords.isAnswerOnly(text) || screeningCommand(text) !== undefined;
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
