import type { Messages } from '../content/messages';
import {
  clearanceClinicians,
  clinicianSummary,
  type ScreeningContent,
  type ScreeningResult,
} from '../screening';
import type { Reply } from './reply';

/**
 * What the person is told when the health check ends, before any recommendation: the outcome's title,
 * the plain reasons, and what to do next (all from screening.yaml).
 * - urgent: the urgent advice and nothing else (kind 'urgent').
 * - refer_specialist: plus how to reach the team, who can connect them with a certified therapist.
 * - needs_clearance: plus the front desk reference (clearance code) and the note to show their
 *   clinician, as its own message so it is easy to copy.
 */
export function outcomeReplies(
  result: ScreeningResult,
  content: ScreeningContent,
  messages: Messages,
  clearanceCode?: string,
): Reply[] {
  const { outcome } = result;
  const texts = content.outcomes[outcome];
  if (outcome === 'urgent') {
    const reasons = unique(result.reasons.filter((r) => r.outcome === 'urgent').map((r) => r.text));
    return [{ text: [`**${texts.title}**`, ...reasons, texts.next].join('\n\n'), kind: 'urgent' }];
  }
  const parts = [`**${texts.title}**`];
  // A rule at `suitable` only narrows the body areas ("you asked about the face"): not a reason to show.
  const reasons = unique(result.reasons.filter((r) => r.outcome !== 'suitable').map((r) => r.text));
  if (reasons.length > 0) {
    parts.push(`${messages.text('screening_reasons_intro')}\n${reasons.map((r) => `- ${r}`).join('\n')}`);
  }
  parts.push(texts.next);
  if (outcome === 'needs_clearance' && clearanceCode)
    parts.push(messages.text('screening_clearance_code', { code: clearanceCode }));
  if (outcome === 'refer_specialist') parts.push(messages.text('screening_refer_next_step'));
  const replies: Reply[] = [{ text: parts.join('\n\n') }];

  const summary = clinicianSummary(result, content);
  if (summary) {
    const clinician = clearanceClinicians(result, content);
    replies.push({ text: `${messages.text('screening_summary_intro', { clinician })}\n\n${summary}` });
  }
  return replies;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}
