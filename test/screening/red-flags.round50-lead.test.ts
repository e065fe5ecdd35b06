import { flagOf } from '../helpers/screening-test-content';

// Round 50 (lead): English misses and false alarms of dev set 50A (read) by cause. Fresh messages written for this test
// (not from any batch or example file), each block with look-alikes that must stay calm. The lexicon alone is read here.

describe('the glass test told in the progressive or without its article', () => {
  it.each([
    'my daughter is burning up and the spots are not going away when I press glass over them',
    'purple dots on his legs, I pressed glass on them and they are not disappearing',
    'little marks on her tummy, they arent going white when I push on them',
  ])('"%s" gets the infection advice', (text) => {
    expect(flagOf(text)).toBe('spreading_infection');
  });
  it.each([
    'the redness from my facial is not going away, is that normal?',
    'my eczema rash is not going away, can I still come for my drainage?',
  ])('"%s" (a rash that lasts, no glass test) gets no infection advice', (text) => {
    expect(flagOf(text)).not.toBe('spreading_infection');
  });
});

describe('a poison got, with weariness of life, is a crisis', () => {
  it.each([
    "I'm so tired of living, I got hold of some poison today",
    'my husband says he is sick of this life and he has bought weedkiller, he is sitting in the shed',
    'fed up with life. bought the pesticide this morning',
    // A place is no pest: a farmer with a gun is among those most at risk, and "we'd" is no "weeds".
    "grandad has bought a rifle and says we'd be better off without him, he's alone on the farm tonight",
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'bought rat poison for the mice in the loft, is it safe to have a massage the same day?',
    "I'm tired of this life with lymphoedema, could MLD make it easier?",
    'got some slug poison for the allotment, fed up with life being eaten by snails lol',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('the same pain as a known heart event, back now', () => {
  it.each([
    'I had two stents in 2020. this is the same pressure again and it goes up into my jaw',
    'my dad had a bypass years ago and says it is exactly like last time, he is grey and sweating',
    'heart attack in 2017, now the same heavy feeling and I feel sick',
  ])('"%s" gets the heart advice', (text) => {
    expect(flagOf(text)).toBe('chest_or_breathing');
  });
  it.each([
    'I had a stent fitted in 2019, is lymphatic drainage safe for me?',
    'my husband had a heart attack last year, he feels the same as before, no pain at all, can he book?',
    'had a bypass 5 years ago, I get the same ache in my hip when I walk far',
    'before his heart attack in 2015 he had that same ache in his jaw and was sweating a lot, can he have MLD now?',
    'since my stent I have not had the same pain, can I book a full body?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('an event said to be over ("was grand after") is no emergency; "last week" dates an operation as often as a sign', () => {
  it.each([
    'I passed out at the hairdresser on saturday, was grand after a cup of tea. still ok for my facial?',
    'I fainted at the dentist last thursday, was fine after some water. can I still come on monday?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['had my tummy tuck last friday and now I cannot catch my breath', 'breathing_difficulty'],
    ['my calf has been hot and swollen since last week and today it is worse', 'blood_clot_limb'],
    ['one leg puffed up and sore after my lipo last week, the skin is tight and shiny', 'blood_clot_limb'],
  ])('"%s" still gets %s (a present cue, or recent surgery)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a face that has always looked uneven is no stroke', () => {
  it('"my jowls have sagged since I lost weight, one side always looked a bit lower, can facial MLD lift them?" stays calm', () => {
    expect(flagOf('my jowls have sagged since I lost weight, one side always looked a bit lower, can facial MLD lift them?')).toBeNull();
  });
  it('"his face always looked normal but tonight one side has dropped" gets the stroke advice', () => {
    expect(flagOf('his face always looked normal but tonight one side has dropped')).toBe('stroke_signs');
  });
});
