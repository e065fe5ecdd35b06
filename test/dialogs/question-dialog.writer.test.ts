import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/main-dialog';
import { QuestionDialog } from '../../dialogs/question-dialog';
import { type Reply, replyOf as replyOfActivity } from '../../src/conversation/reply';
import { type Article, passagesOf } from '../../src/kb';
import type { AnswerWriter, WrittenAnswer } from '../../src/language/grounded-answer-writer';
import { channelRendering, dialogDependencies, messages, realQuestionAnswering } from '../helpers/dialog-deps';

/** A scripted writer: records what it was given and answers what the test says. */
class ScriptedWriter implements AnswerWriter {
  readonly given: { question: string; ids: string[] }[] = [];
  constructor(private readonly answer: (articles: readonly Article[]) => WrittenAnswer | null) {}
  async write(question: string, articles: readonly Article[]) {
    this.given.push({ question, ids: articles.map((a) => a.id) });
    return this.answer(articles);
  }
}

async function build(writer: AnswerWriter) {
  const deps = await dialogDependencies();
  const qa = realQuestionAnswering();
  const main = new MainDialog(deps, [new QuestionDialog(deps, { ...qa, writer })]);
  const client = new DialogTestClient('test', main, undefined, [channelRendering()], deps.conversationState);
  return { client, article: (id: string) => qa.articles.get(id)! };
}

const replyOf = (activity: { channelData?: unknown } | undefined) =>
  replyOfActivity(activity ?? {}) as Reply;

describe('question answers worded by the answer writer', () => {
  it('shows the written answer with the cited articles’ own sources and evidence note', async () => {
    const writer = new ScriptedWriter((articles) => ({
      text: 'Written: a gentle massage for swelling.',
      citations: articles.slice(0, 2).map((a) => a.id),
    }));
    const { client, article } = await build(writer);
    const reply = replyOf(await client.sendActivity('does lymphatic drainage detox u'));
    const [given] = writer.given;
    expect(given!.ids[0]).toBe('detox-claims');
    expect(given!.ids.length).toBeLessThanOrEqual(3);
    expect(reply.text).toBe('Written: a gentle massage for swelling.');
    const cited = given!.ids.slice(0, 2).map(article);
    const expectedUrls = [...new Set(cited.flatMap((a) => a.sources.map((s) => s.url)))];
    expect(reply.sources!.map((s) => s.url)).toEqual(expectedUrls);
    expect(reply.note).toContain(messages.text('kb_evidence_insufficient'));
    expect(reply.kind).toBe('answer');
  });

  it('shows the curated article when the writer gives nothing back', async () => {
    const { client, article } = await build(new ScriptedWriter(() => null));
    const reply = replyOf(await client.sendActivity('does a lymph massage hurt?'));
    expect(reply.text).toBe(passagesOf(article('does-it-hurt'))[0]);
    expect(reply.sources).toEqual(article('does-it-hurt').sources);
  });

  it('ignores citations of articles it was not given', async () => {
    const { client, article } = await build(new ScriptedWriter(() => ({ text: 'Invented.', citations: ['vip-offers'] })));
    expect(replyOf(await client.sendActivity('does a lymph massage hurt?')).text).toBe(passagesOf(article('does-it-hurt'))[0]);
  });

  it('is not asked for declines or "tell me more"', async () => {
    const writer = new ScriptedWriter(() => ({ text: 'Written.', citations: ['what-to-wear'] }));
    const { client } = await build(writer);
    expect((await client.sendActivity('how much ibuprofen can i take after my session'))?.text).toBe(
      messages.text('decline_medicine'),
    );
    expect(writer.given).toHaveLength(0);
    await client.sendActivity('what should I wear to my lymphatic drainage appointment');
    expect(writer.given).toHaveLength(1);
    await client.sendActivity('tell me more');
    expect(writer.given).toHaveLength(1);
  });
});

describe('evidence notes on written answers', () => {
  it('keeps the matched article’s weak-evidence note even when the writer cites another article', async () => {
    let cited: Article | undefined;
    const writer = new ScriptedWriter((articles) => {
      cited = articles.find((a) => a.evidence === 'moderate' || a.evidence === 'strong');
      return cited ? { text: 'Written.', citations: [cited.id] } : null;
    });
    const { client } = await build(writer);
    const reply = replyOf(await client.sendActivity('does lymphatic drainage detox u'));
    expect(cited).toBeDefined();
    expect(reply.text).toBe('Written.');
    expect(reply.sources).toEqual(cited!.sources);
    expect(reply.note).toContain(messages.text('kb_evidence_insufficient'));
  });
});
