import { flagOf } from '../helpers/screening-test-content';

// Round 55 (lead): false alarms and misses of dev sets 54D and 54H (kept unread in round 54, read in round 55), by cause.
// Fresh messages written for this test (not from any batch or example file), each block with messages that must keep
// their urgent reading. The lexicon alone is read here.

describe('a medium told by what it showed, and shows by name, are a topic', () => {
  it.each([
    'a video showed a woman whose tongue swelled up after a face oil, could that happen with yours?',
    'there was a thing on the news about a man who had a stroke in a sauna, are yours safe?',
    'I read a thread where a girl bled through her garment after lipo, is that common?',
    'someone fainted in the villa on Love Island, does heat make people pass out?',
    'on 24 Hours in A&E a lady had a clot in her leg after a long flight, how do they find those?',
    'saw a story about a man collapsing in a steam room, do you have one?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['I was watching Love Island and now my chest is crushing and my left arm hurts', 'chest_or_breathing'],
    ['saw the news, then my face went droopy on one side and my speech is slurred', 'stroke_signs'],
  ])('a sign of the writer\'s own after the show "%s" is still urgent', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('everyday causes named: a voice strained by shouting, the cold below zero, a price', () => {
  it.each([
    'my throat feels tight and raw from screaming at the match, can I still come in',
    'throat is tight after singing at a wedding all night, is MLD ok tomorrow?',
    "shaking like a leaf, it's minus 20 out here and the bus is late, are you open",
    'saw your price list and nearly stopped breathing lol, any deals?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['my throat is getting tight and my lips are swelling after the new serum', 'airway_swelling'],
    ['he stopped breathing and is not waking up', 'collapse'],
  ])('"%s" is still urgent', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a plan asked of the spa is no plan to die; a plan told is', () => {
  it('asking whether the spa has a plan for an allergy stays calm', () => {
    expect(
      flagOf('I am allergic to nuts, do you guys have a plan if someone reacts on the table?'),
    ).toBeNull();
  });
  it('a goodbye note still reads as a crisis', () => {
    expect(flagOf('I wrote my goodbye notes tonight and I have everything ready')).toBe('crisis_self_harm');
  });
});

describe('a past event closed by "now and totally fine", and a droop left by Bell\'s palsy', () => {
  it.each([
    'my son had a seizure with a high temperature at 2, he is 6 now and completely fine. Can kids come in?',
    "my mouth has drooped a little on the right since my Bell's palsy last year, could facial drainage help?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it("a new droop guessed to be Bell's palsy is still a stroke sign", () => {
    expect(flagOf('my face has dropped on one side this morning, maybe bells palsy?')).toBe('stroke_signs');
  });
});

describe('a PICC or central line counts as a clot risk; blood and vomiting emoji read as words', () => {
  it('one arm swollen with a PICC line in it is a possible clot', () => {
    expect(flagOf('my picc arm feels tight and heavy today')).toBe('blood_clot_limb');
  });
  it('throwing up blood told with emoji is major bleeding', () => {
    expect(flagOf('been 🤮 🩸 twice now')).toBe('major_bleeding');
  });
  it('a blood drop emoji about a period is not', () => {
    expect(flagOf('period started 🩸 can I still have my massage?')).toBeNull();
  });
});

// Round 55 (lead): false alarms of dev set 55F (written for this round, read after being scored), by cause.
describe('a faint written up for a form or an insurer, or at a bill, is over or a figure of speech', () => {
  it.each([
    'a guest fainted by the pool on Saturday, I need to fill in an incident form, which one?',
    'the gas bill nearly made me faint this month, do you do payment plans?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('a faint happening now is still urgent', () => {
    expect(flagOf('my client has just fainted on the couch and is very pale')).toBe('collapse');
  });
});

describe('a risk a surgeon listed, a fear never lived, training on a topic, homework and reading online', () => {
  it.each([
    'my surgeon listed infection and skin necrosis as possible risks of the tummy tuck, does MLD lower them?',
    'I get anxious about my throat closing up when I try new creams, it has never happened',
    'are your staff trained in anaphylaxis, in case?',
    'my son needs to know what happens in a stroke for his homework, any leaflets?',
    'read on Facebook that massage gives people heart attacks, is that true?',
    'this week has given me a heart attack, book me the hot stones',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['the skin by my tummy tuck scar is turning black and it smells', 'after_body_contouring'],
    ['my throat is closing up, I can hardly swallow', 'airway_swelling'],
    ['I think I am having a heart attack, my chest is crushing', 'chest_or_breathing'],
  ])('"%s" is still urgent', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('mottling in cold weather, a voice lost at a match, and an event "ages ago"', () => {
  it.each([
    'my thighs go blotchy and mottled in cold weather, anything for that?',
    'can barely talk, lost my voice shouting at the rugby, still ok for my facial?',
    'my aunt told me ages ago her friend had a stroke on a massage table, does that happen?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('mottled skin with a fever after surgery is still urgent', () => {
    expect(flagOf('since my op my legs are mottled and I am shivering with a fever')).not.toBeNull();
  });
});
