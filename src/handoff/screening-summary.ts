import type { RecordSubject, ScreeningRecordRepository } from '../screening/screening-records';
import type { ScreeningContent } from '../screening/screening-content';
import type { ScreeningSummary } from './ticket';

/**
 * The latest screening of a person, as a ticket carries it for the clinician: the outcome, the reasons of
 * the rules that fired and the kinds of clinician they call for.
 */
export function screeningSummaries(
  records: Pick<ScreeningRecordRepository, 'latestFor'>,
  content: Pick<ScreeningContent, 'rules'>,
): (subject: RecordSubject) => Promise<ScreeningSummary | undefined> {
  const rulesById = new Map(content.rules.map((rule) => [rule.id, rule] as const));
  return async (subject) => {
    const record = await records.latestFor(subject);
    if (!record) return undefined;
    const fired = record.firedRules.map((id) => rulesById.get(id)).filter((rule) => rule !== undefined);
    return {
      outcome: record.outcome,
      reasons: fired.map((rule) => rule.reason),
      clinicianKinds: [...new Set(fired.flatMap((rule) => (rule.clinicianKind ? [rule.clinicianKind] : [])))],
      allowedServices: [...record.allowedServices],
      completedAt: record.completedAt.toISOString(),
    };
  };
}
