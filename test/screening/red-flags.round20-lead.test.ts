import { detectRedFlag } from '../../src/screening';
import { redFlags } from '../helpers/screening-test-content';

// Round 20 (lead): safety20c found "how I will do it" never fired while "how I'll do it" did. A plan told with the words
// spelled out ("worked out how" + "I will do it") spans seven words and the pattern allowed six. Fresh messages written
// for this test, with look-alikes that keep a task or a purchase (the pattern's stand-downs). The lexicon alone.
const flagOf = (text: string) => detectRedFlag(text, redFlags)?.flagId ?? null;

describe('a plan to end one\'s life told with "I will" spelled out', () => {
  it.each([
    "i've worked out how i will do it",
    'I have figured out how I will do it and nobody will stop me',
    'Ive decided how I am going to do it, I just want one nice massage first',
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'I worked out how I will do it: book the lymphatic session first, then the facial after lunch',
    "I've figured out how I will do it, I'll pay the deposit online and the rest on the day",
  ])('"%s" (a task or a purchase) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
