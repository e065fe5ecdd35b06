import type { TurnContext } from 'botbuilder';
import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { MessageId } from '../src/content/messages';
import type { Intent, Recognition } from '../src/language/intents';
import {
  CLINICIAN_KINDS,
  type ClinicianKind,
  checkRecommendationGate,
  excludedAreas,
  safetyHoldsFrom,
  type GateDecision,
  OUTCOMES,
  SERVICE_IDS,
  type ServiceId,
} from '../src/screening';
import { subjectOf } from '../src/screening/screening-records';
import { CapabilityDialog } from '../src/conversation/capability-dialog';
import type { DialogDependencies } from '../src/conversation/dialog-dependencies';
import type { Reply } from '../src/conversation/reply';
import {
  SCREENING_DIALOG,
  type ScreeningDialog,
  type ScreeningDialogResult,
  type ScreeningSetup,
} from './screening-dialog';
import { outcomeReplies } from '../src/conversation/screening-outcome';
import { type BookingCards, offerServices } from '../src/conversation/service-cards';
import { eligibleServices, findService, type ServicesCatalogue } from '../src/booking/services';

export const RECOMMENDATION_DIALOG = 'recommendation';
const STEPS = 'recommendationSteps';

const GATE_MESSAGES: Readonly<Record<Extract<GateDecision, { allowed: false }>['reason'], MessageId>> = {
  no_screening: 'gate_no_screening',
  expired: 'gate_expired',
  safety_hold: 'gate_safety_hold',
  safety_hold_recent: 'gate_safety_hold_recent',
  safety_hold_clinician: 'gate_safety_hold_clinician',
  outcome_disallows: 'gate_outcome_disallows',
};

/**
 * A stored record as the gate may use it. A record that no longer fits the content (a service or
 * outcome since renamed) does not count, so the person is screened again rather than trusted.
 */
const GateScreeningSchema = z.object({
  outcome: z.enum(OUTCOMES),
  allowedServices: z.array(z.enum(SERVICE_IDS)),
  clinicianKind: z.enum(CLINICIAN_KINDS).optional(),
  firedRules: z.array(z.string()),
  clearanceCode: z.string().optional(),
  completedAt: z.date(),
});
type GateScreening = z.infer<typeof GateScreeningSchema>;

/** Kept across the screening, in the waterfall's state. */
interface StepValues {
  book?: boolean;
}

export interface RecommendationOptions {
  recognition?: Recognition;
}

/**
 * The one path to every personal recommendation and service suggestion ("what should I book?",
 * "should I get MLD after my tummy tuck?", "I want to book"). It asks the recommendation gate with the
 * latest screening of this conversation or person (from the screening records), the safety hold
 * (conversation memory and recorded safety events, whichever is later), now and SCREENING_VALID_DAYS.
 * Allowed: the services that suit the person and how to book. Not allowed: says briefly why, runs the
 * health check, shows its outcome, and asks the gate again.
 */
export class RecommendationDialog extends CapabilityDialog {
  readonly intents: readonly Intent[] = ['get_recommendation', 'book'];

  constructor(
    deps: DialogDependencies,
    private readonly setup: ScreeningSetup,
    private readonly screening: ScreeningDialog,
    /** The services catalogue (services.yaml): the only place services are named. */
    private readonly services: ServicesCatalogue,
    /** Booking cards with Book buttons; without them the recommendation names the services only. */
    private readonly booking?: BookingCards,
  ) {
    super(RECOMMENDATION_DIALOG, deps);
    this.addDialog(new WaterfallDialog(STEPS, [this.checkGate.bind(this), this.afterScreening.bind(this)]));
    this.addDialog(screening);
    this.initialDialogId = STEPS;
  }

  /** It only ever waits inside the health check, so the health check decides. */
  protected override takesAsAnswer(context: TurnContext): boolean {
    return this.screening.handlesReply(context);
  }

  private async checkGate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as RecommendationOptions | undefined;
    const book = options?.recognition?.intent === 'book';
    (step.values as StepValues).book = book;
    if (book && this.booking && this.deps.vocabulary.commands.manageBooking.test(step.context.activity.text ?? '')) {
      const url = this.booking.catalogue.manageBookingUrl;
      await this.say(step.context, { text: this.deps.messages.text('booking_manage', { url }) });
      return step.endDialog();
    }
    const { decision, screening } = await this.gate(step.context);
    if (decision.allowed && screening) {
      await this.recommend(step.context, decision, screening, book);
      return step.endDialog();
    }
    const reason = decision.allowed ? 'no_screening' : decision.reason;
    await this.say(step.context, {
      text: this.deps.messages.text(GATE_MESSAGES[reason], { validDays: this.setup.validDays }),
    });
    // Within a day of a red flag, or with a hold only a clinician lifts, a health check could not clear it.
    if (reason === 'safety_hold_recent' || reason === 'safety_hold_clinician') return step.endDialog();
    return step.beginDialog(SCREENING_DIALOG);
  }

  private async afterScreening(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const ended = step.result as ScreeningDialogResult | undefined;
    if (ended?.status !== 'completed') return step.endDialog();
    const { result, record } = ended;
    if (result.outcome === 'suitable' || result.outcome === 'needs_clearance') {
      // A safety hold outranks a clear health check: not even "you can book" while it stands.
      const { decision } = await this.gate(step.context);
      if (!decision.allowed && decision.reason.startsWith('safety_hold')) {
        await this.say(step.context, { text: this.deps.messages.text(GATE_MESSAGES[decision.reason]) });
        return step.endDialog();
      }
    }
    for (const reply of outcomeReplies(
      result,
      this.setup.content,
      this.deps.messages,
      record.clearanceCode,
    )) {
      await this.say(step.context, reply);
    }
    if (result.outcome === 'refer_specialist' || result.outcome === 'not_now') {
      // The team takes it from here: a clinician, if the person wants one (HandoffDialog, "screening_referral").
      const { messages } = this.deps;
      const value = messages.text('choice_talk_to_human');
      await this.say(step.context, {
        text: messages.text('handoff_referral_offer'),
        choices: [{ label: messages.text('handoff_referral_accept'), value }],
      });
    }
    if (result.outcome !== 'suitable' && result.outcome !== 'needs_clearance') return step.endDialog();
    // The same gate as always: a clearance whose rules leave no service in common, or a red flag at the
    // same moment, still stops the suggestion.
    const { decision, screening } = await this.gate(step.context);
    if (decision.allowed && screening) {
      await this.recommend(step.context, decision, screening, (step.values as StepValues).book === true);
    } else {
      await this.say(step.context, { text: this.deps.messages.text('recommendation_unavailable') });
    }
    return step.endDialog();
  }

  /**
   * The services that fit (screening, outcome, conditions and the body areas its cautions leave out)
   * and how to book them. When nothing fits, says so and points to the team instead of an empty list.
   */
  private async recommend(
    context: TurnContext,
    decision: Extract<GateDecision, { allowed: true }>,
    screening: GateScreening,
    book: boolean,
  ): Promise<void> {
    const fired = this.setup.content.rules.filter((rule) => screening.firedRules.includes(rule.id));
    const kinds = [...new Set(fired.flatMap((rule) => (rule.clinicianKind ? [rule.clinicianKind] : [])))];
    const services = this.booking
      ? eligibleServices(this.booking.catalogue, {
          gate: decision,
          outcome: screening.outcome,
          clinicianKinds: kinds,
          excludedAreas: excludedAreas(fired),
        })
      : undefined;
    const ids = services ? services.map((service) => service.id) : decision.allowedServices;
    if (ids.length === 0) {
      await this.say(context, { text: this.deps.messages.text('recommendation_unavailable') });
      return;
    }
    const clearanceKinds = fired.flatMap((rule) =>
      rule.outcome === 'needs_clearance' && rule.clinicianKind ? [rule.clinicianKind] : [],
    );
    await this.say(context, this.recommendation(ids, screening, book, clearanceKinds));
    if (services && this.booking) {
      const clearance =
        screening.outcome === 'needs_clearance'
          ? { clinician: this.clinicianNames(clearanceKinds), code: screening.clearanceCode }
          : undefined;
      const cards = await offerServices(
        context,
        services,
        this.booking,
        this.deps.messages,
        this.deps.clock.now(),
        clearance,
      );
      if (cards) await this.say(context, cards);
    }
  }

  /** "your doctor and your surgeon": every clinician whose OK is needed, as screening.yaml names them. */
  private clinicianNames(kinds: readonly ClinicianKind[]): string {
    return [...new Set(kinds)].map((kind) => this.setup.content.clinicians[kind]).join(' and ');
  }

  private async gate(context: TurnContext): Promise<{ decision: GateDecision; screening?: GateScreening }> {
    const subject = subjectOf(context.activity);
    const { records, validDays } = this.setup;
    const [latest, events, memoryHoldSince] = await Promise.all([
      records.latestFor(subject),
      records.safetyEventsFor(subject),
      this.deps.memory.safetyHoldSince(context),
    ]);
    const parsed = GateScreeningSchema.safeParse(latest);
    const screening = parsed.success ? parsed.data : undefined;
    const { holds, liftedAt } = safetyHoldsFrom({
      events,
      ...(memoryHoldSince ? { memoryHoldSince } : {}),
      clearable: this.deps.safetyHoldClearable ?? (() => false),
    });
    const decision = checkRecommendationGate({
      screening,
      safetyHolds: holds,
      ...(liftedAt ? { holdsLiftedAt: liftedAt } : {}),
      now: this.deps.clock.now(),
      validDays,
    });
    return { decision, screening };
  }

  /**
   * The list of services and how to book. After a clearance outcome it must not read like "these suit
   * you": it says whose OK comes first, to book once it is in hand, bring it, and that the therapist
   * checks it.
   */
  private recommendation(
    services: readonly ServiceId[],
    screening: GateScreening,
    book: boolean,
    clearanceKinds: readonly ClinicianKind[],
  ): Reply {
    const { messages } = this.deps;
    const clearance = screening.outcome === 'needs_clearance';
    const kinds =
      clearanceKinds.length > 0 ? clearanceKinds : screening.clinicianKind ? [screening.clinicianKind] : [];
    const clinician = this.clinicianNames(kinds);
    const intro =
      clearance && clinician
        ? messages.text('recommendation_clearance_intro', { clinician })
        : messages.text(book ? 'recommendation_book_intro' : 'recommendation_intro');
    const parts = [intro, services.map((id) => `- ${this.serviceName(id)}`).join('\n')];
    if (clearance && clinician) parts.push(messages.text('recommendation_clearance_how'));
    if (clearance && screening.clearanceCode)
      parts.push(messages.text('recommendation_clearance_code', { code: screening.clearanceCode }));
    parts.push(messages.text('recommendation_how_to_book'));
    return { text: parts.join('\n\n'), kind: 'recommendation' };
  }

  /** The service's name from services.yaml (which names every service id; kb:check checks it). */
  private serviceName(id: ServiceId): string {
    return findService(this.services, id)?.name ?? id;
  }

}
