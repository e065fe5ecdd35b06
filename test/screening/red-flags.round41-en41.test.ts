import { flagOf } from '../helpers/screening-test-content';

// Round 41 (en41): English misses and false alarms by cause, from the lead's two known problems and batch 36's English part
// (spent). Fresh messages written for this test (not from any batch or example file). Each block pairs the change with
// messages in the same setting that must keep their reading. The lexicon alone is read here (no urgency model).

describe('a vague feeling told after a sign ("feel" and "fell" no longer read alike)', () => {
  it.each([
    'my chest is tight and heavy and honestly I feel off',
    'pressure in the middle of my chest, she says she feels off too',
    'chest pain since lunch and I feel a bit off with it',
  ])('"%s" keeps the chest advice', (text) => {
    expect(flagOf(text)).toBe('chest_or_breathing');
  });
  it('a fall named as the cause of a sore chest still stands it down', () => {
    expect(flagOf('chest is sore where I fell off the horse on Sunday, bruised ribs, ok for a massage?')).toBeNull();
  });
  it('a fall down the stairs with a knock to the head and being sick still gets the head injury advice', () => {
    expect(flagOf('grandad fell down the stairs and banged his head, he has been sick twice')).toBe('head_injury');
  });
});

describe('a height told as a place someone enjoys', () => {
  it.each([
    'we are up on the roof garden with a glass of wine watching the fireworks',
    'my daughter is on the roof terrace at her party, can she book a facial for Saturday?',
    'standing on the edge of the viewing platform taking a photo of the skyline, amazing',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    'I am on the roof and I am not coming down',
    'he is standing on the edge and will not talk to anyone',
    'on the ledge of my block right now, I cant do this',
    'had a few drinks and now im standing on the bridge right now',
  ])('"%s" without any enjoyment still gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
});

describe('a vehicle driven off a height', () => {
  it.each([
    'keep thinking I should just drive the truck off the bridge on the way home',
    'part of me wants to steer it off the cliff road tonight and be done',
    'been sat in the cab thinking about driving it off the flyover',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'I drove off the flyover at the wrong exit and got lost, sorry I am late for my 2pm',
    'we drove off the ferry this morning, back from holiday, can I book a lymph drainage?',
  ])('"%s" (a route told as driven) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a household chemical in the eye named by its other names', () => {
  it.each([
    'sink unblocker spat back up into my eye and it is stinging like mad',
    'some mould remover spray got in his eye, he cant open it',
  ])('"%s" gets the chemical burn advice', (text) => {
    expect(flagOf(text)).toBe('serious_burn');
  });
  it.each([
    'used the drain unblocker this morning, all fine, still ok for my 4pm?',
    'the mould remover smell is strong in the bathroom, will it bother my skin?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
