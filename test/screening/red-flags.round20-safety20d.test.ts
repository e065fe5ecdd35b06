import { flagOf } from '../helpers/screening-test-content';

// Round 20 (safety20d): false alarms by cause (issue 11). Fresh messages written for this test: each look-alike has an
// urgent twin with the same words and a real emergency now. The lexicon alone.

describe('the crisis words as a joke about a chore', () => {
  it.each([
    'ready to end it all over this thesis haha, anyway are you open sunday',
    'my revision timetable makes me want to die lol',
    "kill myself over this group project, I'm being dramatic, can I book a back massage",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'I want to die lol',
    'failed my exams again lol, I want to die',
    'want to die over this essay, not joking, I have been thinking about it every day',
    'I want to end it all, the deadline was just the last straw',
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
});

describe('cutting oneself with an everyday cause, and an animal scratch', () => {
  it.each([
    'nicked my knee, cut myself shaving in the shower, is leg drainage still ok',
    'the puppy scratched my hand till it bled, just a surface scratch, ok for my session?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each(['I cut myself again last night and it keeps bleeding', 'I scratched my arms till they bled on purpose'])(
    '"%s" gets the crisis answer',
    (text) => {
      expect(flagOf(text)).toBe('crisis_self_harm');
    },
  );
});

describe('time away, a quick question and "if I ever"', () => {
  it.each([
    "won't be around for a while, off cruising round the Med, can you hold my package",
    "I won't be a bother for long, quick question about your opening hours",
    'if I ever felt short of breath on the couch, would the therapist stop?',
    'is a hot swollen leg always a clot? mine is fine, just reading up',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I won't be around much longer, I've said goodbye to everyone", 'crisis_self_harm'],
    ["I won't be a bother for much longer, I've taken all my tablets", 'crisis_self_harm'],
  ])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a vaccine site, and an episode that passed', () => {
  it.each([
    'where they gave me the flu shot is warm and a bit puffy today, still fine for MLD on my legs?',
    'had a panic attack a few weeks ago, heart pounding and chest tight, it passed after a while. does massage help anxiety?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "chest went tight and heavy earlier, it passed, but now it's back and going down my arm",
    'my left calf is swollen, hot and really painful since the flight yesterday',
  ])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a crisis word about a chore reported with an all-clear', () => {
  it("stays calm: \"my son keeps saying 'I want to die' about his maths homework. he's fine really\"", () => {
    expect(flagOf("my son keeps saying 'I want to die' about his maths homework. he's fine really, just dramatic")).toBeNull();
  });
});
