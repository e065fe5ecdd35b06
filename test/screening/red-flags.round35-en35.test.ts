import { flagOf } from '../helpers/screening-test-content';

// Round 35 (en35): English misses and false alarms by cause, read from batch 29's English part (spent). Fresh messages
// written for this test (not from any batch). The lexicon is tested alone: these are its words. Each block pairs the
// change with messages that must keep their reading.

describe('a place of harm told as tempting, a jump from it planned, or the place given oneself', () => {
  it.each([
    'honestly the multi storey roof looks so tempting tonight',
    'my sister says she is going to jump from the footbridge, what do I do',
    'the river can have me, I am done with all of it',
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'the rooftop terrace looks tempting for a drink after my session',
    'the pool looks tempting, can I swim after MLD?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a stroke named as a recovery, a possessive past event or a group of patients', () => {
  it.each([
    "my neighbour is recovering from a stroke, can she have lymphatic drainage?",
    "since mum's stroke her ankles swell by teatime, do you see that a lot?",
    'are there studies on compression in stroke patients?',
  ])('"%s" gets no stroke advice', (text) => {
    expect(flagOf(text)).not.toBe('stroke_signs');
  });

  it.each([
    "since dad's stroke he's been fine, but now his face has dropped on one side",
    'I think my husband is having a stroke',
  ])('"%s" still gets stroke advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });
});

describe('a knock to the head and talk that makes no sense, in dialect', () => {
  it('"she fell down the stairs and hit her heid, she\'s no making sense" gets head injury advice', () => {
    expect(flagOf("she fell down the stairs and hit her heid, she's no making sense")).toBe('head_injury');
  });

  it('"hit my head on the cupboard door, bit of a lump, feel totally normal" stays calm', () => {
    expect(flagOf('hit my head on the cupboard door, bit of a lump, feel totally normal')).toBeNull();
  });
});

describe("a scald whose skin's peeling off, told with the contraction", () => {
  it.each([
    "spilt boiling water on my toddler's leg and the skin's peeling off",
    'hot tea went over her hand and the skin is coming away in sheets',
  ])('"%s" gets burn advice', (text) => {
    expect(flagOf(text)).toBe('serious_burn');
  });

  it('"my sunburn is peeling off in sheets, can I have a facial?" stays calm', () => {
    expect(flagOf('my sunburn is peeling off in sheets, can I have a facial?')).toBeNull();
  });
});

describe('a chemical in the eye told by what it does to the eye', () => {
  it.each([
    'got bleach in my eye while cleaning and it is burning',
    'drain cleaner splashed in his eye and he cannot open it',
  ])('"%s" gets burn advice', (text) => {
    expect(flagOf(text)).toBe('serious_burn');
  });

  it('"does a chemical peel make your eyes sensitive?" stays calm', () => {
    expect(flagOf('does a chemical peel make your eyes sensitive?')).toBeNull();
  });
});

describe('blood in the urine after a blow to the body', () => {
  it.each([
    'took a knee to the kidneys at judo and now I am weeing blood',
    'came off my bike yesterday and my pee is red today',
  ])('"%s" gets bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });

  it('"a bit of blood in my pee on my period, is that ok before MLD?" gets no bleeding advice', () => {
    expect(flagOf('a bit of blood in my pee on my period, is that ok before MLD?')).not.toBe('major_bleeding');
  });
});

describe('the gestation told week first, and a fraction of the usual kicks', () => {
  it.each([
    "week 35 and the baby's barely moved since breakfast",
    "I'm 37 weeks and only getting half as many kicks today",
  ])('"%s" gets pregnancy advice', (text) => {
    expect(flagOf(text)).toBe('pregnancy_warning');
  });

  it('"week 30 of the course and the group has gone quiet" stays calm', () => {
    expect(flagOf('week 30 of the course and the group has gone quiet')).toBeNull();
  });
});

describe('affairs put in order told as a will lodged, a pet promised, letters left, or not seeing out the week', () => {
  it.each([
    'Please cancel my remaining sessions. The will is with my solicitor, the dog is going to my sister and there are letters for my girls in the drawer. You were all very kind to me.',
    "Hello, I won't be needing my package any more, or anything after this weekend, I've made my peace with it.",
    "I do not expect to see out the month, so please take me off your list",
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    "won't be needing the Tuesday slot after this weekend, we're relocating to Bristol",
    "I don't expect to see out the month at this job lol, it's a madhouse",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a goodbye note found, vanishing unnoticed, never waking said with "no"', () => {
  it.each([
    "I've just found a note from my son saying goodbye and his phone is off",
    "if i disappeared off the face of the earth after my shift tonight no one would even clock it",
    'some nights i think better i go to sleep and no wake up',
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'found a note from my daughter saying goodbye before she left for her school trip, so sweet',
    'if I disappeared for a week to Spain nobody at work would even notice haha',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('"not gonna lie" opens an admission and denies nothing', () => {
  it('"not gonna lie, the viaduct looks so tempting tonight" gets the crisis answer', () => {
    expect(flagOf('not gonna lie the viaduct looks so tempting tonight')).toBe('crisis_self_harm');
  });

  it('"not gonna lie I feel great, no chest pain at all now" stays calm', () => {
    expect(flagOf('not gonna lie I feel great, no chest pain at all now')).toBeNull();
  });
});

describe('an episode told as over: checked by paramedics, "absolutely fine", "She\'s fine." next, gone completely', () => {
  it.each([
    'the boy who collapsed at the school fun run was checked by paramedics and is absolutely fine, can massage help him recover?',
    "My aunt went faint after a sauna at her gym. She's fine. Would lymphatic drainage be gentler for her?",
    'my cheeks swelled up from a new serum on Monday, took an antihistamine, gone completely',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["my dad fainted, he's fine, but now he can't speak properly", 'collapse'],
    ['my husband collapsed in the kitchen, he was perfectly fine an hour before', 'collapse'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a cold or swollen glands beside a sore throat, a lip bitten as a habit', () => {
  it.each([
    'got a cold, throat is sore and swollen, can I still have my facial on Friday?',
    'my top lip gets puffy because I bite it when I am nervous, just so you know',
  ])('"%s" gets no airway advice', (text) => {
    expect(flagOf(text)).not.toBe('airway_swelling');
  });

  it.each([
    'my lip swelled up after a wasp bite and my tongue feels thick',
    'throat is swelling up and I can barely swallow, I have a cold too',
  ])('"%s" still gets airway advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});
