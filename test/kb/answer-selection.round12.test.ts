import { expectRightOrOffered, realIndex } from '../helpers/kb';

// Round 12 (issue 12): the question asked wins over the condition or the context mentioned. Of two methods named, the
// one asked to be defined is the article; putting a garment back on after a session is aftercare; more swelling or
// stronger urine after a session is an after-effect; warfarin and the pressure used is the blood-thinners article.
// Phrasings written for this test.
const index = realIndex();

describe('round 12 answers', () => {
  it.each([
    ['one of two methods defined', 'we were taught Vodder at college - what is Leduc exactly?', 'leduc-method'],
    ['the other one defined', 'I had Leduc before, so what is Vodder exactly?', 'vodder-method'],
    ['a garment after a session', 'should I pop my compression stockings back on straight after the session?', 'aftercare'],
    ['swelling up later that day', 'my feet were more swollen the evening after my session, is that normal?', 'normal-after-effects'],
    ['urine after a session', 'is it normal for my urine to be darker after lymphatic drainage', 'normal-after-effects'],
    ['warfarin and the pressure', 'I take warfarin - is the pressure in MLD lighter than a deep tissue massage?', 'mld-blood-thinners'],
    ['a toddler', 'can little ones have MLD? my toddler was born with primary lymphoedema', 'mld-children'],
  ])('%s: "%s"', (_what, text, articleId) => expectRightOrOffered(index, text, articleId));

  it('several methods asked about together keep the overview', () => {
    expectRightOrOffered(index, 'Vodder, Leduc and Földi: what are the differences?', 'mld-methods-overview');
  });
});
