import { checkSafety } from '../../src/screening';
import { flagOf } from '../helpers/screening-test-content';
import { safetyContent } from '../helpers/screening';

// Round 22 (safety22): concepts the lexicon lacked and look-alikes stood down by their cause. Fresh messages written for
// this test (not from any read set); the lexicon alone. Each block pairs a stand-down with messages that keep their advice.
const lexiconOnly = { redFlags: safetyContent.redFlags, otherLanguages: safetyContent.otherLanguages };
const urgentInAnyLanguage = (text: string) => {
  const verdict = checkSafety(text, lexiconOnly);
  return verdict.kind === 'red_flag' || (verdict.kind === 'other_language' && verdict.reading.kind !== 'not_supported');
};

describe('chat phrases whose words look like signs are not signs', () => {
  it.each([
    'quick question, my fingers go numb when I lean on my elbow at the desk, could MLD help?',
    'a little light headed after my morning coffee, is that a reason to skip the lymph session?',
    'after a double shift my feet want to die lol, any foot massage slots tonight?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'my left arm went numb and weak all of a sudden ten minutes ago and my smile is crooked',
    "I'm 35 weeks and seeing little flashing lights, with a headache that won't shift",
    'I want to die, I cannot do this anymore',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a sign the message puts down to a named everyday cause stands down', () => {
  it.each([
    'left cheek still numb on one side from the dentist, can I keep my 2pm facial?',
    'a bit of blood when I spit since my wisdom tooth came out yesterday, fine for a neck massage Thursday?',
    'chest feels a bit tight from this cold, no temperature, should I move my appointment?',
    'my daughter has blue lips from the slushie she just had, can she come to my massage with me?',
    "I tend to faint when I'm hungry so I'll have lunch before the session",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'my face went numb and droopy on one side and I can not get my words out',
    'coughing up blood and I am short of breath',
    'crushing tightness in my chest going down my left arm and I am sweating',
    'her lips are turning blue and she is struggling to breathe',
    'I just fainted on the bathroom floor and my chest hurts',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('questions about anyone, side effects and signs that went down are answered, not alarmed', () => {
  it.each([
    'what should the front desk do if a child swallows a magnet from the reception toy?',
    'is a swollen tongue a side effect of the collagen drink you sell?',
    "the wasp sting on my cheek went down overnight with antihistamines, can I still have a facial?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'my son has just swallowed a magnet from his toy',
    'my tongue is swelling up after the new serum and it feels hard to swallow',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('emergencies the lexicon had no words for', () => {
  it.each([
    ['my brother fell off the scaffolding and says he cannot feel his legs', 'spinal_injury'],
    ['on mounjaro and since last night the pain in my upper tummy goes through to my back, I have been sick five times', 'sudden_severe_pain'],
    ["I don't think she's breathing, she just dropped in the garden", 'collapse'],
    ['my grandad suddenly doesn\'t know what year it is, he was fine this morning', 'stroke_signs'],
    ['my nephew fell in the pond and we pulled him out, he keeps coughing and looks pale', 'breathing_difficulty'],
    ['I had sesame in the bread. My lips are swelling up now', 'airway_swelling'],
    ["I'm 37 weeks and the baby has stopped moving since lunch", 'pregnancy_warning'],
  ])('"%s" gets the urgent advice (%s)', (text, flagId) => {
    expect(flagOf(text)).toBe(flagId);
  });

  it('gets urgent advice for severe upper belly pain days after an operation', () => {
    expect(flagOf('three days after my gastric sleeve the pain in my upper belly is unbearable')).not.toBeNull();
  });

  it.each([
    "I don't feel safe with myself tonight",
    "I keep working out how many of my tablets it would take",
    "I don't want to be around anymore",
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    "I don't want to be around people after my surgery, is that normal?",
    'how many paracetamol can I take for period pain?',
    'my back is so sore after landing on it at trampoline class, can I book a massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'Je n\'ai plus envie d\'être là, je suis fatiguée de tout',
    'Mein Sohn ist in den Pool gefallen, wir haben ihn rausgeholt, er hustet und ist ganz blass',
    'mi papá se operó de la cadera hace una semana y tiene la pantorrilla hinchada y caliente',
  ])('"%s" gets urgent advice in its own language', (text) => {
    expect(urgentInAnyLanguage(text)).toBe(true);
  });
});
