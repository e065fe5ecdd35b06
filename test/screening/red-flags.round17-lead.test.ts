import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 17 (lead): two everyday words the lexicon read as emergencies, from und17b's report of general questions that
// got urgent advice. Fresh messages, written for this test; the lexicon alone (no urgency model).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('exfoliation is not skin dying', () => {
  it.each([
    'should I exfoliate the dead skin before my lymphatic session',
    'is a body scrub to get the dead skin cells off ok the day before MLD',
  ])('"%s" is answered, not treated as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    'had my tummy tuck a week ago and there is dead skin going black near the scar',
    'lipo 4 days ago, a patch of skin on my flank is turning black',
  ])('"%s" after surgery is still an emergency', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('French: making something disappear is not a wish to disappear', () => {
  it('"faire disparaître la cellulite" is a question about a treatment', () => {
    expect(urgent('le drainage lymphatique peut-il faire disparaître la peau d orange ?')).toBe(false);
  });

  it.each(['je voudrais juste disparaître, je suis fatiguée de tout', 'parfois j ai envie de disparaître'])(
    '"%s" still gets the crisis answer',
    (text) => {
      const verdict = checkSafety(text, safety);
      expect(verdict.kind === 'other_language' && verdict.reading.kind).toBe('crisis');
    },
  );
});
