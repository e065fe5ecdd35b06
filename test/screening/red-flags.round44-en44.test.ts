import { flagOf } from '../helpers/screening-test-content';

// Round 44 (en44): English misses by cause, from batch 39's English part (read, spent). Fresh messages written for this test
// (not from any batch or example file). Each block pairs the change with look-alikes that must keep their reading. The
// lexicon alone is read here (no urgency model).

describe('asking what amount of a medicine would end a life, in any amount word, is a crisis', () => {
  it.each([
    'what quantity of my citalopram would make it permanent',
    'which of the pills in the drawer would be enough to finish everything',
    'how much of my apixaban would it take to finish me off',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'what dose of my sleeping tablets would stop me waking up during the night to pee?',
    'how much paracetamol can I take with my antibiotics before the session?',
    'which of my tablets should I bring to the first appointment',
  ])('"%s" (a dose or a list asked for everyday use) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('vomiting an amount of red (no word "blood") is major bleeding', () => {
  it.each(['spewed up loads of red in the loo just now', 'chucked up a mugful of red twice this evening'])(
    '"%s" gets the bleeding advice',
    (text) => {
      expect(flagOf(text)).toBe('major_bleeding');
    },
  );
  it.each([
    'threw up a glass of red wine after the works do, feel grim',
    'was sick after a pint of red slushie at the fair',
  ])('"%s" (a red drink named) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe("a faint written in a practitioner's shorthand (syncope, LOC) is a collapse", () => {
  it.each([
    'client went syncopal on the couch, LOC, still grey and clammy',
    'syncope in treatment room 2, pt now confused',
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });
});

describe('an adrenaline pen given just now, told by the act or "a few minutes back", is an emergency even if better', () => {
  it.each([
    'had to jab my daughter with her epipen a couple of mins ago, she seems ok now',
    'injected myself with my auto injector after the walnut cake, feeling better',
  ])('"%s" gets the anaphylaxis advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
  it.each([
    'is it ok to bring my epipen to the session?',
    'my son carries an autoinjector for nuts, can he still have MLD?',
  ])('"%s" (a pen carried, not used) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('no baby movement at all, told with a count word, is a pregnancy warning', () => {
  it.each([
    "I'm 35 weeks pregnant and there hasn't been a single movement since lunch",
    '29 weeks pregnant, not even a flutter all evening, is that ok?',
  ])('"%s" gets the pregnancy advice', (text) => {
    expect(flagOf(text)).toBe('pregnancy_warning');
  });
  it.each([
    "I'm 18 weeks pregnant and I think I felt a single kick today, so exciting! can I book a pregnancy massage?",
    '34 weeks pregnant, not one bit of puffiness in my feet this time, can I still book MLD?',
    'not a single kick landed in my boxing class, gutted, can I book a sports massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('crisis told indirectly: dead by a time to come, stepping out of a height, a prayer to be taken, a goodbye then silence', () => {
  it.each([
    "honestly i'll be dead by next friday, i've made my mind up",
    'the top floor window opens all the way and I keep wanting to just step out of it',
    'begging the Lord to take me in my sleep every night',
    "he texted me 'don't come looking for me' and now his phone is off",
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    "I'll be dead by the time this assignment is finished lol, any evening slots?",
    'my phone will be dead by friday if I keep streaming',
    "window's open so I'll step out onto the balcony for some air before my session",
    'my friend said "you were the best host" and then her phone died, can I book us both?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('the throat told by an older lay word ("gullet") with a swelling after a new oil is an airway emergency', () => {
  it.each(['the girl used a new blend on my back and now there is a lump wedged in my gullet'])(
    '"%s" gets the anaphylaxis advice',
    (text) => {
      expect(flagOf(text)).toBe('airway_swelling');
    },
  );
  it.each(['had a bit of fish bone stuck in my gullet at lunch but it went down with some bread, fine now'])(
    '"%s" (a swallowed thing, gone) stays calm',
    (text) => {
      expect(flagOf(text)).toBeNull();
    },
  );
});
