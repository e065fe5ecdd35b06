import { DeleteDataDialog } from '../../dialogs/delete-data-dialog';
import { HandoffDialog, type HandoffSetup } from '../../dialogs/handoff-dialog';
import type { DialogDependencies } from './dialog-dependencies';
import { MainDialog } from '../../dialogs/main-dialog';
import { type QuestionAnswering, QuestionDialog } from '../../dialogs/question-dialog';
import { RecommendationDialog } from '../../dialogs/recommendation-dialog';
import { ScreeningDialog, type ScreeningSetup } from '../../dialogs/screening-dialog';
import type { ServicesCatalogue } from '../booking/services';
import type { BookingCards } from './service-cards';

/** What the capability dialogs answer from, besides the shared dependencies. */
export interface MainDialogParts {
  questionAnswering: QuestionAnswering;
  screening: ScreeningSetup;
  /** The services catalogue (services.yaml): the names of the services a recommendation suggests. */
  services: ServicesCatalogue;
  /** Booking links: cards with a Book button for the services suggested. */
  booking?: BookingCards;
  /** The hand-off to the team: without it, "a real person, please" gets the fallback. */
  handoff?: HandoffSetup;
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
    new RecommendationDialog(deps, parts.screening, screening, parts.services, parts.booking),
    new DeleteDataDialog(deps),
    ...(parts.handoff ? [new HandoffDialog(deps, parts.handoff)] : []),
  ]);
}
