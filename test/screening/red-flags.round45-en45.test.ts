import { flagOf } from '../helpers/screening-test-content';

// Round 45 (en45): English misses by cause, from batches 39 and 40 (read, spent), and issue 11's two structural gaps. Fresh
// messages written for this test (not from any batch or example file), each block with look-alikes that must stay calm.
// The lexicon alone is read here (no urgency model).

describe('a condition asked about in one sentence and told as happening in the next is an event', () => {
  it.each([
    ['what is a stroke? I think my grandad is having one right now', 'stroke_signs'],
    ["what's a seizure? my sister is in the middle of one on the floor", 'collapse'],
  ])('"%s" gets %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'what is a stroke? my teacher asked us for homework',
    "what is a stroke? if you're having one, what should you do",
    'whats a panic attack? i think im having one',
  ])('"%s" (a topic, a condition, another attack) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('numbers told in words read as digits', () => {
  it.each([
    ["gave my daughter her epi pen fifteen mins ago and she's fine now", 'airway_swelling'],
    ['put the auto injector in his leg about twenty minutes ago, he seems ok now', 'airway_swelling'],
    ['my oxygen sats are eighty eight on the finger thing', 'breathing_difficulty'],
  ])('"%s" gets %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'ten years ago I had a DVT, fine since then',
    'heart racing after three espressos, lesson learned',
    'talking ten to the dozen at the party',
    'had my reduction two years ago, scars are a bit dark, does MLD help',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('an adrenaline pen jabbed into someone is an emergency even when they perk up', () => {
  it("\"jabbed my husband's leg with the auto injector, he's breathing easier now\" gets the anaphylaxis advice", () => {
    expect(flagOf("jabbed my husband's leg with the auto injector, he's breathing easier now")).toBe('airway_swelling');
  });
  it('a pen used years ago stays calm', () => {
    expect(flagOf('I used to have to jab my son with his epipen, he grew out of the allergy years ago')).toBeNull();
  });
});

describe('a threat to jump from a terrace or a fire escape is a crisis', () => {
  it("\"my cousin says he'll jump from the terrace, he's standing out there\" gets the crisis advice", () => {
    expect(flagOf("my cousin says he'll jump from the terrace, he's standing out there")).toBe('crisis_self_harm');
  });
  it.each([
    'the terrace at your spa is lovely, can I book a massage there',
    'my son wants to jump in the pool on the terrace',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a plant, berries or mushrooms found and eaten, or a cleaning product by its form, is poisoning', () => {
  it.each([
    'toddler ate some mushrooms from the garden and has been sick twice',
    "my daughter chewed some leaves off the plant in the lounge, we don't know what it is",
    'nan drank some cleaning fluid from a juice bottle',
  ])('"%s" gets the poisoning advice', (text) => {
    expect(flagOf(text)).toBe('swallowed_poison');
  });
  it.each([
    'we picked blackberries from the farm shop and made a crumble',
    'my son ate some mushroom risotto and was sick after, think it was a bug',
    'is your cleaning liquid safe for pets?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('suicidal thoughts in clinical shorthand or as stopping treatment to let nature take its course are a crisis', () => {
  it.each([
    'client reports SI with a plan, still in the treatment room',
    "thinking of coming off all my tablets and letting nature take its course, I'm worn out",
    'is it wrong to stop my meds and let nature take its course',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it('stopping a hay fever tablet to let the season pass stays calm', () => {
    expect(
      flagOf('can I stop taking my antihistamines and let nature take its course with the hay fever?'),
    ).toBeNull();
  });
});

describe('a large burn told by both limbs or a big area, and a breast reduction called "my reduction"', () => {
  it('"burned my legs with the heat pad, blistering across both legs" gets the burn advice', () => {
    expect(flagOf('burned my legs with the heat pad, blistering across both legs')).toBe('serious_burn');
  });
  it('"my nipple went grey and cold after my reduction on monday" gets the after-surgery advice', () => {
    expect(flagOf('my nipple went grey and cold after my reduction on monday')).toBe('after_body_contouring');
  });
  it('"sunburn on both legs, a bit pink" stays calm', () => {
    expect(flagOf('sunburn on both legs, a bit pink')).toBeNull();
  });
});
