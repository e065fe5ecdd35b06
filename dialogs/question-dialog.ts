import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { DeclineRule } from '../src/kb/declines';
import type { MessageId } from '../src/content/messages';
import { type Article, answerPassages, decideKnowledgeReply, passagesOf, type SearchIndex, search } from '../src/kb';
import type { AnswerWriter } from '../src/language/grounded-answer-writer';
import type { Intent, Recognition } from '../src/language/intents';
import { redactPersonalData } from '../src/language/redact';
import type { UnansweredQuestionRepository } from '../src/kb/unanswered-questions';
import { CapabilityDialog } from '../src/conversation/capability-dialog';
import type { DialogDependencies } from '../src/conversation/dialog-dependencies';
import type { Reply, ReplyChoice } from '../src/conversation/reply';
import { understandTurn } from '../src/conversation/turn-understanding';

export const QUESTION_DIALOG = 'question';

/** Unanswered questions in a row after which the team is offered. */
export const UNANSWERED_BEFORE_HANDOFF = 3;

/** Articles handed to the answer writer: the selected one first, then the next best hits. */
const WRITER_ARTICLES = 3;

/** What QuestionDialog answers from: the loaded articles, their index, and the decline rules. */
export interface QuestionAnswering {
  index: SearchIndex;
  articles: ReadonlyMap<string, Article>;
  declines: readonly DeclineRule[];
  unanswered: UnansweredQuestionRepository;
  /**
   * Optional (ANSWER_WRITER=openai): rewords retrieved articles for the question. Without it, or when it
   * returns null, the curated article text is shown.
   */
  writer?: AnswerWriter;
  /**
   * Optional: an answer worked out for this question from live facts (opening hours and today's date)
   * instead of the article's fixed text, e.g. "No, we're closed on Sundays". Undefined keeps the article.
   */
  liveAnswer?: (articleId: string, question: string, now: Date) => Pick<Reply, 'text' | 'sources'> | undefined;
}

export interface QuestionOptions {
  recognition?: Recognition;
}

/**
 * Answers a general question from the curated articles in one turn: the answer with its sources, an
 * evidence note where the evidence is weak, and follow-ups; "Did you mean…?" between two close
 * candidates; an honest "I don't know" with the closest topics (recorded, redacted, for curators);
 * a brief decline for doses, prescriptions, diagnoses and anything off-topic.
 */
export class QuestionDialog extends CapabilityDialog {
  readonly intents: readonly Intent[] = ['ask_question', 'tell_me_more'];

  constructor(
    deps: DialogDependencies,
    private readonly qa: QuestionAnswering,
  ) {
    super(QUESTION_DIALOG, deps);
  }

  override async beginDialog(dc: DialogContext, options?: QuestionOptions): Promise<DialogTurnResult> {
    const text = (dc.context.activity.text ?? '').trim();
    const reply =
      options?.recognition?.intent === 'tell_me_more'
        ? await this.tellMeMore(dc.context)
        : await this.answer(dc.context, text);
    await this.say(dc.context, reply);
    return dc.endDialog();
  }

  private async answer(context: TurnContext, text: string): Promise<Reply> {
    const { messages } = this.deps;
    const { recognition } = await understandTurn(context, this.deps);
    const selection = decideKnowledgeReply(this.qa.index, this.qa.declines, text, (t) =>
      this.deps.router.isAboutUs(t, recognition),
    );
    // A dose or a diagnosis is declined with what to do instead and, as every decline, the main choices and a person
    // (round 21: the decline named only a doctor or pharmacist and left the person nowhere to go next).
    if (selection.kind === 'decline')
      return { text: messages.text(selection.rule.message as MessageId), choices: this.startingChoices() };
    if (selection.kind === 'out_of_scope') {
      // Nothing of ours in it ("what's the weather in manchester"): outside what we do, said plainly with
      // the choices and a person. Not a gap in the knowledge base, so not recorded for the curators.
      return { text: messages.text('out_of_scope'), choices: this.startingChoices() };
    }
    if (selection.kind === 'answer') {
      const article = this.qa.articles.get(selection.articleId)!;
      const first = (await this.deps.memory.answersGiven(context)) === 0;
      const live = this.qa.liveAnswer?.(article.id, text, this.deps.clock.now());
      const passages = answerPassages(this.qa.index, article, text);
      const reply = live
        ? { ...live, choices: this.followUps(article), kind: 'answer' as const }
        : ((await this.writtenReply(text, article, first)) ?? this.articleReply(article, first, passages));
      await this.deps.memory.recordAnswer(context, { articleId: article.id, shownPassages: passages.shown });
      return reply;
    }
    if (selection.kind === 'clarify') {
      return {
        text: messages.text('kb_clarify'),
        choices: selection.candidates.map((id) => this.topicChoice(id)),
      };
    }
    const unansweredInARow = await this.deps.memory.recordUnanswered(context);
    await this.qa.unanswered.record(redactPersonalData(text), this.deps.clock.now());
    if (unansweredInARow >= UNANSWERED_BEFORE_HANDOFF) {
      // Three in a row the knowledge base could not answer: offer the team first (HandoffDialog), topics after.
      const label = messages.text('choice_talk_to_human');
      return {
        text: messages.text('handoff_unanswered_offer'),
        choices: [{ label, value: label }, ...selection.suggestions.map((id) => this.topicChoice(id))],
      };
    }
    const person = messages.text('choice_talk_to_human');
    return {
      text: messages.text('kb_unknown'),
      choices: [...selection.suggestions.map((id) => this.topicChoice(id)), { label: person, value: person }],
    };
  }

  private async tellMeMore(context: TurnContext): Promise<Reply> {
    const last = await this.deps.memory.lastAnswer(context);
    const article = last ? this.qa.articles.get(last.articleId) : undefined;
    if (!article) return this.answer(context, context.activity.text ?? '');
    const shown = last?.shownPassages;
    const rest = passagesOf(article).filter((_, i) => !shown?.includes(i));
    if (shown === undefined || rest.length === 0)
      return { text: this.deps.messages.text('kb_nothing_more'), choices: this.followUps(article) };
    // Everything else in the article, with its sources: the person asked for the detail.
    await this.deps.memory.forgetShownPassages(context);
    return {
      text: rest.join('\n\n'),
      sources: article.sources,
      choices: this.followUps(article),
      kind: 'answer',
    };
  }

  private startingChoices(): ReplyChoice[] {
    const { messages } = this.deps;
    return (['choice_get_recommendation', 'choice_talk_to_human', 'choice_help'] as const).map((id) => ({
      label: messages.text(id),
      value: messages.text(id),
    }));
  }

  /**
   * The selected article and the next best hits, worded for the question by the answer writer. Undefined
   * means "show the curated text". Sources and the evidence note are always the cited articles' own.
   */
  private async writtenReply(question: string, article: Article, first: boolean): Promise<Reply | undefined> {
    const { writer } = this.qa;
    if (!writer) return undefined;
    const related = search(this.qa.index, question, WRITER_ARTICLES)
      .map((hit) => this.qa.articles.get(hit.articleId))
      .filter((a): a is Article => a !== undefined && a.id !== article.id);
    const articles = [article, ...related].slice(0, WRITER_ARTICLES);
    const written = await writer.write(question, articles);
    const cited = articles.filter((a) => written?.citations.includes(a.id));
    if (!written || cited.length === 0) return undefined;
    return this.articleReply(article, first, undefined, { text: written.text, cited });
  }

  /**
   * The answer first, in the passage that fits the question (2–4 short sentences as curated), then
   * "Tell me more" for the rest. The sources line and the disclaimer come with the first answer of the
   * conversation (and with every "Tell me more"), not under every reply; the evidence note, which is
   * about this article, comes every time.
   */
  private articleReply(
    article: Article,
    first: boolean,
    passages?: { text: string; rest: string[] },
    written?: { text: string; cited: Article[] },
  ): Reply {
    const { messages } = this.deps;
    const basis = written?.cited ?? [article];
    // The evidence note also covers the article the question was matched to, cited or not: a written
    // answer about detox that cites only "what is MLD" still gets the detox article's warning.
    const weighed = [article, ...basis];
    const notes: string[] = [];
    if (weighed.some((a) => a.evidence === 'insufficient'))
      notes.push(messages.text('kb_evidence_insufficient'));
    else if (weighed.some((a) => a.evidence === 'limited')) notes.push(messages.text('kb_evidence_limited'));
    if (first) notes.push(messages.text('kb_disclaimer'));
    const hasMore = written ? article.more !== undefined : (passages?.rest.length ?? 0) > 0;
    const choices = hasMore
      ? [{ label: messages.text('kb_tell_me_more'), value: messages.text('kb_tell_me_more') }]
      : [];
    const sources = basis
      .flatMap((a) => a.sources)
      .filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i);
    return {
      text: written?.text ?? passages?.text ?? article.body,
      sources: first || written ? sources : undefined,
      note: notes.length > 0 ? notes.join(' ') : undefined,
      choices: [...choices, ...this.followUps(article)],
      kind: 'answer',
    };
  }

  private followUps(article: Article): ReplyChoice[] {
    return article.followUps.map((id) => this.topicChoice(id));
  }

  /** A button that leads to one article: it sends the title it shows (each title finds its own article). */
  private topicChoice(articleId: string): ReplyChoice {
    const article = this.qa.articles.get(articleId)!;
    return { label: article.title, value: article.title };
  }
}
