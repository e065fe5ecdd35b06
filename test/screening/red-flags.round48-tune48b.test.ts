import { flagOf } from '../helpers/screening-test-content';

// Round 48 (tune48b): English misses of batch 41 (read) by cause. Fresh messages written for this test (not from any batch or
// example file), each block with look-alikes that must stay calm. The lexicon alone is read here (no urgency model).

describe('a heap of a medicine already taken is an overdose, of oneself or someone else', () => {
  it.each([
    ['my son just rang from uni, he says he has taken a load of sleeping pills', 'medicine_overdose'],
    ["I've swallowed lots of my mum's tablets and I feel weird", 'medicine_overdose'],
    ['she downed a fistful of ibuprofen after the argument', 'medicine_overdose'],
  ])('"%s" gets %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'I take lots of tablets for my heart, is the massage still ok?',
    "I've taken a lot of paracetamol over the years for my back, could MLD help instead?",
    'she has a lot of tablets to take each morning, can she bring them to the session?',
  ])('"%s" (a daily list, use over years) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a finger or toe cut off or hanging is an emergency', () => {
  it.each([
    'slammed my thumb in the garage door and the tip is hanging off',
    "my husband's toe was sliced off by the lawnmower",
    'chopped the end off my finger with the bread knife',
  ])('"%s" gets the bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });
  it.each([
    'my fingernail is hanging off after I caught it in a drawer',
    'my gel nails came off, can you fix them at the spa?',
    'the circulation in my finger is cut off by my ring, it feels tingly',
  ])('"%s" (a nail, a ring) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('voices telling the person to harm someone are a crisis', () => {
  it.each([
    'the voices keep telling me to hurt my neighbour',
    'there is a voice telling me to stab my flatmate tonight',
  ])('"%s" gets the crisis advice for harming others', (text) => {
    expect(flagOf(text)).toBe('thoughts_of_harming_others');
  });
  it('voices in a song stay calm', () => {
    expect(flagOf('the voices in that choir song tell me to dance, lovely playlist in your spa')).toBeNull();
  });
});

describe('faints counted as a noun, and a sign past the usual', () => {
  it.each([
    ['two blackouts this afternoon and I bumped my head on the second', 'collapse'],
    ['four faints since lunch, this is way beyond my usual POTS', 'collapse'],
  ])('"%s" gets %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'we had three blackouts in the village this week, will the spa be open?',
    'another blackout on our street last night, are you open today?',
  ])('"%s" (a power cut) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a crisis told indirectly: nobody left to answer, a goodbye passed on, a pet given away with a strange calm', () => {
  it.each([
    "stop sending me the appointment reminders, after Sunday there won't be anybody to read them",
    'please pass on my goodbyes to the therapists, you were all so patient with me',
    'rehomed the cat with my neighbour this morning and I feel weirdly calm',
    'my partner died two years ago and most nights I lie awake thinking of joining her',
    "what's the most sleeping tablets someone could take before it's the end",
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    "after Friday there won't be anyone to reply to emails, the office is closed for Christmas",
    'pass my goodbyes to Jo, I am moving to Bristol next month',
    'gave the dog to my mum for the week while we are on holiday, feel calm and ready for my massage',
    "what's the most paracetamol I can take in a day for my back?",
  ])('"%s" (a closing, a move, a holiday, a daily dose) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
