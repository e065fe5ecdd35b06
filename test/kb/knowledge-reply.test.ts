import { buildSearchIndex, decideKnowledgeReply, loadKnowledgeBase, loadSpa } from '../../src/kb';
import { loadDeclines } from '../../src/kb/declines';
import { MESSAGE_IDS } from '../../src/content/messages';
import { KNOWLEDGE_DIR } from '../helpers/dialog-deps';

const kb = loadKnowledgeBase(KNOWLEDGE_DIR, loadSpa(KNOWLEDGE_DIR));
const index = buildSearchIndex(kb.articles, kb.synonyms, { aspects: kb.aspects });
const declines = loadDeclines(KNOWLEDGE_DIR, MESSAGE_IDS);
const aboutUs = () => true;

describe('what the knowledge base does with a message', () => {
  it.each(kb.articles.map((a) => [a.id, a.title]))('a topic button for %s, which sends its title, opens that article', (id, title) => {
    expect(decideKnowledgeReply(index, declines, title, aboutUs)).toMatchObject({ kind: 'answer', articleId: id });
  });

  it('declines a dose question under the medicine rule, whatever the articles say', () => {
    expect(decideKnowledgeReply(index, declines, 'how many mg of ibuprofen can i take', aboutUs)).toMatchObject({
      kind: 'decline',
      rule: { id: 'medicine' },
    });
  });

  it('calls an unanswerable message with nothing of ours in it out of scope, not a gap for the curators', () => {
    expect(decideKnowledgeReply(index, declines, 'what is the capital of peru', () => false)).toEqual({
      kind: 'out_of_scope',
    });
  });
});
