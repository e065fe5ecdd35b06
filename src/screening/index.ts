/**
 * Screening: questions and rules → outcome, the recommendation gate, free-text answers and the
 * red-flag detector. Pure domain code: no botbuilder, restify or database; time comes in as arguments.
 */
export {
  type Answer,
  AnswerSchema,
  type Answers,
  AnswersSchema,
  NOT_SURE,
  YES_NO_VALUES,
  type YesNo,
} from './answer';
export { answerFits, applicableAnswers } from './applicable-answers';
export { BODY_AREAS, type BodyArea } from './body-areas';
export {
  CLEARANCE_CODE_PATTERN,
  type ClearanceView,
  clearanceView,
  newClearanceCode,
  normalizeClearanceCode,
} from './clearance-code';
export { CLINICIAN_KINDS, type ClinicianKind } from './clinician-kinds';
export { clearanceClinicians, clinicianSummary } from './clinician-summary';
export type { Condition } from './condition';
export { evaluate, excludedAreas, type ScreeningReason, type ScreeningResult } from './evaluate';
export { isScreeningComplete, nextQuestion, pendingQuestions } from './next-question';
export { OUTCOMES, type Outcome, severity } from './outcome';
export { type ParsedAnswer, parseAnswer } from './parse-answer';
export {
  checkRecommendationGate,
  type GateDecision,
  type GateInput,
  SAFETY_HOLD_MS,
  type SafetyHold,
} from './recommendation-gate';
export { contextsFromAnswers } from './safety-context';
export { HOLD_LIFTED_FLAG, holdClearance, SCREENING_URGENT_FLAG, safetyHoldsFrom } from './safety-holds';
export {
  describesSymptom,
  detectRedFlag,
  looksLikeQuestion,
  type RedFlagMatch,
  readForSafety,
  type SafetyReading,
} from './red-flags';
export {
  loadOtherLanguages,
  type OtherLanguagesContent,
  parseOtherLanguages,
  readOtherLanguage,
} from './other-language';
export {
  checkSafety,
  isUrgentVerdict,
  OTHER_LANGUAGE_FLAG,
  POSSIBLE_EMERGENCY_FLAG,
  type SafetyContent,
  type SafetyVerdict,
} from './safety-check';
export { loadSafetyContent, loadUrgencyModel, ordinaryPhrasings, type SafetyContentOptions } from './safety-content';
export { SafetyCorpusSchema, type SafetyCorpus, URGENCY_EXAMPLES_DIR, urgencyExampleFiles } from './urgency-examples';
export { trainUrgencyModel, type UrgencyExample, type UrgencyModel } from './urgency-model';
export {
  checkRedFlagQuestions,
  loadRedFlagContent,
  parseRedFlagContent,
  RED_FLAG_KINDS,
  RED_FLAGS_FILE,
  type RedFlagContent,
  type RedFlagDefinition,
  type RedFlagKind,
  SIGN_OFF_PENDING,
} from './red-flags-content';
export { rulesVersion } from './rules-version';
export {
  loadScreeningContent,
  parseScreeningContent,
  SCREENING_FILE,
  type ScreeningContent,
  type ScreeningQuestion,
  type ScreeningRule,
} from './screening-content';
export { SERVICE_IDS, type ServiceId } from './service-ids';
