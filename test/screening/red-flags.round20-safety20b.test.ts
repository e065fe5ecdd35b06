import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 20 (safety20b): a known, usual, unchanged symptom of a long-term condition, told by the person, is nothing new
// (red-flags.yaml `baseline`); the same person telling something new, sudden, worse or different today still gets urgent
// help. Fresh wording written for this test (not read-set copies); the lexicon alone (no urgency model).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('a usual, long-standing symptom of a named condition stays calm', () => {
  it.each([
    'I get out of breath on the stairs with my COPD, always have. Can I be propped up on pillows for the massage?',
    'my left hand is still a bit weak from the stroke I had six years ago, the neurologist is happy with it. Can you do arm MLD?',
    'it is just my POTS, I go dizzy and my heart races if I stand too quick, nothing new. Could the therapist let me sit up slowly?',
    'the usual migraine with the flashing zigzags, numb lip and all, took my tablets and I am in bed. Can I move tomorrow to Friday?',
    'my chest goes tight when I am nervous, it is my anxiety, normal for me. Can my partner sit in the room?',
    'I have had lipoedema for years, my calves ache and swell by evening, nothing has changed. What does a course cost?',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same people telling something new, worse or different today still get urgent help', () => {
  it.each([
    'I get out of breath on the stairs with my COPD, always have, but tonight my lips look blue and I can hardly speak',
    'my left hand is still a bit weak from the stroke six years ago, but this morning my face dropped on that side and my words are slurred',
    'POTS so fainting is not new to me, but I hit my head on the radiator when I went down and I keep being sick',
    'I get migraines all the time, this one is different, worst headache of my life and it came on in a second',
    'my chest goes tight when I am anxious but this is nothing like my usual, crushing pain into my jaw and I am sweating',
    'lipoedema legs always ache, but right now one calf is hot, hard and much bigger than the other',
    'lymphoedema arm same as always this week, now it is red and hot and I am shivering',
    'these are not my normal migraines, my face has gone droopy on the left and my arm is weak',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
