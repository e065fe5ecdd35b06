import { expectRightOrOffered, realIndex } from '../helpers/kb';

// Round 18 (und18b, issue 12): concepts the articles' phrasings lacked. Injectables and how long they last belong
// to the Botox-and-fillers article; swelling after dental or bone surgery is the general post-surgery article (not
// the facelift one); results that fade by the next day ask how long effects last; herbal lymph supplements are
// the lymph-drops article; "drainage" with tubes or fluid leaving the body is answered where MLD is explained.
// Phrasings written for this test (none is a read-set message or an article phrasing).
const index = realIndex();

describe('round 18 (und18b) answers', () => {
  it.each([
    ['injectable fading', 'could a drainage facial make my anti-wrinkle injections fade sooner', 'botox-fillers'],
    ['filler under the eyes', 'is it ok to have face lymph work a week after my under-eye filler', 'botox-fillers'],
    ['jaw surgery swelling', 'my jaw is swollen after having a tooth pulled under sedation, can MLD bring it down', 'post-surgical-swelling'],
    ['bone surgery swelling', 'they put a plate in my broken wrist and it is still puffy, does lymphatic drainage help', 'post-surgical-swelling'],
    ['results fading', 'the de-puffing was gone by the next morning, how long should a session keep working', 'effects-duration'],
    ['herbal tincture', 'is an echinacea tincture for the lymph glands worth buying', 'lymphatic-drops'],
    ['drops and medicines', 'can herbal lymph drops clash with my other medication', 'lymphatic-drops'],
    ['own face', 'how can i drain my own face at home', 'self-massage-at-home'],
    ['no tubes', 'does lymphatic drainage involve needles or tubes', 'session-what-to-expect'],
  ])('%s: "%s"', (_what, text, articleId) => expectRightOrOffered(index, text, articleId));

  it('the plain definition question keeps the MLD article', () => {
    expectRightOrOffered(index, 'what is a lymphatic massage', 'what-is-mld');
  });
});
