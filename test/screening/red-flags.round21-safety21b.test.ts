import { detectRedFlag } from '../../src/screening';
import { redFlags } from '../helpers/screening-test-content';

// Round 21 (safety21b): people with a long-standing, unchanged condition asking about a booking were given emergency
// advice and a 24-hour hold. Messages written for this test.
describe('a known, unchanged condition asked about for a booking is no emergency (round 21, safety21b)', () => {
  it.each([
    // Puffy hands before 20 weeks are not pre-eclampsia's sign.
    'I am 11 weeks pregnant and my fingers look a bit puffy, which massage can I have?',
    'my partner is 7 weeks pregnant and her hands are puffy in the mornings, what would you suggest?',
    'first trimester and my face looks a bit puffy, is lymph drainage ok?',
    // Heat swelling of a known limb.
    'nodes removed 5 years ago and my fingers get puffy when it is hot, is MLD suitable?',
    'my lymphedema hand swells a bit on hot days, could I book a session?',
    // Fainting asked about as a risk of the session.
    'my blood pressure is always low, would I faint during a lymphatic massage?',
    // A size difference dated by a treatment years ago.
    'my left arm is a bit bigger than the right, last treatment was in 2018, is MLD for me?',
  ])('"%s" is not flagged', (text) => {
    expect(detectRedFlag(text, redFlags)).toBeNull();
  });

  it.each([
    // Sudden swelling (read first as the airway), headache or vision still count at any stage.
    ['I am 12 weeks pregnant and my face and hands swelled up suddenly this afternoon', 'airway_swelling'],
    ['I am 9 weeks pregnant with a pounding headache that will not go and blurred vision', 'pregnancy_warning'],
    // Late pregnancy: puffy hands are still the sign.
    ['I am 33 weeks pregnant and my hands are swollen, which treatment is safe?', 'pregnancy_warning'],
    ['16 weeks pregnant and bleeding heavily', 'pregnancy_warning'],
    // A faint now, or about to.
    ['my mum has low blood pressure and she just fainted in the shop', 'collapse'],
    // The known limb changed: hot and red with a fever.
    ['lymphoedema arm for years but since last night it is red and hot and I have a fever', 'spreading_infection'],
  ])('"%s" is still flagged (%s)', (text, flag) => {
    expect(detectRedFlag(text, redFlags)?.flagId).toBe(flag);
  });
});
