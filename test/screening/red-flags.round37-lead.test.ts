import { flagOf } from '../helpers/screening-test-content';

// Round 37 (lead): no urine for a day or more is an emergency in the lexicon's own words (NHS Sepsis; NHS Acute kidney
// injury). Found when en37's test of such a message lost its urgent reading once batch 32 joined the urgency model's
// training: a sign this plain should not hang on a model's guess. Written for this test.

describe('no urine for a day or more', () => {
  it.each([
    'my husband has not passed any urine since yesterday and his belly is tight and sore',
    "dad's catheter bag has had no urine in it all day, he's very sleepy",
    "I've got one kidney and I haven't had a wee for 24 hours, my ankles are puffing up",
    'she hasnt peed since last night and is really confused',
  ])('"%s" gets the kidney advice', (text) => {
    expect(flagOf(text)).toBe('no_urine');
  });

  it.each([
    "haven't had a wee since lunch, is a full bladder a problem on the couch?",
    "so busy at the salon I haven't had a wee all day haha, can I book Friday?",
    'the nurse said to tell you if I have not passed urine in a day, which I have, so all fine for Tuesday',
  ])('"%s" does not get it', (text) => {
    expect(flagOf(text)).not.toBe('no_urine');
  });
});
