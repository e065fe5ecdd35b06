import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { readOtherLanguage } from '../../src/screening/other-language';
import { flagOf, KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 20 (tuner safety20c): a crisis said without a keyword (Samaritans and NHS warning signs: a last treat before
// going, a final goodbye, a plan or a time known, hopelessness with a deadline, self-injury hidden or worse, food or
// medicines stopped because one has had enough, a farewell letter in another language), and the look-alikes that use the
// same words safely (a trip, a move, a lie-in, a breakup, a burden felt over one errand, a past crisis said to be over).
// Fresh messages written for this test. The lexicon alone (no urgency model).

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);
const safety = { redFlags, otherLanguages };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('a crisis told indirectly gets the crisis answer', () => {
  it.each([
    'want one last hot stone massage before the end, could you fit me in this week',
    'a final treat before I go. everything else is arranged',
    'Thanks for always being so lovely to me. This is goodbye from me, please tell Sara',
    "I know exactly how I'm going to do it now, it feels like a relief",
    'if nothing gets better by spring im done, I have made my peace with that',
    'started burning my thighs with a lighter, long sleeves so nobody knows',
    'my uncle has stopped taking his pills and says he is ready to go, he has had enough',
    'honestly my family would be lighter without me',
    'took all of my antidepressants twenty minutes ago',
  ])('"%s"', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
});

describe('the same words in a safe meaning stay calm', () => {
  it.each([
    'one last pedicure before I go back to work next month, any slots?',
    'this is goodbye from me, we are moving to Bristol. thanks for everything!',
    "I don't want to wake up at 5 again, do you have a later slot on Friday?",
    'I want to disappear under the duvet for the weekend after this week at work',
    'ending it with my boyfriend tonight, need a massage after that drama',
    'I feel like a burden when I ask my daughter to drive me, do you do home visits?',
    'had some dark thoughts after my first baby, got help and I am well now. is pregnancy massage safe?',
    'sorting my affairs in order before the move to Spain, can I use my last session?',
    "I won't be around for a fortnight, off to Portugal. Can I pause my package?",
  ])('"%s"', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('farewell letters and being tired of living in other languages get the crisis line', () => {
  it.each([
    ['Mi padre escribió una carta de despedida y no lo encontramos', 'es'],
    ['Mon frère a laissé une lettre d’adieu sur la table', 'fr'],
    ['Mein Sohn hat einen Abschiedsbrief hinterlassen', 'de'],
    ['Minha irmã deixou uma carta de despedida', 'pt'],
    ['Sono stanco di vivere, non ce la faccio più', 'it'],
    ['Mój brat zostawił list pożegnalny', 'pl'],
  ])('%s', (text, language) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'crisis', language });
  });

  it.each(['Il mio ragazzo russa da morire, il linfodrenaggio al viso aiuta?', 'Ich fliege morgen in den Urlaub, alles ist vorbereitet!'])(
    'no crisis: %s',
    (text) => {
      expect(readOtherLanguage(text, otherLanguages)?.kind).not.toMatch(/emergency|crisis/);
    },
  );
});
