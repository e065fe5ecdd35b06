import { flagOf } from '../helpers/screening-test-content';

// Round 43 (en43): English misses and false alarms by cause, from the lead's known gaps and batch 38's English part (read).
// Fresh messages written for this test (not from any batch or example file), in several voices. Each block pairs the change
// with look-alikes that must keep their reading. The lexicon alone is read here (no urgency model).

describe('"signs of" asked right after present signs is no all-clear ("signed off" folds to the same words)', () => {
  it.each([
    [
      "my husband's left arm has gone weak and his smile is crooked, could these be signs of a stroke?",
      'stroke_signs',
    ],
    ['her tongue and lips are swelling up fast, is this a sign of an allergic reaction?', 'airway_swelling'],
    ['right calf red hot and swollen since the long flight, are those signs of a clot??', 'blood_clot_limb'],
  ])('"%s" is urgent', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'my calf was swollen after the op but the surgeon signed me off last week, can I book MLD?',
    'had a swollen red calf in May, scanned, no clot, and the GP has signed me off as fine now',
  ])('"%s" (an all-clear from a professional) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('clinical shorthand for a suspected clot: "?DVT", "query DVT", "possible DVT" with a limb or a context', () => {
  it.each([
    '?DVT R calf, pt says tender since tues',
    'query DVT left leg, day 5 post op',
    'client ?DVT in the right lower leg, advised to see GP',
    'possible DVT L leg, she flew back from Sydney yesterday',
  ])('"%s" gets the clot advice', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });
  it.each([
    'I have a query about DVT risk on long flights, is MLD worth it beforehand?',
    'what does "?DVT" mean on my old discharge letter from 2019? it was ruled out back then',
  ])('"%s" (a question about the term or the risk) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe("someone else who has cut their wrists is a crisis, as one's own wrists are", () => {
  it.each([
    "my flatmate has cut her wrists, she is in the bathroom and won't open the door",
    'he slit his wrists last night, we are at the hospital now',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'she cut her hair really short and her face looks puffy now, can facial MLD help?',
    'he cut his hand on a tin can while cooking, just a plaster needed, can he still come at 4?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a fall or a crash and then a person who does not move', () => {
  it.each([
    "my mum fell in the garden and she's not moving",
    'cyclist got knocked off outside, the man is not moving',
    "lad crashed his scooter by the shop and he's not moving or talking",
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });
  it.each([
    "my toddler fell asleep in the car and she's not moving a muscle, bliss, can I still book for 3?",
    "the appointment fell through and he's not moving it to another day",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe("about to go down with the faint's own warning: tunnel vision, muffled or ringing ears", () => {
  it.each([
    'gonna drop any second, tunnel vision and my ears are ringing',
    "feel like I'm about to go down, my vision is closing in",
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });
  it.each([
    'the optician says the tunnel vision from my glaucoma is stable, can I still have facial MLD?',
    'had tunnel vision during the squat PB and my ears were ringing from the music, all fine',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a chemical splashed or sprayed in the eye, told by the pain it causes', () => {
  it.each([
    'my son squirted oven cleaner in his eye and he is screaming',
    'drain cleaner splashed into my eyes, the pain is unreal',
  ])('"%s" gets the burn advice', (text) => {
    expect(flagOf(text)).toBe('serious_burn');
  });
  it.each(['rinsed my eyes with water after the chemical peel, skin is a bit pink, is that normal?'])(
    '"%s" stays calm',
    (text) => {
      expect(flagOf(text)).toBeNull();
    },
  );
});

describe('a question whether anyone can go into a reaction from something is a risk question', () => {
  it.each([
    'can you go into anaphylactic shock from a body wrap? just curious',
    'could u go into anaphylaxis from arnica cream, how rare is that',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    'can you help, my wife is going into anaphylaxis from the oil, her lips are huge',
    "she's gone into anaphylactic shock after the wrap",
  ])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});

// The lead's reread took "instructions" out: after surgery they are what a person has just followed when the breath goes.
describe('a queue or jargon called suffocating or choking is a load, not a breath', () => {
  it.each([
    'the waiting list for your clinic is suffocating, any chance of a slot sooner?',
    'honestly choking on all the medical jargon in that leaflet, can someone explain it simply',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    "I'm suffocating, can't get air in, please help",
    'she is choking on a boiled sweet and going red',
    'did everything in the aftercare instructions but now i feel like im suffocating',
  ])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a "suicide mission" is a figure of speech for a hard task', () => {
  it.each(['booking anything in December is a suicide mission, do you have gift cards?'])(
    '"%s" stays calm',
    (text) => {
      expect(flagOf(text)).toBeNull();
    },
  );
  it.each(['thinking about suicide again tonight', 'the suicide thoughts are back and louder'])(
    '"%s" gets the crisis advice',
    (text) => {
      expect(flagOf(text)).toBe('crisis_self_harm');
    },
  );
});

describe('a scan that ruled a clot out stays an all-clear beside the shorthand', () => {
  it.each(['scan ruled out a DVT in my left calf last week, can I book lymphatic drainage now?'])(
    '"%s" stays calm',
    (text) => {
      expect(flagOf(text)).toBeNull();
    },
  );
});
