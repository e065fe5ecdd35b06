import type { TurnContext } from 'botbuilder';
import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogReason,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { z } from 'zod';
import {
  type Answer,
  type Answers,
  AnswersSchema,
  applicableAnswers,
  evaluate,
  NOT_SURE,
  newClearanceCode,
  nextQuestion,
  type ParsedAnswer,
  parseAnswer,
  pendingQuestions,
  rulesVersion,
  type ScreeningQuestion,
  SCREENING_URGENT_FLAG,
} from '../src/screening';
import { subjectOf } from '../src/screening/screening-records';
import { DELETE_DATA_DIALOG } from './delete-data-dialog';
import { HANDOFF_DIALOG } from './handoff-dialog';
import type { ResumesAfterHandoff } from './main-dialog';
import type { DialogDependencies } from '../src/conversation/dialog-dependencies';
import { type Reply, type ReplyChoice, say } from '../src/conversation/reply';
import type { AnswerWords } from '../src/conversation/screening-commands';
import { looksLikeQuestion, screeningCommand } from '../src/language/vocabulary';
import {
  ERASED_IN_SCREENING,
  type ScreeningDialogResult,
  type ScreeningSetup,
} from '../src/conversation/screening-setup';
import { recognizeTurn } from '../src/conversation/turn-recognition';

export const SCREENING_STEPS = 'screeningSteps';

/**
 * A knowledge question, "delete my data" or "what should I book?" in the middle of the health check is
 * taken as such only when the recognizer is this sure; below it the reply counts as unclear.
 */
export const SIDE_REQUEST_MIN_SCORE = 0.7;

/** Consent is one more yes/no question, read with the same words as the screening's own. */
const CONSENT: ScreeningQuestion = {
  id: 'consent',
  summary: '-',
  type: 'yes_no',
  text: '-',
  help: '-',
  alsoUnderstands: [],
  yesCues: [],
  yesCueSets: [],
};
/**
 * What the health check keeps while it runs, in the dialog's own state (so a restarted bot resumes at
 * the pending question). Each step is one reply and every answer it gave, so "back" undoes inferred
 * answers too. Nothing of this outlives the dialog.
 */
const StateSchema = z.object({
  consented: z.boolean(),
  steps: z.array(z.object({ questionId: z.string(), answers: AnswersSchema })),
  /** The question last shown ("consent" before consent), so a reply is read against what the person saw. */
  asking: z.string().optional(),
  /** Unclear replies in a row to the pending question. */
  unclear: z.number().int().nonnegative(),
  /** The safety hold already accounted for; a newer one means the answers so far are out of date. */
  holdSeen: z.string().optional(),
  /** The full consent text was shown once; later prompts for consent are one short line. */
  consentShown: z.boolean().default(false),
  /** The review step before the result: showing the answers, or waiting for which one to change. */
  reviewing: z.enum(['confirm', 'pick']).optional(),
});
type ScreeningState = z.input<typeof StateSchema>;
const REVIEW = 'review';

/**
 * The loop inside ScreeningDialog: read the reply to the pending question, record it, ask the next
 * one, and end with the outcome when `nextQuestion` has nothing left.
 *
 * Unclear replies: the first gets the question again with its buttons plus "Not sure" and "Talk to a
 * person"; the second is recorded as "not sure", which every rule treats like the risky answer, and the
 * person is told so and how to change it ("back"). So no question is shown a third time: guessing "no"
 * would be unsafe, and asking forever loses people.
 *
 * Each question shows "Question n of about m" (m counts what is still relevant for this person), and
 * before the result a review step lists the answers briefly, to confirm or change one. An urgent
 * outcome skips the review: the advice must not wait.
 */
export class ScreeningSteps extends Dialog implements ResumesAfterHandoff {
  /** "Talk to a person" mid-check: the team is asked, then the same question again (resumeDialog). */
  readonly resumesAfterHandoff = true;

  constructor(
    private readonly deps: DialogDependencies,
    private readonly setup: ScreeningSetup,
    private readonly answerWords: AnswerWords,
    private readonly questionDialogId?: string,
  ) {
    super(SCREENING_STEPS);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.deps.memory.setHealthCheckActive(dc.context, true);
    const holdSince = await this.deps.memory.safetyHoldSince(dc.context);
    return this.ask(dc, {
      consented: false,
      steps: [],
      unclear: 0,
      ...(holdSince ? { holdSeen: holdSince } : {}),
    });
  }

  /** However the check ends (finished, declined, cancelled, restarted), its turns stop being local-only. */
  override async endDialog(
    context: TurnContext,
    instance: DialogInstance,
    reason: DialogReason,
  ): Promise<void> {
    // After "delete my data" there is no memory left to clear, and reading it would write it back.
    if (!context.turnState.get(ERASED_IN_SCREENING)) {
      await this.deps.memory.setHealthCheckActive(context, false);
    }
    await super.endDialog(context, instance, reason);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const parsed = StateSchema.safeParse(dc.activeDialog?.state);
    if (!parsed.success) {
      await say(dc.context, { text: this.deps.messages.text('screening_restarted') });
      return this.ask(dc, { consented: false, steps: [], unclear: 0 });
    }
    let state = parsed.data;
    const holdSince = await this.deps.memory.safetyHoldSince(dc.context);
    if (holdSince !== undefined && holdSince !== state.holdSeen) {
      // A red flag since the screening began: its answers (the symptom question first) may be out of date.
      const hadAnswers = state.steps.length > 0;
      state = { ...state, steps: [], unclear: 0, holdSeen: holdSince, reviewing: undefined };
      if (hadAnswers) {
        await say(dc.context, { text: this.deps.messages.text('screening_recheck_after_red_flag') });
        return this.ask(dc, state);
      }
    }
    return this.handle(dc, state, (dc.context.activity.text ?? '').trim());
  }

  /** After a knowledge answer or the delete confirmation: the same question again. */
  override async resumeDialog(
    dc: DialogContext,
    _reason: DialogReason,
    _result?: unknown,
  ): Promise<DialogTurnResult> {
    if (dc.context.turnState.get(ERASED_IN_SCREENING)) return this.end(dc, { status: 'erased' });
    const state = this.stateOf(dc.activeDialog);
    await say(dc.context, { text: this.deps.messages.text('screening_resume') });
    return this.ask(dc, state);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = this.stateOf(instance);
    if (state.reviewing) {
      await say(context, this.reviewReply(state));
      return;
    }
    const question = state.consented ? nextQuestion(answersOf(state), this.setup.content) : undefined;
    await say(context, question ? this.questionReply(question, state) : this.consentReply(true));
  }

  private async handle(dc: DialogContext, state: ScreeningState, text: string): Promise<DialogTurnResult> {
    const { messages } = this.deps;
    const command = screeningCommand(this.deps.vocabulary, text);
    if (command === 'restart') {
      await say(dc.context, { text: messages.text('screening_restarted') });
      return this.ask(dc, { ...state, steps: [], unclear: 0, reviewing: undefined });
    }
    if (!state.consented) return this.handleConsent(dc, state, text, command !== undefined);
    if (state.reviewing) return this.handleReview(dc, state, text, command);

    const question = nextQuestion(answersOf(state), this.setup.content);
    // Finished, or the content changed under a resumed screening: ask whatever comes next now.
    if (!question || state.asking !== question.id) return this.ask(dc, state);
    if (command === 'why') {
      await say(dc.context, { text: question.help });
      return this.ask(dc, state);
    }
    if (command === 'back') return this.back(dc, state);

    const answerOnly = this.answerWords.isAnswerOnly(text);
    // A reply phrased as a question is not read as an answer: "what is dialysis?" names an option, and
    // "is it ok if I have no lymph nodes?" contains a "no".
    const asked = !answerOnly && looksLikeQuestion(this.deps.vocabulary, text);
    if (!asked) {
      const parsed = parseAnswer(question, text, this.setup.content);
      if (parsed.understood) return this.record(dc, state, question, parsed);
    } else {
      // A question that carries its own doubt ("a cold sore, does that count?", "could it be a clot?") is an
      // unsure answer: kept as "not sure" (which counts like a yes), and the person is told how to change it.
      const parsed = parseAnswer(question, text, this.setup.content);
      if (parsed.understood && parsed.answer.value === NOT_SURE) {
        await say(dc.context, { text: this.deps.messages.text('screening_question_taken_not_sure') });
        return this.record(dc, state, question, parsed);
      }
    }
    if (!answerOnly) {
      const side = await this.sideRequest(dc, state, question);
      if (side) return side;
    }
    return this.unclear(dc, state, question);
  }

  private async handleConsent(
    dc: DialogContext,
    state: ScreeningState,
    text: string,
    isCommand: boolean,
  ): Promise<DialogTurnResult> {
    const { messages } = this.deps;
    if (isCommand) return this.ask(dc, state);
    const parsed = parseAnswer(CONSENT, text, this.setup.content);
    const value = parsed.understood && parsed.answer.kind === 'yes_no' ? parsed.answer.value : undefined;
    if (value === 'yes' || this.deps.vocabulary.answers.agrees.test(text.replace(/'/g, ''))) {
      return this.ask(dc, { ...state, consented: true, unclear: 0 });
    }
    if (value === 'no' || value === 'not_sure') return this.decline(dc);
    if (!this.answerWords.isAnswerOnly(text)) {
      const side = await this.sideRequest(dc, state);
      if (side) return side;
    }
    // Without a clear yes there is no consent: asked once more, then general information only.
    if (state.unclear > 0) return this.decline(dc);
    await say(dc.context, {
      text: messages.text('screening_unclear', { options: this.options(this.yesNo()) }),
    });
    return this.ask(dc, { ...state, unclear: 1 });
  }

  private async decline(dc: DialogContext): Promise<DialogTurnResult> {
    await say(dc.context, { text: this.deps.messages.text('screening_consent_declined') });
    return this.end(dc, { status: 'declined' });
  }

  /**
   * Something other than an answer that the recognizer is sure about; undefined to treat the reply as
   * unclear. Asking for a person opens the hand-off (the health check resumes afterwards); asking for a
   * recommendation again counts as an unclear reply, so it can never loop on the same question.
   */
  private async sideRequest(
    dc: DialogContext,
    state: ScreeningState,
    question?: ScreeningQuestion,
  ): Promise<DialogTurnResult | undefined> {
    const recognition = await recognizeTurn(dc.context, this.deps);
    if (recognition.score < SIDE_REQUEST_MIN_SCORE) return undefined;
    switch (recognition.intent) {
      case 'delete_my_data':
        this.save(dc, state);
        return dc.beginDialog(DELETE_DATA_DIALOG);
      case 'ask_question':
        if (!this.questionDialogId) return undefined;
        // During a question, only a reply phrased as a question gets an article: "my ankles swell in hot weather"
        // is an answer we could not place, asked again (once, then "not sure"), not a topic to read about.
        if (question && !looksLikeQuestion(this.deps.vocabulary, (dc.context.activity.text ?? '').trim()))
          return undefined;
        this.save(dc, state);
        return dc.beginDialog(this.questionDialogId, { recognition });
      case 'talk_to_human':
        if (!dc.findDialog(HANDOFF_DIALOG)) return undefined;
        this.save(dc, state);
        return dc.beginDialog(HANDOFF_DIALOG, { recognition });
      case 'get_recommendation':
      case 'book':
        if (question)
          return this.unclear(dc, state, question, this.deps.messages.text('screening_finish_first'));
        await say(dc.context, { text: this.deps.messages.text('screening_finish_first') });
        return this.ask(dc, state);
      default:
        return undefined;
    }
  }

  private async record(
    dc: DialogContext,
    state: ScreeningState,
    question: ScreeningQuestion,
    parsed: Extract<ParsedAnswer, { understood: true }>,
  ): Promise<DialogTurnResult> {
    const known = answersOf(state);
    // "had lipo 2 weeks ago" also answers the surgery type and days; an earlier answer is never overwritten.
    const inferred = Object.entries(parsed.inferred).filter(([id]) => !(id in known));
    const answers: Answers = { [question.id]: parsed.answer, ...Object.fromEntries(inferred) };
    await noteSafetyContext(dc.context, this.deps, answers);
    return this.ask(dc, {
      ...state,
      steps: [...state.steps, { questionId: question.id, answers }],
      unclear: 0,
    });
  }

  private async unclear(
    dc: DialogContext,
    state: ScreeningState,
    question: ScreeningQuestion,
    lead?: string,
  ): Promise<DialogTurnResult> {
    const { messages } = this.deps;
    if (state.unclear === 0) {
      const text =
        lead ??
        (question.type === 'number'
          ? messages.text('screening_unclear_number')
          : messages.text('screening_unclear_offer'));
      await say(dc.context, { text });
      return this.ask(dc, { ...state, unclear: 1 }, { offerPerson: true });
    }
    if (lead) await say(dc.context, { text: lead });
    await say(dc.context, { text: messages.text('screening_assumed_not_sure') });
    const answers: Answers = { [question.id]: notSure(question) };
    return this.ask(dc, {
      ...state,
      steps: [...state.steps, { questionId: question.id, answers }],
      unclear: 0,
    });
  }

  private async back(dc: DialogContext, state: ScreeningState): Promise<DialogTurnResult> {
    if (state.steps.length === 0) {
      await say(dc.context, { text: this.deps.messages.text('screening_back_first') });
      return this.ask(dc, state);
    }
    return this.ask(dc, { ...state, steps: state.steps.slice(0, -1), unclear: 0, reviewing: undefined });
  }

  /**
   * Shows the pending question (or consent), or the review step when nothing is left to ask, or ends
   * with the outcome once the answers are confirmed (at once when the outcome is urgent).
   */
  private async ask(
    dc: DialogContext,
    state: ScreeningState,
    options: { offerPerson?: boolean } = {},
  ): Promise<DialogTurnResult> {
    if (!state.consented) {
      this.save(dc, { ...state, asking: CONSENT.id, consentShown: true });
      await say(dc.context, this.consentReply(state.consentShown === true));
      return Dialog.EndOfTurn;
    }
    const question = nextQuestion(answersOf(state), this.setup.content);
    if (!question) {
      if (evaluate(answersOf(state), this.setup.content).outcome === 'urgent') return this.finish(dc, state);
      const review = { ...state, reviewing: 'confirm' as const, asking: REVIEW, unclear: 0 };
      this.save(dc, review);
      await say(dc.context, this.reviewReply(review));
      return Dialog.EndOfTurn;
    }
    this.save(dc, {
      ...state,
      asking: question.id,
      unclear: state.asking === question.id ? state.unclear : 0,
    });
    await say(dc.context, this.questionReply(question, state, options.offerPerson === true));
    return Dialog.EndOfTurn;
  }

  /** The review step: confirm ("yes") finishes; "change an answer" lists the answers to pick one. */
  private async handleReview(
    dc: DialogContext,
    state: ScreeningState,
    text: string,
    command: ReturnType<typeof screeningCommand>,
  ): Promise<DialogTurnResult> {
    const { messages } = this.deps;
    const words = normalize(text);
    if (state.reviewing === 'pick') {
      const step = this.answeredSteps(state).find((s) => normalize(s.summary) === words);
      if (step) {
        const steps = state.steps.filter((s) => s.questionId !== step.questionId);
        return this.ask(dc, { ...state, steps, reviewing: undefined, unclear: 0 });
      }
    }
    if (command === 'back' || words === normalize(messages.text('choice_review_change'))) {
      const pick = { ...state, reviewing: 'pick' as const };
      this.save(dc, pick);
      await say(dc.context, this.pickReply(pick));
      return Dialog.EndOfTurn;
    }
    const parsed = parseAnswer(CONSENT, text, this.setup.content);
    const agrees = parsed.understood && parsed.answer.kind === 'yes_no' && parsed.answer.value === 'yes';
    if (
      agrees ||
      words === normalize(messages.text('choice_review_confirm')) ||
      this.deps.vocabulary.answers.agrees.test(text.replace(/'/g, ''))
    ) {
      return this.finish(dc, { ...state, reviewing: undefined });
    }
    if (!this.answerWords.isAnswerOnly(text)) {
      const side = await this.sideRequest(dc, state);
      if (side) return side;
    }
    await say(dc.context, {
      text: messages.text('screening_review_unclear'),
      choices: this.reviewChoices(),
    });
    return Dialog.EndOfTurn;
  }

  /** Evaluates, keeps the outcome (never the answers) for audit and the gate, and ends. */
  private async finish(dc: DialogContext, state: ScreeningState): Promise<DialogTurnResult> {
    const { content, records } = this.setup;
    const result = evaluate(answersOf(state), content);
    const completedAt = this.deps.clock.now();
    const record = await records.recordOutcome({
      ...subjectOf(dc.context.activity),
      outcome: result.outcome,
      allowedServices: result.allowedServices,
      ...(result.clinicianKind ? { clinicianKind: result.clinicianKind } : {}),
      firedRules: result.firedRules,
      rulesVersion: this.setup.contentVersion ?? rulesVersion(content),
      completedAt,
      ...(result.outcome === 'needs_clearance' ? { clearanceCode: newClearanceCode() } : {}),
    });
    if (result.outcome === 'urgent') {
      await this.deps.memory.placeSafetyHold(dc.context, completedAt);
      // Durable and visible to staff like a red flag (flag id, time and channel; never the answers).
      await records.recordSafetyEvent({
        ...subjectOf(dc.context.activity),
        flagId: SCREENING_URGENT_FLAG,
        at: completedAt,
        ...(dc.context.activity.channelId ? { channelId: dc.context.activity.channelId } : {}),
      });
    }
    return this.end(dc, { status: 'completed', result, record });
  }

  private end(dc: DialogContext, result: ScreeningDialogResult): Promise<DialogTurnResult> {
    return dc.endDialog(result);
  }

  /** The full consent text the first time; afterwards one short line, so it is never repeated in full. */
  private consentReply(again = false): Reply {
    const { validDays, retentionDays } = this.setup;
    const text = again
      ? this.deps.messages.text('screening_consent_again')
      : this.deps.messages.text('screening_consent', { validDays, retentionDays });
    return { text, choices: this.yesNo() };
  }

  /** "Question n of about m", then the question, with its buttons (and "Talk to a person" after an unclear reply). */
  private questionReply(question: ScreeningQuestion, state: ScreeningState, offerPerson = false): Reply {
    const answers = answersOf(state);
    const number = state.steps.length + 1;
    const total = state.steps.length + Math.max(1, pendingQuestions(answers, this.setup.content).length);
    const progress = this.deps.messages.text('screening_progress', { number, total });
    const choices = this.choicesFor(question);
    if (offerPerson) {
      const person = this.deps.messages.text('choice_talk_to_human');
      choices.push({ label: person, value: person });
    }
    return { text: `${progress}\n\n${question.text}`, choices };
  }

  /** The answers so far, one line each, with "Yes, that's right" and "Change an answer". */
  private reviewReply(state: ScreeningState): Reply {
    const { messages } = this.deps;
    const lines = this.answeredSteps(state).map((step) => `- ${step.summary}: ${step.answer}`);
    return {
      text: [
        messages.text('screening_review_intro'),
        lines.join('\n'),
        messages.text('screening_review_prompt'),
      ].join('\n\n'),
      choices: this.reviewChoices(),
    };
  }

  private pickReply(state: ScreeningState): Reply {
    return {
      text: this.deps.messages.text('screening_review_pick'),
      choices: this.answeredSteps(state).map((step) => ({ label: step.summary, value: step.summary })),
    };
  }

  private reviewChoices(): ReplyChoice[] {
    return (['choice_review_confirm', 'choice_review_change'] as const).map((id) => {
      const label = this.deps.messages.text(id);
      return { label, value: label };
    });
  }

  /** Each question the person answered (or that an answer settled) and still counts, in asking order. */
  private answeredSteps(state: ScreeningState): { questionId: string; summary: string; answer: string }[] {
    const { content } = this.setup;
    const answers = answersOf(state);
    const counted = new Set(Object.keys(applicableAnswers(answers, content)));
    return content.questions
      .filter((q) => counted.has(q.id))
      .map((q) => ({
        questionId: stepOf(state, q.id),
        summary: q.summary,
        answer: this.answerText(q, answers[q.id]!),
      }));
  }

  private answerText(question: ScreeningQuestion, answer: Answer): string {
    const { messages } = this.deps;
    if (answer.value === NOT_SURE) return messages.text('choice_not_sure');
    switch (question.type) {
      case 'yes_no':
        return messages.text(answer.value === 'yes' ? 'choice_yes' : 'choice_no');
      case 'choice':
        return question.options.find((o) => o.id === answer.value)?.label ?? String(answer.value);
      case 'number':
        return question.unit === 'days'
          ? messages.text('screening_review_days_ago', { days: Number(answer.value) })
          : String(answer.value);
    }
  }

  private choicesFor(question: ScreeningQuestion): ReplyChoice[] {
    const notSureLabel = this.deps.messages.text('choice_not_sure');
    const notSureChoice = { label: notSureLabel, value: notSureLabel };
    switch (question.type) {
      case 'yes_no':
        return [...this.yesNo(), notSureChoice];
      case 'choice': {
        const none = this.deps.messages.text('choice_none_of_these');
        const options = question.options.filter((o) => o.id !== question.noneMeans);
        return [
          ...options.map((o) => ({ label: o.label, value: o.label })),
          { label: none, value: none },
          notSureChoice,
        ];
      }
      case 'number':
        return [notSureChoice];
    }
  }

  private yesNo(): ReplyChoice[] {
    return (['choice_yes', 'choice_no'] as const).map((id) => {
      const label = this.deps.messages.text(id);
      return { label, value: label };
    });
  }

  private options(choices: readonly ReplyChoice[]): string {
    return choices.map((c) => c.label).join(', ');
  }

  private stateOf(instance: DialogInstance | undefined): ScreeningState {
    const parsed = StateSchema.safeParse(instance?.state);
    return parsed.success ? parsed.data : { consented: false, steps: [], unclear: 0, consentShown: true };
  }

  private save(dc: DialogContext, state: ScreeningState): void {
    if (dc.activeDialog) dc.activeDialog.state = state;
  }

}

function answersOf(state: ScreeningState): Answers {
  return Object.assign({}, ...state.steps.map((step) => step.answers)) as Answers;
}

function notSure(question: ScreeningQuestion): Answer {
  switch (question.type) {
    case 'yes_no':
      return { kind: 'yes_no', value: 'not_sure' };
    case 'number':
      return { kind: 'number', value: NOT_SURE };
    case 'choice':
      return { kind: 'choice', value: NOT_SURE };
  }
}

/** The step (by its question id) that holds an answer: the question's own step, or the one that inferred it. */
function stepOf(state: ScreeningState, questionId: string): string {
  return state.steps.find((step) => questionId in step.answers)?.questionId ?? questionId;
}

/** Lower case words only, to compare a pressed button's text with its label. */
function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/['\u2019]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/** Keeps the safety contexts these answers imply (ids only, red-flags.yaml `screeningContext`) in memory. */
async function noteSafetyContext(context: TurnContext, deps: DialogDependencies, answers: Answers): Promise<void> {
  const found = deps.safetyContextFromAnswers?.(answers) ?? [];
  if (found.length === 0) return;
  await deps.memory.addSafetyContexts(context, found);
}
