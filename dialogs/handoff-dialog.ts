import {
  type Activity,
  EventFactory,
  type StatePropertyAccessor,
  type TurnContext,
  TurnContext as Turn,
} from 'botbuilder';
import {
  ConfirmPrompt,
  type DialogTurnResult,
  ListStyle,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { parseCallbackContact, parseCallbackName } from '../src/handoff/callback';
import type { HandoffService } from '../src/handoff/handoff-service';
import type { ScreeningSummary, Ticket, TicketReason, TranscriptLine } from '../src/handoff/ticket';
import { appendToRing, WITHHELD } from '../src/handoff/transcript';
import type { MessageId } from '../src/content/messages';
import type { Intent, Recognition } from '../src/language/intents';
import { redactPersonalData } from '../src/language/redact';
import { CapabilityDialog } from '../src/conversation/capability-dialog';
import { TRANSCRIPT_PRIVATE } from '../src/conversation/turn-state';
import type { DialogDependencies } from '../src/conversation/dialog-dependencies';
import { QUESTION_DIALOG, UNANSWERED_BEFORE_HANDOFF } from './question-dialog';
import { promptActivity, type Reply } from '../src/conversation/reply';

export const HANDOFF_DIALOG = 'handoff';
const STEPS = 'handoffSteps';
const COMPLAINT_PROMPT = 'handoffComplaint';
const CALLBACK_CONFIRM = 'handoffCallbackConfirm';
const CONSENT_CONFIRM = 'handoffConsent';
const NAME_PROMPT = 'handoffName';
const CONTACT_PROMPT = 'handoffContact';

/** Outcomes after which the team, not the assistant, takes the person on. */
const REFERRAL_OUTCOMES = new Set(['refer_specialist', 'not_now']);
/** A screening this recent that ended in a referral makes "a person, please" a clinician referral. */
const REFERRAL_WINDOW_MS = 86_400_000;
/** What the hand-off dialog needs besides the shared dependencies (built in src/app.ts). */
export interface HandoffSetup {
  service: HandoffService;
  /** The redacted ring of recent lines kept in conversation state. */
  transcript: StatePropertyAccessor<TranscriptLine[]>;
  /** The latest screening of this conversation or person, for the ticket (clinicians see it). */
  screeningFor(context: TurnContext): Promise<ScreeningSummary | undefined>;
  targetMinutes: number;
}

export interface HandoffOptions {
  recognition?: Recognition;
  /** Set by a dialog that offers the hand-off itself (a screening referral). */
  reason?: TicketReason;
}

interface StepValues {
  reason: TicketReason;
  screening?: ScreeningSummary;
  note?: string;
  name?: string;
  /** ISO time the spa opens next, when out of hours. */
  opensAt?: string;
}

/**
 * "A person, please", a complaint, a referral after screening, or three questions the assistant could not
 * answer: opens a ticket for the team. Within opening hours a team member joins this chat (the person hears
 * their place in the queue, and a `handoff.initiate` event goes out for contact-centre platforms). Outside
 * them it offers a call-back: consent first, then a name and a phone number or e-mail address, and nothing
 * is stored without that consent.
 */
export class HandoffDialog extends CapabilityDialog {
  readonly intents: readonly Intent[] = ['talk_to_human', 'complaint'];

  constructor(
    deps: DialogDependencies,
    private readonly setup: HandoffSetup,
  ) {
    super(HANDOFF_DIALOG, deps);
    const { messages } = deps;
    const confirm = (id: string) => {
      const prompt = new ConfirmPrompt(id, undefined, 'en-us').configure({
        confirmChoices: [messages.text('choice_yes'), messages.text('choice_no')],
      });
      prompt.style = ListStyle.suggestedAction;
      return prompt;
    };
    this.addDialog(new TextPrompt(COMPLAINT_PROMPT));
    this.addDialog(confirm(CALLBACK_CONFIRM));
    this.addDialog(confirm(CONSENT_CONFIRM));
    this.addDialog(new TextPrompt(NAME_PROMPT, async (pc) => this.validName(pc)));
    this.addDialog(new TextPrompt(CONTACT_PROMPT, async (pc) => this.validContact(pc)));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.start.bind(this),
        this.afterComplaint.bind(this),
        this.afterCallbackOffer.bind(this),
        this.afterConsent.bind(this),
        this.afterName.bind(this),
        this.afterContact.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  protected override takesAsAnswer(context: TurnContext): boolean {
    return this.deps.vocabulary.answers.confirmations.handoff.test(context.activity.text ?? '');
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const options = (step.options ?? {}) as HandoffOptions;
    if (options.recognition?.intent === 'complaint' && !this.deps.vocabulary.cues.complaint.test(context.activity.text ?? '')) {
      return step.replaceDialog(QUESTION_DIALOG, {
        recognition: { ...options.recognition, intent: 'ask_question' },
      });
    }
    const active = await this.setup.service.activeFor(context.activity.conversation.id);
    if (active) {
      await this.say(context, await this.alreadyReply(active));
      return step.endDialog();
    }
    const values = step.values as StepValues;
    values.screening = await this.setup.screeningFor(context);
    values.reason = options.reason ?? (await this.reasonFor(context, options, values.screening));
    if (values.reason === 'complaint') {
      const prompt = promptActivity(this.deps.messages.text('handoff_complaint_ask'));
      return step.prompt(COMPLAINT_PROMPT, { prompt });
    }
    return step.next();
  }

  private async afterComplaint(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as StepValues;
    if (values.reason === 'complaint' && typeof step.result === 'string') {
      values.note = redactPersonalData(step.result);
      await this.say(step.context, { text: this.deps.messages.text('handoff_complaint_noted') });
    }
    const now = this.deps.clock.now();
    const opensAt = this.setup.service.teamAvailableAt(now);
    if (opensAt && opensAt.getTime() === now.getTime()) {
      await this.openLive(step.context, values);
      return step.endDialog();
    }
    if (!opensAt) {
      await this.say(step.context, { text: this.deps.messages.text('handoff_callback_declined') });
      return step.endDialog();
    }
    values.opensAt = opensAt.toISOString();
    const text = this.deps.messages.text('handoff_closed_now', this.setup.service.describe(opensAt));
    return step.prompt(CALLBACK_CONFIRM, { prompt: promptActivity(text), retryPrompt: promptActivity(text) });
  }

  private async afterCallbackOffer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) {
      await this.say(step.context, { text: this.deps.messages.text('handoff_callback_declined') });
      return step.endDialog();
    }
    const text = this.deps.messages.text('handoff_callback_consent');
    return step.prompt(CONSENT_CONFIRM, { prompt: promptActivity(text), retryPrompt: promptActivity(text) });
  }

  private async afterConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) {
      await this.say(step.context, { text: this.deps.messages.text('handoff_callback_no_consent') });
      return step.endDialog();
    }
    return step.prompt(NAME_PROMPT, {
      prompt: promptActivity(this.deps.messages.text('handoff_callback_ask_name')),
      retryPrompt: promptActivity(this.deps.messages.text('handoff_callback_name_invalid')),
    });
  }

  private async afterName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as StepValues).name = parseCallbackName(String(step.result));
    return step.prompt(CONTACT_PROMPT, {
      prompt: promptActivity(this.deps.messages.text('handoff_callback_ask_contact')),
      retryPrompt: promptActivity(this.deps.messages.text('handoff_callback_contact_invalid')),
    });
  }

  private async afterContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as StepValues;
    const contact = parseCallbackContact(String(step.result));
    if (!contact || !values.name) return step.endDialog();
    const { context } = step;
    const now = this.deps.clock.now();
    await this.setup.service.open({
      reason: values.reason,
      mode: 'callback',
      ...(await this.ticketContext(context, values)),
      contact: { name: values.name, ...contact, consentAt: now.toISOString() },
    });
    const opensAt = values.opensAt ? new Date(values.opensAt) : now;
    await this.say(context, {
      text: this.deps.messages.text('handoff_callback_done', {
        name: values.name,
        ...this.setup.service.describe(opensAt),
      }),
    });
    return step.endDialog();
  }

  private validName(pc: PromptValidatorContext<string>): boolean {
    pc.context.turnState.set(TRANSCRIPT_PRIVATE, true);
    return parseCallbackName(pc.recognized.value ?? '') !== undefined;
  }

  private validContact(pc: PromptValidatorContext<string>): boolean {
    pc.context.turnState.set(TRANSCRIPT_PRIVATE, true);
    return parseCallbackContact(pc.recognized.value ?? '') !== undefined;
  }

  private async reasonFor(
    context: TurnContext,
    options: HandoffOptions,
    screening: ScreeningSummary | undefined,
  ): Promise<TicketReason> {
    if (options.recognition?.intent === 'complaint') return 'complaint';
    const now = this.deps.clock.now().getTime();
    if (
      screening &&
      REFERRAL_OUTCOMES.has(screening.outcome) &&
      now - new Date(screening.completedAt).getTime() <= REFERRAL_WINDOW_MS
    )
      return 'screening_referral';
    if ((await this.deps.memory.unansweredInARow(context)) < UNANSWERED_BEFORE_HANDOFF) return 'asked_for_human';
    await this.deps.memory.resetUnanswered(context);
    return 'unanswered_questions';
  }

  private async openLive(context: TurnContext, values: StepValues): Promise<void> {
    const ticketContext = await this.ticketContext(context, values);
    const { ticket, position } = await this.setup.service.open({
      reason: values.reason,
      mode: 'live',
      ...ticketContext,
    });
    await this.say(context, {
      text: this.deps.messages.text('handoff_live_queued', {
        position: position ?? 1,
        minutes: this.setup.targetMinutes,
      }),
    });
    // For contact-centre platforms listening on the channel (Omnichannel, LivePerson…): the standard event.
    const transcript = {
      activities: ticketContext.excerpt.map((line) => this.transcriptActivity(context, line)),
    };
    await context.sendActivity(
      EventFactory.createHandoffInitiation(
        context,
        { ticketId: ticket.id, reason: ticket.reason },
        transcript,
      ),
    );
  }

  /** Everything a ticket carries from this conversation: reference, channel, screening, redacted excerpt. */
  private async ticketContext(context: TurnContext, values: StepValues) {
    const at = this.deps.clock.now().toISOString();
    const ring = await this.setup.transcript.get(context, []);
    const current = context.turnState.get(TRANSCRIPT_PRIVATE) ? WITHHELD : (context.activity.text ?? '');
    return {
      conversationId: context.activity.conversation.id,
      channel: context.activity.channelId,
      conversationReference: { ...Turn.getConversationReference(context.activity) } as Record<
        string,
        unknown
      >,
      ...(values.screening ? { screening: values.screening } : {}),
      ...(values.note ? { note: values.note } : {}),
      excerpt: appendToRing(ring, { from: 'person', text: current, at }),
    };
  }

  private transcriptActivity(context: TurnContext, line: TranscriptLine): Activity {
    const { from, recipient } = context.activity;
    const person = line.from === 'person';
    return {
      type: 'message',
      text: line.text,
      timestamp: new Date(line.at),
      from: person ? from : recipient,
      recipient: person ? recipient : from,
    } as Activity;
  }

  private async alreadyReply(ticket: Ticket): Promise<Reply> {
    const { messages } = this.deps;
    if (ticket.status === 'claimed')
      return { text: messages.text('handoff_already_claimed', { name: ticket.claimedBy }) };
    if (ticket.mode === 'callback') {
      const when = ticket.dueBy.getTime() - this.setup.targetMinutes * 60_000;
      return { text: messages.text('handoff_already_callback', this.setup.service.describe(new Date(when))) };
    }
    const position = (await this.setup.service.positionOf(ticket)) ?? 1;
    return { text: messages.text('handoff_already_waiting' satisfies MessageId, { position }) };
  }

}
