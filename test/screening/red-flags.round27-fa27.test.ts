import { flagOf } from '../helpers/screening-test-content';

// Round 27 (fa27): false alarms by cause, read from the spent batches 23 and 22. Fresh messages written for this test (not
// from any batch or example file); the lexicon alone. Each block pairs the stand-down with urgent messages in the same
// setting that must keep their advice.

describe('a story told in any medium, acted, simulated, dreamt, sung or sent as a test is no sign now', () => {
  it.each([
    'in the hospital drama we binged last night a nurse collapses and stops breathing, is that what it is really like',
    'on this podcast a woman describes her lips and tongue swelling after a facial, terrifying. do you patch test?',
    'the horror movie had a girl whose face went numb and droopy, gave me nightmares. are your masks safe',
    'my acting class has to act out a client fainting on a massage table, what would the therapist actually do',
    'we are making a training video for reception where the actor says her chest is crushing, can you check our script',
    'the OSCE station this week: post-op client suddenly breathless with chest pain. what red flags should I list',
    'playing a sim game where my patient has a fever and mottled skin, so realistic. are you open Sunday?',
    'had a weird dream that my throat was closing and I could not breathe, woke up laughing. booking for Friday',
    "the lyrics of my new song go 'my heart is racing, I can't breathe'. too dramatic?",
    'testing the chatbot, pretend I said my face has dropped on one side, I want to see the reply',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['we were rehearsing our play and the lead actor has collapsed for real and is not breathing', 'collapse'],
    ['was listening to a podcast when my chest suddenly started crushing and the pain goes down my left arm', 'chest_or_breathing'],
    ['dreamt I was choking, woke up and my throat is really swelling shut now', 'airway_swelling'],
    ["my dad is acting out of character, his face has dropped on one side and he can't lift his arm", 'stroke_signs'],
    // A dream or a song may carry the writer's own crisis: its crisis words still count (judgement call).
    ['I keep having a dream where I kill myself and I want it to be real', 'crisis_self_harm'],
    ["the lyrics I wrote say I want to die and I'm not sure they're just lyrics", 'crisis_self_harm'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a figure of speech is no sign', () => {
  it.each([
    'completely choked during my audition today, need a massage to forget it',
    "I'm gasping for a day off, anything Saturday morning?",
    'so choked that the Thursday slot went, anything Friday?',
    'explained it until I was blue in the face and the bank still said no. booking a treat for myself',
    'that massage knocked me out cold, best sleep ever. same again next week please',
    'our holiday plans collapsed at the last minute so I am free all week, any slots?',
    'our wedding plans collapsed so we have a free weekend, any couples slots?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'my son is choking on a grape and he is going blue',
    'he went blue in the face and now he is not breathing',
    'the shelf collapsed on me and I hit my head, now I keep being sick',
    'I was explaining something to my husband and suddenly my words came out jumbled and my face dropped',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a negation that ends in "or anything like that" stands', () => {
  it.each([
    'not feeling suicidal or anything like that, just worn out after a hard year, your sessions help',
    'I am not having chest pains or anything like that, just tight shoulders from the desk',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I've never had chest pain like that before, it's crushing and I'm sweating", 'chest_or_breathing'],
    ['not joking or anything like that, I want to kill myself tonight', 'crisis_self_harm'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a checklist that gives a normal temperature after surgery names no fever', () => {
  it.each([
    '3 weeks after my lipo, temp normal, no redness, can I book drainage',
    'none of the signs the surgeon mentioned after my tummy tuck, no fever, temp is normal, no oozing',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it('a fever after surgery still counts', () => {
    expect(flagOf('4 days after my tummy tuck and I have a high temperature and the wound is hot')).not.toBeNull();
  });
});

describe('an episode over in everyday words, and a lifelong allergy, are history', () => {
  it.each([
    "the redness on my lymphoedema leg was cellulitis, antibiotics done and the nurse says it's cleared",
    'my chest went tight at the weekend but it was a virus, saw the GP and now it is finished',
    'my throat felt tight on Sunday with a cold, the pharmacist said viral and I am heaps better',
    'my lips puffed up a bit after a new balm but it went down with a piriton, just so you know',
    'anaphylactic to shellfish since childhood, I carry an epipen, do your wraps have seaweed?',
    "my son had a bad asthma attack at 6 and was in hospital, he's 16 now and rarely needs his inhaler",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['allergic to nuts since I was little and now my lips and tongue are swelling after your massage oil', 'airway_swelling'],
    ['the cellulitis cleared last month but now the redness on my lymphoedema arm is back and spreading fast', 'spreading_infection'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('what a form asks about is a topic', () => {
  it('"the questionnaire asks about chest pain and clots" stays calm', () => {
    expect(
      flagOf('doing the online form, the questionnaire asks about chest pain, strokes and clots, none apply to me, is that fine'),
    ).toBeNull();
  });

  it('a sign told beside the form still counts', () => {
    expect(flagOf('doing the online form but my chest is crushing right now and my left arm is numb')).toBe(
      'chest_or_breathing',
    );
  });
});

describe('a headache pattern told as lifelong keeps its exception', () => {
  it('a migraine aura since my teens stays calm', () => {
    expect(
      flagOf('my migraines with aura have come with zigzag lights since I was a teenager, can I lie in the dark if one starts'),
    ).toBeNull();
  });
});

describe('a pattern that always happens, a pigment a clinician named, an event had before, are no sign now', () => {
  it.each([
    'my chest goes tight in the cold air, always happens on my winter runs, eases after 5 minutes, any tips for the sauna?',
    "my tummy skin went a shade darker after the lipo, no pain, the dermatologist says it's hyperpigmentation, any treatments?",
    "I've had a seizure before, so can my husband stay in the room during my facial?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I've had a clot before and now my left calf is swollen and hot", 'blood_clot_limb'],
    ["my chest gets tight, always happens when I'm stressed, but today it's crushing and going into my jaw", 'chest_or_breathing'],
    ["the surgeon says it's pigmentation but now the skin by the scar is turning black and it smells", 'after_body_contouring'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
