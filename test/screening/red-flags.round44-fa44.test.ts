import { flagOf } from '../helpers/screening-test-content';

// Round 44 (fa44): English false alarms by cause, from spent batches 38 and 39 (read with --leave-out). Fresh messages
// written for this test (not from any batch or example file). Each stand-down is paired with real emergencies that use
// the same words and must keep their urgent reading. The lexicon alone is read here (no urgency model).

describe('a question of what a condition is or means (definitions)', () => {
  it.each([
    'what is sepsis exactly? my son has to do a poster on it for science week',
    'whats anaphylaxis, my allergy clinic letter keeps saying it',
    'what does septic mean? saw it on a hospital drama last night',
    'define anaphylaxis in simple words please, its for my nvq',
    'what is a dvt? the intake form asks about it',
    'what does anaphylaxis mean, its written on my sons allergy plan',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['what is going on with her, I think it is sepsis', 'spreading_infection'],
    ['what is happening to him, I think it is sepsis, he is burning up and confused', null],
    ['whats sepsis? i think my husband has it now, he is shivering and mottled', null],
    ['what does anaphylaxis feel like, my throat is closing and my tongue is huge', 'airway_swelling'],
    ['whats anaphylaxis?? i think im having it now', 'airway_swelling'],
    ['what does a stroke look like, her face has dropped on one side and her speech is slurred', null],
    ['what is a seizure even, my toddler is on the floor shaking and foaming at the mouth', 'collapse'],
    ['what is this, is it sepsis? he had a fever after his op and now he is really confused', null],
  ])('"%s" still gets urgent help', (text, flag) => {
    const got = flagOf(text);
    expect(got).not.toBeNull();
    if (flag) expect(got).toBe(flag);
  });
});

describe('training in how to use an adrenaline pen ("use" and "used" share a stem)', () => {
  it.each([
    'all of our therapists are trained on how to use an epipen, just so you know',
    'I learnt how to use my epipen at the allergy clinic, can I still have a facial?',
    'the first aider showed us how to use the epipen at the staff meeting',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    'used my epi pen 5 mins ago after the new oil, feel ok now',
    'I was taught how to use my epipen and I have just used my epipen, still wheezy',
    'he was shown how to use his epipen at school but he has used his epipen 10 minutes ago and is still wheezing',
    'just had to use my epipen, lips went massive after the wrap',
    'i dont know how to use the epipen and she cant breathe',
    'used my epipen',
    'she has used her epipen and is still wheezing',
  ])('"%s" still gets the anaphylaxis advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});
