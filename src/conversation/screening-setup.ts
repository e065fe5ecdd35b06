import type { ScreeningContent, ScreeningResult } from '../screening';
import type { ScreeningRecord, ScreeningRecordRepository } from '../screening/screening-records';

/**
 * What the health check's dialogs share (ScreeningDialog and the ScreeningSteps it runs): kept apart from
 * both so neither imports the other back.
 */
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


/** Set in the turn when "delete my data" erased everything inside the screening. */
export const ERASED_IN_SCREENING = Symbol('lymph.erasedInScreening');
