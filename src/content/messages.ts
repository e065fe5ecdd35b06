import { z } from 'zod';
import { ContentError } from '../errors';
import { readYamlFile } from './content-file';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from './spa';

/**
 * Every sentence the bot says outside articles and screening, by id. The list is here so a
 * misspelt id fails to compile and a missing one fails at start-up; the words live in
 * knowledge/messages.yaml.
 */
export const MESSAGE_IDS = [
  'welcome',
  'welcome_back',
  'help',
  'fallback',
  'goodbye',
  'thanks_reply',
  'restarted',
  'cancelled',
  'nothing_to_cancel',
  'turn_error',
  'delete_confirm',
  'delete_done',
  'delete_kept',
  'choice_yes',
  'choice_no',
  'choice_help',
  'choice_ask_question',
  'choice_ask_question_value',
  'choice_get_recommendation',
  'choice_talk_to_human',
  'kb_disclaimer',
  'kb_sources',
  'kb_evidence_limited',
  'kb_evidence_insufficient',
  'kb_clarify',
  'kb_unknown',
  'kb_tell_me_more',
  'kb_nothing_more',
  'out_of_scope',
  'decline_medicine',
  'decline_diagnosis',
  'screening_consent',
  'screening_consent_declined',
  'screening_unclear',
  'screening_unclear_number',
  'screening_assumed_not_sure',
  'screening_question_taken_not_sure',
  'screening_restarted',
  'screening_back_first',
  'screening_resume',
  'screening_finish_first',
  'screening_recheck_after_red_flag',
  'screening_reasons_intro',
  'screening_summary_intro',
  'screening_refer_next_step',
  'choice_not_sure',
  'gate_no_screening',
  'gate_expired',
  'gate_safety_hold',
  'gate_outcome_disallows',
  'recommendation_intro',
  'recommendation_book_intro',
  'recommendation_bring_clearance',
  'recommendation_how_to_book',
  'recommendation_unavailable',
  // Handoff, call-backs and booking (src/handoff, dialogs/handoff-dialog.ts).
  'handoff_live_queued',
  'handoff_already_waiting',
  'handoff_already_claimed',
  'handoff_already_callback',
  'handoff_overdue_person',
  'handoff_joined',
  'handoff_staff_says',
  'handoff_closed',
  'handoff_expired',
  'handoff_complaint_ask',
  'handoff_complaint_noted',
  'handoff_closed_now',
  'handoff_callback_declined',
  'handoff_callback_consent',
  'handoff_callback_no_consent',
  'handoff_callback_ask_name',
  'handoff_callback_name_invalid',
  'handoff_callback_ask_contact',
  'handoff_callback_contact_invalid',
  'handoff_callback_done',
  'handoff_unanswered_offer',
  'handoff_referral_offer',
  'handoff_referral_accept',
  'handoff_note_urgent',
  'handoff_reason_asked_for_human',
  'handoff_reason_screening_referral',
  'handoff_reason_complaint',
  'handoff_reason_unanswered_questions',
  'handoff_mode_live',
  'handoff_mode_callback',
  'notify_new_title',
  'notify_overdue_title',
  'notify_summary',
  'notify_fact_reason',
  'notify_fact_channel',
  'notify_fact_since',
  'notify_open_console',
  'booking_cards_intro',
  'booking_card_book',
  'booking_card_details',
  'booking_requires_surgeon_clearance',
  'booking_requires_certified_therapist',
  'booking_manage',
  // Content sign-off (issue 13).
  'staff_demo_content_notice',
  // Hardening (issue 15): "what do you know about me", staff-only health details.
  'about_me_intro',
  'about_me_conversation',
  'about_me_screening',
  'about_me_safety',
  'about_me_ticket',
  'about_me_webchat',
  'about_me_footer',
  'staff_health_details_withheld',
  'turn_conflict',
  'handoff_staff_role_front_desk',
  'handoff_staff_role_clinician',
  'handoff_waiting_noted',
  'booking_card_book_named',
  'spa_hours_closed_on_day',
  'spa_hours_open_on_day',
  'spa_hours_open_now',
  'spa_hours_closed_now',
  'spa_hours_close_today',
  // Understanding (issue 12)
  'ask_question_prompt',
  'bare_answer_reply',
  'screening_progress',
  'screening_consent_again',
  'screening_unclear_offer',
  'choice_none_of_these',
  'screening_review_intro',
  'screening_review_prompt',
  'choice_review_confirm',
  'choice_review_change',
  'screening_review_pick',
  'screening_review_unclear',
  'screening_clearance_code',
  'recommendation_clearance_intro',
  'recommendation_clearance_how',
  'recommendation_clearance_code',
  'booking_card_clearance',
  'booking_card_reference',
  'screening_review_days_ago',
  // Scale-out (PostgreSQL).
  'storage_unavailable',
  // Safety (issue 11)
  'safety_net',
  'safety_call_emergency',
  'gate_safety_hold_recent',
  'gate_safety_hold_clinician',
] as const;

export type MessageId = (typeof MESSAGE_IDS)[number];

const MessagesSchema = z
  .object({
    messages: z.record(z.string(), z.string().trim().min(1)),
  })
  .strict();

export type MessageVars = Record<string, string | number>;

/** The loaded sentences with the spa's own facts already filled in. */
export class Messages {
  private constructor(private readonly texts: ReadonlyMap<string, string>) {}

  static load(knowledgeDir: string, spa: Spa): Messages {
    const file = 'messages.yaml';
    const { messages } = readYamlFile(knowledgeDir, file, MessagesSchema);
    const values = spaPlaceholders(spa);
    for (const id of MESSAGE_IDS) {
      if (!(id in messages)) throw new ContentError(file, `messages.${id}`, 'is missing');
    }
    const texts = new Map<string, string>();
    for (const [id, text] of Object.entries(messages)) {
      const unknownSpa = unknownPlaceholders(text, values).filter((name) => name.startsWith('spa.'));
      if (unknownSpa.length > 0) {
        throw new ContentError(file, `messages.${id}`, `unknown placeholder {{${unknownSpa[0]}}}`);
      }
      texts.set(id, fillPlaceholders(text, values));
    }
    return new Messages(texts);
  }

  /** The sentence for `id`, with `{{name}}` placeholders replaced from `vars`. */
  text(id: MessageId, vars: MessageVars = {}): string {
    const template = this.texts.get(id)!;
    return fillPlaceholders(
      template,
      Object.fromEntries(Object.entries(vars).map(([key, value]) => [key, String(value)])),
    );
  }
}
