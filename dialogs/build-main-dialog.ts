import type { CapabilityDialog } from './capability-dialog';
import { DeleteDataDialog } from './delete-data-dialog';
import type { DialogDependencies } from './dialog-dependencies';
import { MainDialog } from './main-dialog';
import { type QuestionAnswering, QuestionDialog } from './question-dialog';
import { RecommendationDialog } from './recommendation-dialog';
import { ScreeningDialog, type ScreeningSetup } from './screening-dialog';
import type { BookingCards } from './service-cards';

/** What the capability dialogs answer from, besides the shared dependencies. */
export interface MainDialogParts {
  questionAnswering: QuestionAnswering;
  screening: ScreeningSetup;
  /** The services catalogue and booking links: service names and cards with a Book button. */
  booking?: BookingCards;
  /** Further capabilities routed the same way (the hand-off to the team). */
  extraCapabilities?: readonly CapabilityDialog[];
}

/**
 * MainDialog with every capability dialog, wired the same way for the app (src/app.ts) and for tests
 * that drive whole conversations. The health check answers knowledge questions with the same
 * QuestionDialog MainDialog routes to.
 */
export function buildMainDialog(deps: DialogDependencies, parts: MainDialogParts): MainDialog {
  const question = new QuestionDialog(deps, parts.questionAnswering);
  const screening = new ScreeningDialog(deps, parts.screening, { questionDialog: question });
  return new MainDialog(deps, [
    question,
    new RecommendationDialog(deps, parts.screening, screening, parts.booking),
    new DeleteDataDialog(deps),
    ...(parts.extraCapabilities ?? []),
  ]);
}
