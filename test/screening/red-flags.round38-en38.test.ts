import { flagOf } from '../helpers/screening-test-content';

// Round 38 (en38): English misses and false alarms by cause, read from batch 33's English part (spent). Fresh messages
// written for this test (not from any batch or example file). Each block pairs the change with messages in the same
// setting that must keep their calm reading. The lexicon alone is read here (no urgency model).

describe('short misspellings of breathe and operation, too short for the typo reader', () => {
  it.each(['i cant breth properly, help', 'cnt breeth my chest', "can't brethe!!"])(
    '"%s" gets the breathing advice',
    (text) => {
      expect(flagOf(text)).toBe('breathing_difficulty');
    },
  );

  it('a misspelt operation with a fever after it is urgent', () => {
    expect(flagOf('opration on tuesday and now got fever')).not.toBeNull();
  });

  it.each([
    'the breth work class was lovely, can I book another',
    'what does the opration to remove nodes involve?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('vomit told by its red colour is vomiting blood', () => {
  it.each([
    'threw up twice and its all red',
    'been sick and the sick was red, feel weak',
    'puking all night and now its red',
  ])('"%s" gets the bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });

  it.each([
    'threw up after beetroot soup and it was all red',
    'puked after too much red wine, it was red everywhere lol',
    'was sick so hard my face went all red',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('crisis told as vanishing, a child deserving someone else, a last night, all of a strong medicine', () => {
  it.each([
    'honestly i just want to vanish for good',
    'my son deserves a better dad than me',
    'this is my last night on earth',
    'taking all my sleeping pills when the kids are asleep',
    'about to take all my codeine',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'I take all my painkillers with breakfast, is that ok before MLD?',
    'will the swelling vanish once I finish the course?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('figurative choking and a risk asked as an alternative', () => {
  it.each([
    'these forms are choking me, so many questions',
    'suffocating under revision right now, need a treat',
    'can I hop in the hot tub after lymph drainage or will I keel over',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each(["I'm choking on a sweet, help", 'help he is choking'])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe("a limb after an operation told in plain colour words or a learner's comparison", () => {
  it.each([
    'after my hip operation last week my foot has gone blue',
    'since the surgery my calf is more big than the other',
    'her left leg is much more fat than other leg and painful',
  ])('"%s" gets the clot advice', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });

  it('toes gone blue in the cold sea stay calm', () => {
    expect(flagOf('my toes went blue in the cold sea')).toBeNull();
  });
});

describe('someone face down and not moving, a chemical splashed in an eye, hypothermia', () => {
  it.each([
    'my brother is face down in the garden not moving',
    'my dad is lying face down on the patio not answering',
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });

  it.each([
    'got ammonia in my eye from the cleaning cupboard and it burns, cant open it',
    'my son splashed the pool shock in his eyes, he cant open them',
  ])('"%s" is urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });

  it.each([
    'lay face down on the treatment table and did not move for an hour, bliss',
    'my eyes sting from the chlorine after swimming lessons',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "popped in on my neighbour, heating off, he's ice cold and slurring",
    "nan's boiler packed up overnight and she's freezing, drowsy and muddled",
  ])('"%s" gets the hypothermia advice', (text) => {
    expect(flagOf(text)).toBe('hypothermia');
  });

  it.each([
    'I am freezing after my swim and a bit slow today lol',
    'our heating is broken this week, can I still come in?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a swollen arm told by the breast operation it followed, and Scots words for the arm and armpit', () => {
  it.each([
    'my swollen arm since my breast surgery is flushed today',
    'ma swollen airm fae the breast op has gone flushed',
  ])('"%s" gets the infection advice', (text) => {
    expect(flagOf(text)).toBe('spreading_infection');
  });

  it('an arm swollen since breast surgery and the same as ever stays calm', () => {
    expect(flagOf('my swollen arm since my breast surgery is the same as ever, can I book MLD?')).toBeNull();
  });
});

describe('a sign asked as "a thing", and a spread asked with the condition named between', () => {
  it.each([
    'can I use the sauna after my lymph massage, or is passing out a thing?',
    'could a lymph facial spread an acne infection across my cheeks',
    'will MLD spread my skin infection from my shin to my thigh?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'is it a lymph thing that my chest is crushing and i cant breathe right now',
    'the redness from my spot is spreading up my cheek and I have a fever',
  ])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});
