import { fillPlaceholders } from '../content/spa';
import type { ScreeningResult } from './evaluate';
import type { ScreeningContent } from './screening-content';

/**
 * The "show this to your clinician" text for a needs_clearance result, or null for other outcomes.
 * It lists only the reasons that need clearance, addressed to every clinician they name.
 */
export function clinicianSummary(result: ScreeningResult, content: ScreeningContent): string | null {
  const template = content.outcomes.needs_clearance.clinicianSummary;
  if (result.outcome !== 'needs_clearance' || !template || !result.clinicianKind) return null;
  const needed = result.reasons.filter((reason) => reason.outcome === 'needs_clearance');
  const reasons = needed.map((reason) => `- ${reason.text}`).join('\n');
  return fillPlaceholders(template, { clinician: clearanceClinicians(result, content), reasons });
}

/**
 * Every clinician whose clearance the result asks for, named as screening.yaml names them. Several may
 * need to agree (pregnant and recently operated on): all are named.
 */
export function clearanceClinicians(result: ScreeningResult, content: ScreeningContent): string {
  const kinds = new Set(
    result.reasons.flatMap((reason) =>
      reason.outcome === 'needs_clearance' && reason.clinicianKind ? [reason.clinicianKind] : [],
    ),
  );
  return [...kinds].map((kind) => content.clinicians[kind]).join(' and ');
}
