import { type Activity, ActivityTypes, type Middleware, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { replyActivity, replyOf, say } from '../conversation/reply';
import { TRANSCRIPT_PRIVATE } from '../conversation/turn-state';
import type { Clock } from '../clock';
import type { HandoffService } from '../handoff/handoff-service';
import type { TranscriptLine } from '../handoff/ticket';
import { appendToRing, WITHHELD } from '../handoff/transcript';
import type { Logger } from '../log';

/**
 * Keeps the small redacted ring of recent lines a ticket's excerpt is made from. Register it before the
 * red-flag middleware so an urgent answer is in the ring too. Lines are written when the assistant replies
 * (the person's message first, then the replies), before the turn's state is saved; a turn that sends
 * nothing (a message relayed to staff) adds nothing. Contact details given for a call-back are withheld.
 */
export class TranscriptRingMiddleware implements Middleware {
  constructor(
    private readonly ring: StatePropertyAccessor<TranscriptLine[]>,
    private readonly clock: Clock,
    /** Told when the assistant sends an urgent answer (a red flag), which stops the turn before the relay. */
    private readonly onUrgent?: (context: TurnContext, advice: string) => Promise<void>,
    /**
     * True for a turn inside the health check: its answers and the outcome's reasons are health data the
     * README says are not kept, so the ring holds "[withheld]" for that turn's lines.
     */
    private readonly isHealthCheckTurn?: (context: TurnContext) => Promise<boolean>,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    const healthCheckTurn = (await this.isHealthCheckTurn?.(context)) ?? false;
    let personRecorded = false;
    context.onSendActivities(async (ctx, activities, sendNext) => {
      const replies = activities.filter((a) => a.type === ActivityTypes.Message && replyText(a));
      if (replies.length > 0) {
        const at = this.clock.now().toISOString();
        let lines = await this.ring.get(ctx, []);
        if (!personRecorded) {
          personRecorded = true;
          const text =
            healthCheckTurn || ctx.turnState.get(TRANSCRIPT_PRIVATE) ? WITHHELD : (ctx.activity.text ?? '');
          lines = appendToRing(lines, { from: 'person', text, at });
        }
        for (const reply of replies)
          lines = appendToRing(lines, { from: 'assistant', text: healthCheckTurn ? WITHHELD : replyText(reply), at });
        await this.ring.set(ctx, lines);
        const urgent = replies.find((reply) => replyOf(reply)?.kind === 'urgent');
        if (urgent && this.onUrgent) await this.onUrgent(ctx, replyText(urgent));
      }
      return sendNext();
    });
    return next();
  }
}

/** The words of a reply: its Reply's text (a prompt carries its words as text). */
function replyText(activity: Partial<Activity>): string {
  return replyOf(activity)?.text ?? activity.text ?? '';
}

/**
 * While a team member has the conversation or it waits for one, a red-flag message never reaches the relay
 * (the urgent answer ends the turn): this puts the person's message and a note on the ticket, so staff know.
 */
export function noteUrgentOnTicket(handoff: HandoffService, note: string, logger?: Logger) {
  return async (context: TurnContext): Promise<void> => {
    try {
      const ticket = await handoff.activeFor(context.activity.conversation.id);
      if (!ticket) return;
      await handoff.personSaid(ticket, context.activity.text ?? '');
      await handoff.systemNote(ticket, note);
    } catch (error) {
      logger?.warn({ err: { message: (error as Error).message } }, 'could not note an urgent answer on a ticket');
    }
  };
}

/**
 * What the assistant says instead of small talk while the person waits for the team. "hi, I had lipo 2 weeks
 * ago…" typed while waiting is for the team: a "Welcome back" or "I didn't understand" would make the person
 * think it was lost. Answers, screening questions and urgent advice go through unchanged.
 */
export interface WaitingReplies {
  /** The texts of replies that do not answer anything (messages.yaml welcome_back, fallback). */
  readonly idle: readonly string[];
  /** What replaces them (messages.yaml handoff_waiting_noted). */
  readonly noted: string;
  /** Replies after which the acknowledgement still follows (messages.yaml safety_net: a symptom told while waiting). */
  readonly acknowledgeAfter?: readonly string[];
  /** Whether a message asks something (vocabulary.yaml's question openers, or a "?"): questions are still answered. */
  readonly asksQuestion: (text: string) => boolean;
}

/**
 * While a team member has the conversation (a claimed live ticket), the person's messages go to them instead
 * of the dialogs; while the ticket waits in the queue, they are copied to it and the assistant still answers
 * questions, but says the message was passed on where it would otherwise only make small talk.
 * Register it after the red-flag middleware: a red flag is answered with urgent advice whoever has the
 * conversation, and that turn ends there.
 */
export class HandoffRelayMiddleware implements Middleware {
  constructor(
    private readonly handoff: HandoffService,
    private readonly logger?: Logger,
    private readonly waiting?: WaitingReplies,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const text = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
    const conversationId = activity.conversation?.id;
    if (!text || !conversationId) return next();
    const ticket = await this.handoff.activeFor(conversationId);
    if (!ticket) return next();
    try {
      await this.handoff.personSaid(ticket, text);
    } catch (error) {
      this.logger?.warn({ ticketId: ticket.id, err: { message: (error as Error).message } }, 'could not relay a message');
    }
    if (ticket.status === 'claimed' && ticket.mode === 'live') return;
    if (ticket.status === 'open' && ticket.mode === 'live' && this.waiting) {
      const asked = this.waiting.asksQuestion(text);
      const acknowledged = this.acknowledgeWhileWaiting(context, this.waiting, asked);
      await next();
      // A story told while waiting is acknowledged also when the safety net answered it first (a symptom):
      // the person should know the team will see it.
      if (!asked && acknowledged() === 'after_safety_net') await say(context, { text: this.waiting.noted });
      return;
    }
    return next();
  }

  /**
   * Small talk, and an article matched to a message that asks nothing ("I had lipo 2 weeks ago and my legs
   * are still swollen"), become "I've added that to your request": the person is telling the team their
   * story, and a general article would answer a question they did not ask. Questions are still answered.
   */
  private acknowledgeWhileWaiting(
    context: TurnContext,
    waiting: WaitingReplies,
    asked: boolean,
  ): () => 'replaced' | 'after_safety_net' | 'no' {
    const idle = new Set(waiting.idle);
    const after = new Set(waiting.acknowledgeAfter ?? []);
    let replaced = false;
    let safetyNet = false;
    context.onSendActivities(async (_ctx, activities, sendNext) => {
      for (let i = 0; i < activities.length; i++) {
        const reply = replyOf(activities[i]!);
        if (reply?.text === undefined) continue;
        if (after.has(reply.text)) safetyNet = true;
        if (!idle.has(reply.text) && (asked || reply.kind !== 'answer')) continue;
        // Keep the addressing the turn already applied; replace the words and drop the old buttons.
        activities[i] = { ...activities[i], suggestedActions: undefined, ...replyActivity({ text: waiting.noted }) };
        replaced = true;
      }
      return sendNext();
    });
    return () => (replaced ? 'replaced' : safetyNet ? 'after_safety_net' : 'no');
  }
}
