import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 16 (tuner safety16a): causes of missed emergencies. The tuning set is
// test/fixtures/held-back/urgency-examples-round16-safety16a.yaml; these are fresh messages again, not copies of it or of any batch.
// The lexicon alone is tested (no urgency model), so the rules themselves carry the behaviour.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('a denied all-clear is no all-clear', () => {
  it.each([
    'tummy tuck 5 days ago, out of breath and it wont settle',
    'four days after my lipo I am breathless and it hasnt really settled',
    'since my bbl I get out of breath on the landing and it has not settled at all',
    'had liposuction last week, short of breath, it never went away',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'felt breathless the day after my tummy tuck but it settled by the evening and I am fine now, can I book?',
    'got a bit short of breath after lipo, it went away after a rest, when can I start MLD?',
  ])('still reads "%s" as over', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe("Caribbean English spellings of can't and not", () => {
  it.each([
    'mi granddad cyaan breathe good and him chest a hurt him',
    'she face drop one side and she cyaan talk proper',
    'mi just waan sleep an nuh wake up again',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it('does not alarm on an eager client', () => {
    expect(urgent('mi cyaan wait fi mi facial next week, it nuh too dear')).toBe(false);
  });
});

describe('a pain compared with the one the person has now is here now', () => {
  it('answers "never had a pain like the one I have now" as urgent', () => {
    expect(urgent('never had a pain in my chest like the one I have got now, pressing and heavy')).toBe(true);
  });

  it("does not read a comparison with someone else's pain as a symptom", () => {
    expect(urgent("I don't have chest pain like the one my mum had, it's only a sore muscle from lifting. book me in?")).toBe(
      false,
    );
  });
});

describe('French and Dutch emergencies in new words', () => {
  it.each([
    "je suis essoufflé tout à coup, sans raison, et ça ne passe pas",
    "j'ai accouché il y a deux semaines et je suis très essoufflée",
    'mijn oma viel flauw in de keuken en is heel bleek',
    'mijn man valt telkens flauw als hij opstaat',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    "je suis un peu essoufflée dans l'escalier depuis que je suis enceinte, puis-je réserver ?",
    'ik viel bijna flauw van jullie mooie aanbieding haha',
  ])('does not alarm on "%s"', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
