import type { Answers } from './answer';
import { applicableAnswers } from './applicable-answers';
import { BODY_AREAS, type BodyArea } from './body-areas';
import type { ClinicianKind } from './clinician-kinds';
import { conditionHolds } from './condition';
import { mostCautious, NO_SERVICE_OUTCOMES, type Outcome } from './outcome';
import type { ScreeningContent, ScreeningRule } from './screening-content';
import type { ServiceId } from './service-ids';

/** Why an outcome was reached: one fired rule, with the plain-language reason shown to the person. */
export interface ScreeningReason {
  readonly ruleId: string;
  readonly text: string;
  readonly outcome: Outcome;
  readonly clinicianKind?: ClinicianKind;
}

export interface ScreeningResult {
  /** The most cautious outcome of all fired rules; `suitable` when none fired. */
  readonly outcome: Outcome;
  /** Every fired rule's reason, in rule order (lower-severity reasons are kept for the therapist). */
  readonly reasons: readonly ScreeningReason[];
  readonly allowedServices: readonly ServiceId[];
  /** Whom to see or involve: the first fired rule at the winning outcome that names someone. */
  readonly clinicianKind?: ClinicianKind;
  readonly firedRules: readonly string[];
  /** Body areas no offered service may treat: every fired rule's `excludesAreas`, in BODY_AREAS order. */
  readonly excludedAreas: readonly BodyArea[];
}

/**
 * Applies the rules to the answers. Pure: the same answers and content always give the same result.
 *
 * Services: urgent and not_now allow none. Otherwise only the rules at the winning outcome count: a
 * rule that lists services narrows to those (intersection), a rule without a list leaves them alone,
 * and when no winning rule lists any the outcome's own list applies. So needs_clearance after surgery
 * allows only the post-op package, and two clearance rules that disagree leave nothing to book (the
 * gate then hands over to a person). Evaluate only a finished screening (`nextQuestion` returns null):
 * an unanswered question fires no rule.
 */
export function evaluate(answers: Answers, content: ScreeningContent): ScreeningResult {
  const applicable = applicableAnswers(answers, content);
  const fired = content.rules.filter((rule) => conditionHolds(rule.when, applicable));
  const outcome = fired.reduce<Outcome>((worst, rule) => mostCautious(worst, rule.outcome), 'suitable');
  const winning = fired.filter((rule) => rule.outcome === outcome);
  const clinicianKind = winning.find((rule) => rule.clinicianKind)?.clinicianKind;
  return {
    outcome,
    reasons: fired.map((rule) => ({
      ruleId: rule.id,
      text: rule.reason,
      outcome: rule.outcome,
      ...(rule.clinicianKind ? { clinicianKind: rule.clinicianKind } : {}),
    })),
    allowedServices: allowedServices(outcome, winning, content),
    ...(clinicianKind ? { clinicianKind } : {}),
    firedRules: fired.map((rule) => rule.id),
    excludedAreas: excludedAreas(fired),
  };
}

/** The areas the fired rules exclude (from any outcome: a caution keeps its area out whatever else fired). */
export function excludedAreas(fired: readonly Pick<ScreeningRule, 'excludesAreas'>[]): BodyArea[] {
  const excluded = new Set(fired.flatMap((rule) => rule.excludesAreas ?? []));
  return BODY_AREAS.filter((area) => excluded.has(area));
}

function allowedServices(
  outcome: Outcome,
  winning: readonly ScreeningRule[],
  content: ScreeningContent,
): ServiceId[] {
  if (NO_SERVICE_OUTCOMES.has(outcome)) return [];
  const lists = winning.flatMap((rule) => (rule.services ? [rule.services] : []));
  const [first, ...rest] = lists;
  if (!first) return [...content.outcomes[outcome].services];
  return first.filter((service) => rest.every((list) => list.includes(service)));
}
