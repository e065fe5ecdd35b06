import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 12 (tuner safety12b): false alarms the lead read from the last batch. The tuning set is
// knowledge/urgency-examples/round12-safety12b.yaml; these are fresh messages, not copies of it. Each cause has
// urgent contrasts: a look-alike rule must never stand down a real sign told now.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string, contexts: string[] = []) =>
  isUrgentVerdict(checkSafety(text, safety, contexts));

describe('swelling or tightness after an operation that a professional already called expected', () => {
  it.each([
    "had my hip replaced 5 weeks ago and the leg is still puffy down to my ankle, physio says that's normal",
    'knee op 2 months ago, leg still swollen by teatime but the surgeon is happy with it',
    'three weeks after my knee replacement my ankle still swells, the leaflet says up to 12 weeks',
    'got implants a month ago and my chest feels tight, the surgeon said it is to be expected',
    'me operaron de la cadera hace un mes, la pierna sigue hinchada y el cirujano está contento',
    'coloquei prótese há 5 semanas e sinto o peito apertado, o médico disse que é esperado',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    "knee replacement 3 weeks ago, physio says the swelling's normal but my right calf is now hot and hard",
    'hip op a month ago, surgeon is happy with it, but the leg has suddenly swollen up twice the size and aches',
    'surgeon said the tightness after my implants is to be expected, but now I am short of breath and my heart is racing',
    'my surgeon says the lump after lipo is normal healing but it has gone red and the redness is spreading, with a fever',
    'me operaron de la rodilla, el cirujano está contento, pero ahora me falta el aire y me duele el pecho',
  ])('still answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  // A professional's word covers what they saw: a new sign, or a sign said to be now, in the same sentence is not
  // cleared by it even with no "but now" (the red-flags.yaml `newSigns`).
  it.each([
    'the surgeon said the tight chest is totally expected, i feel faint and clammy',
    'the surgeon said its normal, my chest is tight and I am short of breath',
    'surgeon says it is expected, my chest is so tight I can hardly breathe',
    "doctor said it's normal, my chest hurts today",
  ])('still answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it('keeps one-sided swelling after an operation urgent even with a professional word', () => {
    expect(
      detectRedFlag(
        'c-section a week ago, midwife says it is the drip, but only my left leg is swollen',
        redFlags,
      ),
    ).not.toBeNull();
  });
});

describe('an episode that is over and told as over', () => {
  it('does not answer a childhood seizure told with the child now well', () => {
    expect(
      urgent(
        'my daughter had a seizure with a fever as a toddler, she is 4 now and fine, can she come with me?',
      ),
    ).toBe(false);
  });

  it('still answers a seizure happening now', () => {
    expect(urgent('my toddler is having a seizure right now and won’t wake up')).toBe(true);
  });
});

describe('asking how to tell one thing from another, or what a symptom means in general', () => {
  it.each([
    'does chest and shoulder pain always mean a heart attack? just wondering, I feel fine',
    "what's the difference between a pulled calf muscle and a clot? no pain or swelling here, just asking",
    'how would you tell a pulled calf muscle from a clot in the calf? nothing going on, just curious',
    'my lymphoedema nurse says it is red legs, not cellulitis, both legs go pink every summer, how do you tell?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text, ['lymphoedema'])).toBe(false);
  });

  it.each([
    'how do you tell if it is cellulitis? my lymphoedema leg went red and hot overnight and I have a fever',
    'my nurse said it is red legs but now one leg is hot and the redness is spreading up my thigh',
  ])('still answers "%s" as urgent', (text) => {
    expect(urgent(text, ['lymphoedema'])).toBe(true);
  });
});

describe('a stroke said of money', () => {
  it('does not answer "my bank account had a stroke" as an emergency', () => {
    expect(urgent('after christmas my bank account had a stroke, any january offers?')).toBe(false);
  });

  it('still answers a stroke told of a person', () => {
    expect(urgent('I think my dad is having a stroke, his face has dropped on one side')).toBe(true);
  });
});
