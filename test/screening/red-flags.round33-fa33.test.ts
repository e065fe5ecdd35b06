import { flagOf } from '../helpers/screening-test-content';

// Round 33 (fa33): English false alarms by cause, read from the spent batch 28's look-alikes. Fresh messages written for
// this test (not from any batch or from knowledge/urgency-examples/round33-fa33.yaml). Each block pairs the stand-down
// with urgent messages in the same setting that must keep their urgent advice. The lexicon is tested alone: these are
// its words.

describe('dental work "fitted" is no fit', () => {
  it.each([
    'my jaw is still a little puffy since my new crowns were fitted last week, can facial drainage help?',
    'got my dentures fitted on Monday and my gums are a bit swollen, is a face massage ok?',
    'my veneers were fitted on Tuesday and my lips feel a bit puffy, can I still have a facial?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it('"my son is fitting on the kitchen floor and won\'t stop" still gets urgent advice', () => {
    expect(flagOf("my son is fitting on the kitchen floor and won't stop")).toBe('collapse');
  });
});

describe('bleeding said to be light is no heavy bleed', () => {
  it('"…still bleeding lightly, can I have a tummy massage?" stays calm', () => {
    expect(flagOf("two weeks after my coil was taken out I'm still bleeding lightly, can I have a tummy massage?")).toBeNull();
  });

  it('light spotting that turned into soaking a pad with clots still gets urgent advice', () => {
    expect(flagOf("it started as light spotting but now I'm soaking a maxi pad")).toBe('major_bleeding');
  });
});

describe('an all-clear told after the sign in everyday words', () => {
  it.each([
    'I went down in the queue at the pharmacy and fainted, came round straight away and the pharmacist sat me down. Can I still book for tomorrow?',
    'my husband had a tight chest on Sunday, A&E ran all the tests and it was indigestion. is he ok to come for a couples massage',
    'fainted at the blood donation van at lunch on Saturday, totally fine today. still ok for my session?',
    'my eyelids swelled a bit after the clay mask but went down after an antihistamine, just so you know for next time',
    'had a panic attack on the train, chest tight and hands tingly. It took 20 minutes and passed. Something calming please',
    'my eyes swelled shut after a new mascara in the spring, steroids sorted it, all fine now. are your products hypoallergenic?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['I was fine today until an hour ago, now my face has dropped on the left and my arm is weak', 'stroke_signs'],
    ['my lips swelled last year and settled, but now I\'m wheezing and my tongue is swelling', 'airway_swelling'],
    ['bleeding heavily through a pad every half hour since the miscarriage and I feel faint', 'collapse'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it('fainting again after coming round still gets urgent advice', () => {
    expect(flagOf("I fainted and came round straight away but now I've fainted again and my chest hurts")).not.toBeNull();
  });
});

describe('"but now I\'m nervous" after a story that ended well brings no sign back', () => {
  it.each([
    "My sister's lips and throat swelled at a salon in Spain, she's fine now, but now I'm nervous about facials here",
    "My friend's throat swelled up during a wax in Greece, she's fine now but now I'm scared of waxing",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it('a sign that comes back after an all-clear still gets urgent advice', () => {
    expect(flagOf('her throat swelled at the salon and settled, but now her throat is closing again')).toBe(
      'airway_swelling',
    );
  });
});

describe('a tongue bitten while eating, or a tongue piercing, is no airway swelling', () => {
  it.each([
    'my tongue is puffy and tender where I bit it eating a sandwich at lunch, fine for a facial?',
    'my tongue bar feels too big since I changed it, can I still have a face massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'I bit my tongue at tea and now it\'s swelling up fast and I can hardly swallow',
    "my tongue is swelling up and I can't swallow after the prawn curry",
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});

describe('a face that droops only in photos is how it looks, not a stroke now', () => {
  it.each([
    'in my selfies one side of my mouth droops a little, could buccal massage help balance it?',
    "my smile droops a bit on the right in my pictures, it's been like that a while. would a sculpting facial help?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'my face in the mirror has just dropped on one side and my speech is slurred',
    "my mouth has drooped on one side in the last half hour and I can't lift my arm",
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });
});

describe('the dark line of pregnancy is no red line tracking up', () => {
  it('"…a dark line down my stomach, the linea nigra…" stays calm', () => {
    expect(
      flagOf('I still have a dark line down my stomach, the linea nigra, eight months after my baby. will drainage fade it?'),
    ).toBeNull();
  });

  it('a red line tracking up from a cut with a fever still gets urgent advice', () => {
    expect(flagOf('a red line is tracking up my arm from the cut and I feel feverish')).toBe('spreading_infection');
  });
});

describe('shaky when a meal is skipped, told as a habit, is a question about eating', () => {
  it('"…get a bit trembly when I skip a meal…" stays calm', () => {
    expect(flagOf("I'm type 2 diabetic and get a bit trembly when I skip a meal, should I eat before the massage?")).toBeNull();
  });

  it('a low reading with confusion now still gets urgent advice', () => {
    expect(flagOf("I'm diabetic, shaking and sweating and confused right now, my meter says 2.5")).toBe('low_blood_sugar');
  });
});

describe('"please" in a request beside an allergy told for a booking is no plea for help', () => {
  it('"…my son who is anaphylactic, please no almond oil" stays calm', () => {
    expect(flagOf('Booking a facial for my son who is anaphylactic, please no almond oil')).toBeNull();
  });

  it.each([
    'my son is anaphylactic to nuts and just ate one, his lips are swelling, please help',
    "she's anaphylactic to shellfish and just ate a prawn, her throat is closing, please help",
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});

describe('"choking on how" good something is is a reaction, not a choke', () => {
  it('"I\'m choking on how good your reviews are…" stays calm', () => {
    expect(flagOf("I'm choking on how good your reviews are, booking now for Saturday")).toBeNull();
  });

  it('a toddler choking on a grape still gets urgent advice', () => {
    expect(flagOf("my toddler is choking on a grape and can't breathe")).toBe('breathing_difficulty');
  });
});

describe('a limb after an old, treated clot: a feeling now and then, or post-thrombotic syndrome named', () => {
  it.each([
    'had a clot in my leg after my hysterectomy four years ago, treated with tablets, and that calf aches sometimes. could drainage help?',
    'my right leg has been bigger than the left since a DVT in 2016, my specialist calls it post-thrombotic syndrome, is MLD ok?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["my leg has been bigger since a DVT in 2015 but today it's red, hot and very painful", 'spreading_infection'],
    ["I had a DVT years ago and that leg gets heavy sometimes, now it's suddenly swollen and hot", 'blood_clot_limb'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
