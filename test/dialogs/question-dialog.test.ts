import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/main-dialog';
import { QuestionDialog } from '../../dialogs/question-dialog';
import { passagesOf } from '../../src/kb';
import { channelRendering, dialogDependencies, messages, realQuestionAnswering } from '../helpers/dialog-deps';

async function build() {
  const deps = await dialogDependencies();
  const qa = realQuestionAnswering();
  const main = new MainDialog(deps, [new QuestionDialog(deps, qa)]);
  const client = new DialogTestClient('test', main, undefined, [channelRendering()], deps.conversationState);
  const article = (id: string) => qa.articles.get(id)!;
  /** The passage an article opens with: the direct answer, shown first. */
  const opening = (id: string) => passagesOf(article(id))[0]!;
  return { client, qa, article, opening };
}

const buttons = (reply: { suggestedActions?: { actions: Array<{ title?: string }> } } | undefined) =>
  reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('answering questions from the knowledge base', () => {
  it('answers first in a short passage; sources and the disclaimer come once per conversation', async () => {
    const { client, article, opening } = await build();
    const first = await client.sendActivity('whats MLD');
    expect(first?.text).toContain(opening('what-is-mld'));
    expect(first?.text).not.toContain(passagesOf(article('what-is-mld'))[1]!);
    expect(first?.text).toContain(`${messages.text('kb_sources')}: [`);
    expect(first?.text).toContain(messages.text('kb_disclaimer'));
    expect(buttons(first)).toContain(messages.text('kb_tell_me_more'));
    const second = await client.sendActivity('does a lymph massage hurt?');
    expect(second?.text).toContain(opening('does-it-hurt'));
    expect(second?.text).not.toContain(messages.text('kb_disclaimer'));
    expect(second?.text).not.toContain(`${messages.text('kb_sources')}: [`);
  });

  it('answers in at least two sentences: a one-sentence opening brings the next short passage along', async () => {
    const { client, article } = await build();
    const reply = await client.sendActivity('does lymphatic drainage detox u');
    const [opening, next] = passagesOf(article('detox-claims'));
    expect(reply?.text?.startsWith(`${opening}\n\n${next}`)).toBe(true);
  });

  it('says plainly when evidence is weak', async () => {
    const { client, opening } = await build();
    const reply = await client.sendActivity('does lymphatic drainage detox u');
    expect(reply?.text).toContain(opening('detox-claims'));
    expect(reply?.text).toContain(messages.text('kb_evidence_insufficient'));
  });

  it('offers follow-ups as buttons that send what they show, and gives the rest on "tell me more"', async () => {
    const { client, article, opening } = await build();
    const reply = await client.sendActivity('what should I wear to my lymphatic drainage appointment');
    const wear = article('what-to-wear');
    expect(reply?.text).toContain(opening('what-to-wear'));
    const actions = reply?.suggestedActions?.actions ?? [];
    const followUps = wear.followUps.map((id) => article(id).title);
    expect(followUps.length).toBeGreaterThan(0);
    expect(actions.filter((a: { title?: string }) => followUps.includes(String(a.title)))).toEqual(
      followUps.map((title) => expect.objectContaining({ title, value: title })),
    );
    expect(buttons(reply)).toContain(messages.text('kb_tell_me_more'));
    const more = await client.sendActivity('tell me more');
    const notShownYet = passagesOf(wear).filter((passage) => !reply?.text?.includes(passage));
    expect(notShownYet.length).toBeGreaterThan(0);
    for (const passage of notShownYet) expect(more?.text).toContain(passage);
    expect(more?.text).toContain(`${messages.text('kb_sources')}: [`);
  });

  it('leads with the part of the article the question is about', async () => {
    const { client, article } = await build();
    const reply = await client.sendActivity('is a longer lymphatic drainage session better?');
    const longer = passagesOf(article('session-length')).find((p) => /^longer/i.test(p))!;
    expect(reply?.text?.startsWith(longer)).toBe(true);
  });

  it('fills in the spa’s own facts', async () => {
    const { client } = await build();
    const reply = await client.sendActivity('what are your opening hours on saturday');
    expect(reply?.text).toMatch(/Saturday: 10:00–15:00/);
    expect(reply?.text).not.toContain('{{');
  });

  it('admits it does not know, offers the closest topics and a person, and records the question redacted', async () => {
    const { client, qa } = await build();
    // The address is given, not asked to be used ("email me at ..." asks to be contacted: round 13's retrained intent
    // classifier read that as a request for a suggestion, a drift the closing note records).
    const reply = await client.sendActivity('does lymphatic drainage massage cure tinnitus? my email is jo@example.com');
    expect(reply?.text).toBe(messages.text('kb_unknown'));
    expect(buttons(reply).length).toBeGreaterThanOrEqual(3);
    expect(buttons(reply)).toContain(messages.text('choice_talk_to_human'));
    const recorded = await qa.unanswered.list();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.text).toContain('[email]');
    expect(recorded[0]!.text).not.toContain('jo@example.com');
  });
});
