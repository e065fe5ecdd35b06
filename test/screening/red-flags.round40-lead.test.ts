import { flagOf } from '../helpers/screening-test-content';

// Round 40 (lead, found while reading lang40's report): a condition's name told as happening now ("is having a heart
// attack") was stood down by any risk cue in its sentence ("do", "signs", "can"), so the plainest report of an
// emergency followed by a question ("…right now, what do I do?") got no advice. Fresh wordings, none from a batch; the
// lexicon alone is read here (no urgency model).

describe('a condition named as happening now, with a question after it, gets the advice', () => {
  it.each([
    ['my dad is having a heart attack right now, what do I do?', 'chest_or_breathing'],
    ['I think my mum is having a stroke, what are the signs to check?', 'stroke_signs'],
    ["im having a heart attack i think what do i do", 'chest_or_breathing'],
    ['my husband might be having a heart attack, how can I tell for sure?', 'chest_or_breathing'],
  ])('"%s"', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('the name asked about, or set in a condition, stays a question', () => {
  it.each([
    'what are the signs of a heart attack in women?',
    'can a lymph massage cause a stroke in older people?',
    'what should I do if a client is having a heart attack on the table? asking for our staff training',
    'could your chatbot even tell if I was having a stroke? just wondering',
    'worried about having a heart attack during the session because of my heart history',
  ])('"%s"', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
