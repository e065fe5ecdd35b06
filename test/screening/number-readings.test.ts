import { compileNumberReadings, LOW_OXYGEN_WORD, NumberReadingsSchema } from '../../src/screening/number-readings';
import { redFlags } from '../helpers/screening-test-content';

// Round 28 (miss28): the blood pressure and blood oxygen readers take their words and thresholds from red-flags.yaml
// `readings`; the code only builds the patterns. (Their behaviour on messages is in red-flags.round13-safety13c and
// red-flags.round27-miss27.)
const shipped = redFlags.readings;

describe('the number readers read what the content names', () => {
  it('reads a low oxygen reading with the shipped words and leaves a treatment and a normal reading alone', () => {
    const { oxygen } = compileNumberReadings(shipped);
    expect(oxygen('my sats keep dipping to 89')).toContain(LOW_OXYGEN_WORD);
    expect(oxygen('88% on the oximeter')).toContain(LOW_OXYGEN_WORD);
    expect(oxygen('is the oxygen facial 90 mins')).toBe('is the oxygen facial 90 mins');
    expect(oxygen('sats 97 all day')).toBe('sats 97 all day');
  });

  it('reads an oxygen word only once the content lists it', () => {
    const text = 'the pleth gadget says 86';
    expect(compileNumberReadings(shipped).oxygen(text)).toBe(text);
    const added = { ...shipped, oxygen: { ...shipped.oxygen, words: [...shipped.oxygen.words, 'pleth gadget'] } };
    expect(compileNumberReadings(added).oxygen(text)).toContain(LOW_OXYGEN_WORD);
  });

  it('takes the blood pressure thresholds and separators from the content', () => {
    const text = 'it was 150 out of 95 this morning';
    expect(compileNumberReadings(shipped).bloodPressure(text)).toBe(text);
    const pressure = { ...shipped.bloodPressure, between: [...shipped.bloodPressure.between, 'out of'] };
    expect(compileNumberReadings({ ...shipped, bloodPressure: pressure }).bloodPressure(text)).toContain('bpraised');
    const stricter = { ...pressure, severe: { systolic: 150, diastolic: 110 } };
    expect(compileNumberReadings({ ...shipped, bloodPressure: stricter }).bloodPressure(text)).toContain('bpsevere');
  });

  it('refuses readings with no words', () => {
    const broken = { ...shipped, oxygen: { ...shipped.oxygen, words: [] } };
    expect(NumberReadingsSchema.safeParse(broken).success).toBe(false);
  });
});
