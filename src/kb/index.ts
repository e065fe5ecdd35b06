/** The knowledge base: load + validate knowledge/, index it, pick answers. Pure; no bot or DB imports. */
export {
  type Article,
  type ArticleSource,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  type KnowledgeBase,
  loadKnowledgeBase,
  parseArticle,
} from './articles';
export {
  type AnswerSelection,
  assessQuery,
  type CandidateAssessment,
  DEFAULT_THRESHOLDS,
  decide,
  type QueryAssessment,
  type SelectionThresholds,
  selectAnswer,
} from './answer-selection';
export { parseContent, readYamlFile, toContentError } from '../content/content-file';
export {
  type ClaimFinding,
  type ClaimKind,
  findClaims,
  formatProblem,
  type KbProblem,
  kbCheck,
  type Severity,
} from './kb-check';
export {
  type BuildOptions,
  buildSearchIndex,
  type Granularity,
  readDomain,
  search,
  type SearchHit,
  type SearchIndex,
} from './search-index';
export {
  type DayKey,
  fillPlaceholders,
  loadSpa,
  type Spa,
  SpaSchema,
  spaPlaceholders,
  unknownPlaceholders,
} from '../content/spa';
export { loadSynonyms, type SynonymGroup } from './synonyms';
export { loadQuestionAspects, type QuestionAspect } from './question-aspects';
export { type AnswerPassages, answerPassages, passagesOf } from './answer-passages';
export {
  answersPlainly,
  decideKnowledgeReply,
  type KnowledgeReply,
  knowledgeReadings,
  placedByModel,
} from './knowledge-reply';
