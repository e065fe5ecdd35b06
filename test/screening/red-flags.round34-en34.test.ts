import { flagOf } from '../helpers/screening-test-content';

// Round 34 (en34): English misses and false alarms by cause, read from batch 30's English part (the dev set). Fresh messages
// written for this test (not from any batch or from knowledge/urgency-examples/round34-en34.yaml). The lexicon is tested
// alone: these are its words. Each block pairs the change with messages that must keep their reading.

describe('confusion told with when it began today is sudden confusion', () => {
  it.each([
    'my nan is muddled and keeps asking the same thing over and over, she was perfectly fine this morning',
    'mum has been disorientated since lunchtime and keeps repeating herself',
    "grandad doesn't know what year it is, it started about an hour after tea, he was absolutely fine at breakfast",
  ])('"%s" gets stroke advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });

  it.each([
    "I'm confused about your prices since this morning, can you explain the packages?",
    'got a headache that started this morning, probably dehydration, can I still come in?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe("a question asked as of anyone, turned to the writer's own moment", () => {
  it.each([
    'does reflux usually make your jaw ache and give you a cold sweat? asking for myself, happening right now',
    'can indigestion make your left arm ache and make you sweat? asking for me, rn',
    'do people get chest pain and a cold sweat from indigestion? this is me rn',
  ])('"%s" gets heart advice', (text) => {
    expect(flagOf(text)).toBe('chest_or_breathing');
  });

  it.each([
    'can reflux make your left arm ache and make you sweat? asking for a friend',
    "is it safe to have MLD if you've had a DVT? asking for me",
    'can lymph drainage cause chest pain? asking for me',
  ])('"%s" stays a question about risk', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a wish to die joked about an early alarm or a work shift', () => {
  it.each([
    'the 6am alarm makes me want to die lol, any late slots on saturday?',
    'night shifts make me want to die haha, can I book a massage for my day off',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "my shift starts at 5 and honestly I want to die, I've been cutting again",
    'I want to die, every night shift I think about ending it',
    'the early alarm goes off and I just want to die, every single day, not joking',
  ])('"%s" still gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
});

describe('a limb red and swollen round an insect bite named in everyday words', () => {
  it.each([
    'my leg is red and itchy from a midge bite, bit swollen round it, ok for my session?',
    'ankle is red and puffy round a mozzie bite, can I still have the leg treatment?',
  ])('"%s" gets no clot advice', (text) => {
    expect(flagOf(text)).not.toBe('blood_clot_limb');
  });

  it('"my calf is red, hot and swollen on one side and I\'m not sure why" still gets clot advice', () => {
    expect(flagOf("my calf is red, hot and swollen on one side and I'm not sure why")).toBe('blood_clot_limb');
  });
});

describe('a documentary watched, a risk asked of anyone or generally, a bruise called black and blue', () => {
  it.each([
    'watched a doc about sepsis on netflix and now I am paranoid lol, are you open sunday',
    "is it safe to have a massage if you've ever had a blood clot? asking generally",
    'is feeling breathless after surgery always a red flag or can it be normal?',
    'black and blue bruises round my lips from filler, will facial MLD help?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['I have sepsis signs, fever and shivering and my wound is red and spreading', 'spreading_infection'],
    ['my lips have gone blue and I can\'t catch my breath', 'breathing_difficulty'],
    ['is it normal to be this breathless after my tummy tuck last week?', 'breathing_difficulty'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a product asked for free of an allergen names no exposure', () => {
  it.each([
    'had a reaction to peanuts as a kid, lips swelled, fine for years. is your massage oil peanut-free?',
    'my lips puffed up from an almond oil at another salon last spring, settled with piriton. Do you have a nut free oil?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "I'm allergic to nuts and my lips are swelling up right now after a nut-free bar, I think it was contaminated",
    'my son ate something with nuts, his lips are swelling up, the nut free label was wrong',
  ])('"%s" still gets allergy advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});
