import { detectRedFlag } from '../../src/screening';
import { redFlags, spa } from '../helpers/screening-test-content';

// Round 36 (en36): English misses and false alarms by cause, read from batch 31's English part (spent), and a crisis told
// beside another emergency. Fresh messages written for this test (not from any batch). Each block pairs the change with
// messages that must keep their reading.
const flagOf = (text: string) => detectRedFlag(text, redFlags)?.flagId ?? null;
const adviceOf = (text: string) => detectRedFlag(text, redFlags)?.advice ?? '';

describe('an overdose told beside another emergency also gets the crisis line', () => {
  it.each([
    // The first flag (a fit, a faint) answers; the overdose read after it adds the crisis line to its advice.
    "he has taken a full box of his heart tablets and now he is fitting on the floor",
    "I've had a full bottle of co codamol and I'm about to black out",
    // Every tablet there was, told by where it was kept or that none are left: an overdose, whose advice names the line.
    'necked every tablet in the bathroom cupboard and now my lips have gone a funny blue',
    'I swallowed everything in the medicine cupboard, my heart is going mad',
    'took all the sleeping pills I had left, I can hardly keep my eyes open',
  ])('"%s" gets urgent advice that names the crisis line', (text) => {
    expect(flagOf(text)).not.toBeNull();
    expect(adviceOf(text)).toContain(spa.crisisLine);
  });

  it.each([
    'a client fainted in the car park, no tablets involved, she says she skipped lunch',
    "my nan's having a fit and she's on the floor, she's epileptic",
  ])('"%s" keeps its emergency advice without the crisis line', (text) => {
    expect(flagOf(text)).not.toBeNull();
    expect(adviceOf(text)).not.toContain(spa.crisisLine);
  });

  it.each([
    'I took every tablet the GP gave me for the chest infection and I still feel rough, can I come Friday?',
    'I took all the tablets I had for the infection over the week, all done now',
  ])('"%s" is no overdose', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
