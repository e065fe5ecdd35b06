import { flagOf } from '../helpers/screening-test-content';

// Round 52 (lead): misses and false alarms of dev sets 52A and 52C (read after being scored unread), by cause. Fresh
// messages written for this test (not from any batch or example file), each block with messages that must keep their
// reading. The lexicon alone is read here.

describe('a fit told loosely, and froth at the mouth, are a seizure', () => {
  it.each([
    'my brother is having some sort of fit on the kitchen lino, what do I do',
    'she went down in the changing room and there is froth round her mouth and she is jerking',
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });
  it('a website that "had a seizure" on a phone stays calm, laughter and all', () => {
    expect(flagOf('your booking page had a seizure on my laptop haha can you put me down for friday')).toBeNull();
  });
});

describe('in pregnancy, a headache with swelling is a reason to call the maternity unit', () => {
  it('a headache of any strength with new swelling late in pregnancy gets the pregnancy advice', () => {
    expect(
      flagOf('37 weeks, my feet are puffier than yesterday and I have a bit of a headache, midwife checked my bp last week'),
    ).toBe('pregnancy_warning');
  });
  it('the usual evening swelling with a headache from screens stays calm', () => {
    expect(flagOf('31 weeks, my ankles swell by the evening as usual and I get the odd headache from my screen at work')).toBeNull();
  });
});

describe('a past scare told in the present, with its outcome after it, is over', () => {
  it.each([
    'So two summers ago I am at a festival, my chest goes tight and I end up in a tent with the medics. Turns out it was panic. All clear since, is a back massage fine?',
    'in April I\'m at a barbecue, eat a prawn, my lips swell up, ambulance comes. Allergist sorted me an adrenaline pen. Are your oils shellfish free?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['last summer im at the beach and my chest is crushing and I am sweating right now', 'chest_or_breathing'],
    ['In January I had lipo, my calf is swollen, red and hot', 'blood_clot_limb'],
    // Judgement call: a story told in the present with no ending may still be going on.
    ['A few weeks back I am at home and my chest goes tight and I am coughing up blood', 'breathing_difficulty'],
  ])('"%s" (now, or an event dated before a present sign) stays urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('an all-clear two sentences after the sign, with an explanation between, ends it', () => {
  it('a cause found, then all clear since, clears the episode', () => {
    expect(
      flagOf('My nose bled for ages at work. Turned out it was the dry office air. All clear ever since, can I book a facial?'),
    ).toBeNull();
  });
  it('a new sign told after the all-clear stays urgent', () => {
    expect(
      flagOf('Last year I fainted on the bus. All clear since. But now my face is drooping on one side and my arm is weak'),
    ).toBe('stroke_signs');
  });
});

describe('a topic asked about or a rule said of anyone is no sign now', () => {
  it.each([
    'are your therapists trained to spot a heart attack? my husband is 70',
    'my sister says anyone with breathlessness should never have a massage, is that right?',
    'my grandad always said his stroke felt like a bad hangover. anyway, gift cards?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('someone with a sign beside the writer now stays urgent', () => {
    expect(flagOf('I am with someone who has chest pain going down her left arm and she is sweating')).toBe(
      'chest_or_breathing',
    );
  });
});

describe('an episode over by itself, and a chest heavy with grief', () => {
  it.each([
    'had a nosebleed at lunch, it stopped on its own after a few minutes, still fine for my 4pm facial?',
    'throat went a bit tight after a curry, went off within half an hour and I am grand today, can I rebook?',
    'my chest feels heavy with grief since the funeral, nothing physical, would a gentle massage help?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('a heavy chest with sweating and arm pain stays urgent', () => {
    expect(flagOf('my chest feels heavy and my left arm aches and I am sweating')).toBe('chest_or_breathing');
  });
});

describe('photos are not a PICC line', () => {
  it('a face that looks puffy in pictures stays calm', () => {
    expect(flagOf('should I book the facial one, my face looks puffy in pics every time')).toBeNull();
  });
  it('an arm swollen beside a PICC line stays urgent', () => {
    expect(flagOf('since the nurses put my PICC line in, my arm and hand have swollen up')).toBe('blood_clot_limb');
  });
});
