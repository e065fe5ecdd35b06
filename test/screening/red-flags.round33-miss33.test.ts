import { checkSafety, detectRedFlag, isUrgentVerdict } from '../../src/screening';
import { redFlagContent, safetyContent } from '../helpers/screening';
import { flagOf, spa } from '../helpers/screening-test-content';

// Round 33 (miss33, issue 11): English emergencies and crises that batch 28 showed missed, fixed by cause. Every message
// here is written fresh for this test (none is a batch message, none is in round33-miss33.yaml). The urgent cases test the
// lexicon alone (`detectRedFlag`), so each fails without its fix whatever the urgency model says; the look-alikes go through
// the whole safety layer (lexicon and model).

const adviceOf = (text: string) => detectRedFlag(text, redFlagContent)?.advice ?? '';
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

describe('a long-term complaint named beside an emergency is the usual only for what it names', () => {
  it.each([
    ["I take naproxen for my chronic hip pain and I've just brought up a load of blood", 'major_bleeding'],
    ['living with long term fatigue, and now half my face has gone lopsided and my left arm is weak', 'stroke_signs'],
    [
      'chronic neck pain from my desk job and a heavy pressure across my chest, my left arm aches and I’m sweating',
      'chest_or_breathing',
    ],
    [
      'I have a long term shoulder problem and my right calf is hot, hard and swollen after the long haul flight',
      'blood_clot_limb',
    ],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it('coughing up blood is no one’s usual, whatever long-term condition comes with it', () => {
    expect(flagOf('on blood thinners for my long-standing AF, I just coughed up a mouthful of blood')).toBe(
      'major_bleeding',
    );
  });

  it('a lymphoedema limb darker or redder than the person’s normal skin is a change, not their normal', () => {
    expect(flagOf('my lymphoedema leg is redder than my normal skin and really hot to touch')).toBe(
      'spreading_infection',
    );
  });

  it.each([
    'living with COPD, I get breathless on the stairs, same as always. Can I book a back massage?',
    'chronic breathlessness from my asthma, nothing new, is the steam room ok?',
    "I have chronic lymphoedema in my left leg, it's always swollen and heavy by evening, can I book a session?",
  ])('"%s" (the usual of a condition it names) stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a crisis told by a train that does not stop, a lethal amount of one’s own medicine, or a gun got to end things', () => {
  it.each([
    'at the station waiting for the one that comes straight through',
    "sitting at the level crossing, waiting for the one that doesn't stop",
    'out of interest, how many of my antidepressants would be dangerous',
    "my uncle's got hold of a gun and told my aunt he's going to finish himself off",
    "my flatmate bought a gun off someone at work and says it's to finish everything",
    'my son got himself a gun and texted me he wants to finish things tonight',
  ])('"%s" gets the crisis advice with the crisis line', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
    expect(adviceOf(text)).toContain(spa.crisisLine);
  });

  it.each([
    "the fast train goes straight through our station so I'll be 15 minutes late, is that ok?",
    'my dad bought a shotgun for the rabbits on his allotment, can he still book a massage?',
    'how many of my vitamin tablets should I take a day?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a condition with signs of its own is the usual only of those signs', () => {
  it.each([
    ['living with eczema, and my face has gone lopsided and my right arm is weak', 'stroke_signs'],
    ["it's my sinuses, and my face has slipped down on one side and my arm is weak", 'stroke_signs'],
    ['long term psoriasis, and one calf is swollen and tender since the long drive back from Cornwall', 'blood_clot_limb'],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it('the skin condition’s own redness stays calm', () => {
    expect(urgent("it's my psoriasis, the patches on my elbows are red and hot like always")).toBe(false);
  });
});

describe('someone in bed most of the day, or one limb of someone else, is a clot sign as a long journey is', () => {
  it.each([
    'my gran has been bedridden since her fall and today her left ankle and calf are fatter and sore',
    "he's bed bound after his stroke and one of his calves has gone hot and tight",
    "one of her legs is way bigger than the other since yesterday and she's 79",
  ])('"%s" gets the clot advice', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });

  it.each([
    'my mum is bedridden and both her legs are puffy by evening as usual, can you do home visits?',
    "the express doesn't stop at your nearest station, which one should I get off at?",
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
