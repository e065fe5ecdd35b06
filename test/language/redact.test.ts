import { redactPersonalData } from '../../src/language/redact';

describe('redacting personal data before a message is kept', () => {
  it.each([
    ['email me at jane.doe@example.com about lipo', 'email me at [email] about lipo'],
    ['my number is 503-555-0199, call after 5', 'my number is [phone], call after 5'],
    ['insurance id 99812345 covers mld?', 'insurance id [phone] covers mld?'],
    ['member no. 1234 5678 9012 3456', 'member no. [phone]'],
    ['ref 123456', 'ref [number]'],
    ['does mld help after 2 weeks', 'does mld help after 2 weeks'],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });
});
