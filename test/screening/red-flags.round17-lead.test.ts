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

describe('an emergency in another language also names the crisis line (round 17)', () => {
  // These lexicons are smaller than the English one: pills taken or a cut made on purpose is often read by an emergency
  // entry, and then got the emergency number alone. Issue 11: self-harm is answered with the crisis line.
  it.each(safety.otherLanguages.languages.map((language) => [language.code, language] as const))(
    '%s: the emergency advice names the emergency number and the crisis line',
    (_code, language) => {
      expect(language.emergencyAdvice).toContain(spa.emergencyNumber);
      expect(language.emergencyAdvice).toContain(spa.crisisLine);
    },
  );

  it('a Spanish overdose gets advice that names the crisis line', () => {
    const verdict = checkSafety('me tomé todas las pastillas de la caja hace una hora y me siento muy mareada', safety);
    expect(isUrgentVerdict(verdict)).toBe(true);
    expect(verdict.kind === 'other_language' && verdict.reading.text).toContain(spa.crisisLine);
  });
});
