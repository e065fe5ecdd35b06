import { flagOf } from '../helpers/screening-test-content';

// Round 35 (lead): a cause found in und35a's report (hand-off requests of batch 29 answered as emergencies). Fresh
// messages written for this test. "confusing" stemmed to "confus", so a confusing letter after an operation read as the
// person's confusion; it is kept apart now, and a person mixing up people or words keeps its own phrases.

describe('a confusing thing after an operation is no confusion', () => {
  it.each([
    "can someone call me about my aftercare, the surgeon's leaflet is confusing",
    'the instructions from my clinic are confusing, can someone explain aftercare after my lipo',
    'your booking page is so confusing, I had lipo 2 weeks ago and want MLD',
  ])('"%s" gets no emergency advice', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "3 days after my lipo and my husband says I'm confused and keep asking the same thing",
    'had a tummy tuck last week and today she keeps confusing me with her sister',
    'since the op on monday mum is confusing words and seems not herself',
  ])('"%s" still gets the after-surgery emergency advice', (text) => {
    expect(flagOf(text)).toBe('after_body_contouring');
  });
});
