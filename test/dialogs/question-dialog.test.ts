import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/main-dialog';
import { QuestionDialog } from '../../dialogs/question-dialog';
import { dialogDependencies, messages, realQuestionAnswering } from '../helpers/dialog-deps';

async function build() {
  const deps = await dialogDependencies();
  const qa = realQuestionAnswering();
  const main = new MainDialog(deps, [new QuestionDialog(deps, qa)]);
  const client = new DialogTestClient('test', main, undefined, undefined, deps.conversationState);
  const article = (id: string) => qa.articles.get(id)!;
  return { client, qa, article };
}

const buttons = (reply: { suggestedActions?: { actions: Array<{ title?: string }> } } | undefined) =>
  reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('answering questions from the knowledge base', () => {
  it('answers in the person’s own words, with sources, and the first answer says it is not medical advice', async () => {
    const { client, article } = await build();
    const first = await client.sendActivity('whats MLD');
    expect(first?.text).toContain(article('what-is-mld').body);
    expect(first?.text).toContain(`${messages.text('kb_sources')}: [`);
    expect(first?.text).toContain(messages.text('kb_disclaimer'));
    const second = await client.sendActivity('does a lymph massage hurt?');
    expect(second?.text).toContain(article('does-it-hurt').body);
    expect(second?.text).not.toContain(messages.text('kb_disclaimer'));
  });

  it('copes with typos and slang', async () => {
    const { client, article } = await build();
    expect((await client.sendActivity('lymph massage after lipo??'))?.text).toContain(article('after-liposuction').body);
  });

  it('says plainly when evidence is weak', async () => {
    const { client, article } = await build();
    const reply = await client.sendActivity('does lymphatic drainage detox u');
    expect(reply?.text).toContain(article('detox-claims').body);
    expect(reply?.text).toContain(messages.text('kb_evidence_insufficient'));
  });

  it('offers follow-ups as buttons and expands on "tell me more"', async () => {
    const { client, article } = await build();
    const reply = await client.sendActivity('what should I wear to my lymphatic drainage appointment');
    const wear = article('what-to-wear');
    expect(reply?.text).toContain(wear.body);
    const titles = buttons(reply);
    for (const id of wear.followUps) expect(titles).toContain(article(id).title);
    if (wear.more) {
      expect(titles).toContain(messages.text('kb_tell_me_more'));
      expect((await client.sendActivity('tell me more'))?.text).toContain(wear.more.slice(0, 40));
    }
  });

  it('fills in the spa’s own facts', async () => {
    const { client } = await build();
    const reply = await client.sendActivity('what are your opening hours on saturday');
    expect(reply?.text).toMatch(/Saturday: 10:00–15:00/);
    expect(reply?.text).not.toContain('{{');
  });

  it('declines doses and diagnoses without answering from an article', async () => {
    const { client } = await build();
    expect((await client.sendActivity('how much ibuprofen can i take after my session'))?.text).toBe(
      messages.text('decline_medicine'),
    );
    expect((await client.sendActivity('can you diagnose my rash')).text).toBe(messages.text('decline_diagnosis'));
  });

  it('declines questions outside its subject', async () => {
    const { client } = await build();
    const reply = await client.sendActivity('what is the weather in portland tomorrow');
    expect([messages.text('out_of_scope'), messages.text('fallback'), messages.text('kb_unknown')]).toContain(reply?.text);
    expect(reply?.text).not.toContain(messages.text('kb_sources'));
  });

  it('admits it does not know, offers the closest topics, and records the question redacted', async () => {
    const { client, qa } = await build();
    const reply = await client.sendActivity(
      'can lymphatic drainage massage cure my tinnitus? email me at jo@example.com',
    );
    if (reply?.text === messages.text('kb_unknown')) {
      expect(buttons(reply).length).toBeGreaterThanOrEqual(2);
      const recorded = await qa.unanswered.list();
      expect(recorded).toHaveLength(1);
      expect(recorded[0]!.text).toContain('[email]');
      expect(recorded[0]!.text).not.toContain('jo@example.com');
    } else {
      // The knowledge base may reasonably answer with a related article instead; it must not invent one.
      expect(reply?.text).toContain(messages.text('kb_sources'));
    }
  });
});
