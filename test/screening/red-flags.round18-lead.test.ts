import { checkSafety, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 18 (lead): self-harm told as its injury (a deep cut bleeding, a burn, something swallowed) was answered by the
// bleeding, burn or poisoning flag, whose advice named the emergency number only; issue 11 asks that self-harm be
// answered with the crisis line. Those flags' advice now also names it, as the overdose advice does. Fresh messages.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const adviceFor = (text: string) => {
  const verdict = checkSafety(text, safety);
  return verdict.kind === 'red_flag' ? verdict.match.advice : '';
};

describe('an injury done on purpose is answered with the crisis line too', () => {
  it.each([
    'I cut myself on purpose tonight and it is bleeding heavily and will not stop',
    'the cuts i made on my arm tonight wont stop bleeding, soaked through two towels',
    'I burned my arm with the iron on purpose, the skin has gone white and leathery',
    'my sister drank bleach on purpose and is being sick',
  ])('"%s"', (text) => {
    expect(adviceFor(text)).toContain(spa.crisisLine);
    expect(adviceFor(text)).toContain(spa.emergencyNumber);
  });

  it.each(['major_bleeding', 'serious_burn', 'swallowed_poison'])(
    'the %s advice names the crisis line, whichever flag answers the injury',
    (flagId) => {
      const flag = redFlags.flags.find((f) => f.id === flagId);
      expect(flag?.advice).toContain(spa.crisisLine);
    },
  );
});
