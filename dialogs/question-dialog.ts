import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { type DeclineRule, findDecline } from '../src/kb/declines';
import type { MessageId } from '../src/kb/messages';
import { type Article, type SearchIndex, selectAnswer } from '../src/kb';
import type { Intent, Recognition } from '../src/language/intents';
import { redactPersonalData } from '../src/language/redact';
import type { UnansweredQuestionRepository } from '../src/storage/unanswered-questions';
import { CapabilityDialog } from './capability-dialog';
import { readMemory } from './conversation-memory';
import type { DialogDependencies } from './dialog-dependencies';
import { type Reply, type ReplyChoice, toActivity } from './reply';

export const QUESTION_DIALOG = 'question';

/** What QuestionDialog answers from: the loaded articles, their index, and the decline rules. */
export interface QuestionAnswering {
  index: SearchIndex;
  articles: ReadonlyMap<string, Article>;
  declines: readonly DeclineRule[];
  unanswered: UnansweredQuestionRepository;
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
    const intent = options?.recognition?.intent;
    const reply = intent === 'tell_me_more' ? await this.tellMeMore(dc.context) : await this.answer(dc.context, text, intent);
    await dc.context.sendActivity(toActivity(reply, this.deps.messages.text('kb_sources')));
    return dc.endDialog();
  }

  private async answer(context: TurnContext, text: string, intent?: Recognition['intent']): Promise<Reply> {
    const { messages } = this.deps;
    const memory = await readMemory(context, this.deps.memory);
    const decline = findDecline(text, this.qa.declines);
    if (decline) return { text: messages.text(decline.message as MessageId) };

    const selection = selectAnswer(this.qa.index, text);
    if (selection.kind === 'answer') {
      const article = this.qa.articles.get(selection.articleId)!;
      const reply = this.articleReply(article, memory.answersGiven === 0);
      memory.answersGiven++;
      memory.lastArticleId = article.id;
      memory.unansweredInARow = 0;
      return reply;
    }
    if (selection.kind === 'clarify') {
      return { text: messages.text('kb_clarify'), choices: selection.candidates.map((id) => this.topicChoice(id)) };
    }
    memory.unansweredInARow++;
    if (selection.suggestions.length === 0) {
      // Understood as a question but nothing in the knowledge base relates: decline; not understood at all: say so.
      return intent === 'ask_question'
        ? { text: messages.text('out_of_scope') }
        : { text: messages.text('fallback'), choices: this.startingChoices() };
    }
    await this.qa.unanswered.record(redactPersonalData(text), this.deps.clock.now());
    return { text: messages.text('kb_unknown'), choices: selection.suggestions.map((id) => this.topicChoice(id)) };
  }

  private async tellMeMore(context: TurnContext): Promise<Reply> {
    const memory = await readMemory(context, this.deps.memory);
    const article = memory.lastArticleId ? this.qa.articles.get(memory.lastArticleId) : undefined;
    if (!article) return this.answer(context, context.activity.text ?? '');
    if (!article.more) return { text: this.deps.messages.text('kb_nothing_more'), choices: this.followUps(article) };
    return { text: article.more, sources: article.sources, choices: this.followUps(article), kind: 'answer' };
  }

  private startingChoices(): ReplyChoice[] {
    const { messages } = this.deps;
    return (['choice_get_recommendation', 'choice_talk_to_human', 'choice_help'] as const).map((id) => ({
      label: messages.text(id),
      value: messages.text(id),
    }));
  }

  private articleReply(article: Article, first: boolean): Reply {
    const { messages } = this.deps;
    const notes: string[] = [];
    if (article.evidence === 'limited') notes.push(messages.text('kb_evidence_limited'));
    if (article.evidence === 'insufficient') notes.push(messages.text('kb_evidence_insufficient'));
    if (first) notes.push(messages.text('kb_disclaimer'));
    const choices = article.more ? [{ label: messages.text('kb_tell_me_more'), value: messages.text('kb_tell_me_more') }] : [];
    return {
      text: article.body,
      sources: article.sources,
      note: notes.length > 0 ? notes.join(' ') : undefined,
      choices: [...choices, ...this.followUps(article)],
      kind: 'answer',
    };
  }

  private followUps(article: Article): ReplyChoice[] {
    return article.followUps.map((id) => this.topicChoice(id));
  }

  /** A button that leads to one article: its title as the label, its first listed phrasing as what is sent. */
  private topicChoice(articleId: string): ReplyChoice {
    const article = this.qa.articles.get(articleId)!;
    return { label: article.title, value: article.questions[0]! };
  }
}
