import { checkSafety, detectRedFlag, isUrgentVerdict } from '../../src/screening';
import { redFlagContent, safetyContent } from '../helpers/screening';
import { spa } from '../helpers/screening-test-content';

// Round 36 (lead): the crisis line beside another flag's advice is for self-harm and overdoses told beside an emergency,
// not for every flag whose advice happens to name the line (bleeding and burns name it for a wound done on purpose). And
// a worker at a height beside a question about the spa is no crisis, while a person at a height in crisis still is.
// Wordings written for this test.

const adviceOf = (text: string) => detectRedFlag(text, redFlagContent)?.advice ?? '';
/** The whole safety layer's advice (lexicon, other languages, urgency model), as the person would read it. */
const safetyAdviceOf = (text: string) => {
  const verdict = checkSafety(text, safetyContent);
  return verdict.kind === 'red_flag' ? verdict.match.advice : '';
};
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

describe('the crisis line beside another emergency', () => {
  it.each([
    'cut my hand badly on a broken glass at work, blood everywhere and I feel like I am going to pass out',
    'the gash on my leg from the fence is gushing blood and I am about to faint',
    'my nose has been pouring blood for an hour and I feel faint and shaky',
  ])('"%s" gets urgent advice that does not talk of self-harm', (text) => {
    const advice = adviceOf(text);
    expect(advice).not.toBe('');
    expect(advice).not.toContain(spa.crisisLine);
  });

  it.each([
    'knocked back a whole strip of my sleeping tablets an hour ago and now the room is going dark',
    'took every one of my antidepressants with vodka and I can barely keep my eyes open',
  ])('"%s" gets urgent advice that names the crisis line', (text) => {
    expect(safetyAdviceOf(text)).toContain(spa.crisisLine);
  });
});

describe('a height told as work, or as a crisis', () => {
  it.each([
    'a fella in a harness is dangling off your roof washing the windows, is the main door open?',
    'the decorators have a cradle hanging over the edge of the top floor, is it safe to park underneath?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    'climbed over the barrier on the top floor of the car park, nobody would care if I went',
    'my daughter is sitting on the outside of the balcony rail and says she is done with everything',
  ])('"%s" gets urgent help', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
