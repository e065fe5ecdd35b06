import { flagOf } from '../helpers/screening-test-content';

// Round 54 (lead): false alarms of dev set 54A (read after being scored unread), by cause. Fresh messages written for this
// test (not from any batch or example file), each block with messages that must keep their urgent reading. The lexicon
// alone is read here.

describe('healed, told as the next sentence, closes a story told in the past', () => {
  it.each([
    'pulled my hamstring in March, the back of my thigh went swollen and warm, scan said a strain. All healed up now.',
    'strained my calf at football in April, it went hot and swollen, the scan showed a tear. Completely healed.',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('a sign told after the healed sentence is still now', () => {
    expect(
      flagOf(
        'had a calf tear in May. Fully healed now. but since the flight yesterday that calf is swollen and hot',
      ),
    ).toBe('blood_clot_limb');
  });
});

describe('"now ok" after a past event, as written in a second language', () => {
  it('a fit years ago with "now ok" stays calm', () => {
    expect(flagOf('3 years before, I have seizure from the fever of malaria, now okay.')).toBeNull();
  });
  it('a fit happening now is still an emergency', () => {
    expect(flagOf('my brother is having a seizure now on the floor')).toBe('collapse');
  });
});

describe('figures of speech: fainting with joy, choking at a sight', () => {
  it.each([
    'the voucher made my auntie almost faint with joy, can I get one for my sister too',
    'my sisters nearly choke when they see my slim ankles now, can I book a top-up',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['my mum fainted in the car park and is not answering me', 'collapse'],
    ['he is choking on a sweet and cannot breathe', 'breathing_difficulty'],
  ])('"%s" is still urgent', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe("a story about someone else's friend, told second-hand, is a topic", () => {
  it('"told me her friend got sepsis" stays calm', () => {
    expect(
      flagOf(
        'my hairdresser told me her friend got sepsis from a tummy tuck in Turkey. how often does that happen',
      ),
    ).toBeNull();
  });
  it('a turn to the writer now is still urgent', () => {
    expect(
      flagOf(
        'my sister told me her friend had sepsis. I have a fever of 39 and the lipo wound is red and spreading',
      ),
    ).not.toBeNull();
  });
});

describe('Casualty and Holby as watched are dramas; casualty as a place is not', () => {
  it('a scene watched on Casualty stays calm', () => {
    expect(flagOf('Watching Casualty and a man coughed up blood on the massage table lol')).toBeNull();
  });
  it('someone in casualty now is still urgent', () => {
    expect(flagOf('in casualty with my dad, he is vomiting blood')).not.toBeNull();
  });
});

describe('swelling wished less is an aim, not a sign', () => {
  it('"want my face less puffy" beside a makeup trial stays calm', () => {
    expect(
      flagOf('makeup trial on Friday for the wedding, I want my eyes less puffy, what would help'),
    ).toBeNull();
  });
  it('a face swelling after new makeup is still urgent', () => {
    expect(flagOf('tried a new foundation and my face and lips are swelling up fast')).toBe(
      'airway_swelling',
    );
  });
});

// Dev set 54G (English look-alikes, read after being scored unread).
describe('"a pain in the chest" said of a person, and chest pains given by a boss, are figures of speech', () => {
  it.each([
    'my landlord is a right pain in the chest, I need a massage after dealing with him',
    'honestly my manager gives me chest pains, book me something relaxing for Friday',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    'I have a pain in the chest that goes into my jaw and I feel sweaty',
    'climbing the stairs gives me chest pains since this morning and it is not going away',
  ])('"%s" is still a heart sign', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a garment fitted well or badly is no fit', () => {
  it('"are your garments fitted properly" stays calm', () => {
    expect(
      flagOf('my last clinic had compression garments that were badly fitted, are yours fitted properly?'),
    ).toBeNull();
  });
  it('someone who fitted on the floor is still a collapse', () => {
    expect(flagOf('my son just fitted on the kitchen floor and is still not responding')).toBe('collapse');
  });
});

describe('a faint from the shock of news, and a clip or show told by what happened in it', () => {
  it.each([
    'the gas bill gave me such a shock I nearly fainted, I need a pamper day',
    'saw a reel where a woman had a seizure on a massage table, do your therapists know first aid?',
    'there was a show on Netflix where a man got chest pain in a sauna, is your sauna safe?',
    "watching Greys and a woman's lips swelled up after a new cream, could that happen with your oils?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('a clip watched, then a turn to the writer now, is still urgent', () => {
    expect(
      flagOf(
        'saw a video where a girl had a clot after lipo. now my own left calf is swollen hot and red, 5 days post lipo',
      ),
    ).toBe('blood_clot_limb');
  });
});
