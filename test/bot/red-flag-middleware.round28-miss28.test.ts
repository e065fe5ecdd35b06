import { expectCrisisLineInEveryState } from '../helpers/crisis-line';

// Round 28 (miss28): a message people write as a crisis (thoughts of suicide, or someone threatening or attacking them)
// is answered with the crisis line from spa.yaml in every dialog state, whichever flag the detector gives it: batch 24's
// writers filed threats from a partner under "crisis", and the danger flag's advice did not name the line. Through the
// real app over HTTP, in the five states of the held-out corpus test. Messages written for this test.
const CRISES: readonly string[] = [
  // Someone else is the danger: the danger flag answers these.
  'my stepdad said he will hurt me when he gets home tonight and im scared, hiding at my neighbours',
  'ex boyfriend is trying to break in through the back window right now',
  'he had his hands round my neck last night till i blacked out',
  // Thoughts of suicide: the crisis flag answers these (they named the line before too).
  'i want to end my life tonight',
  'been stockpiling my meds for weeks and i cant see a way out anymore',
];

expectCrisisLineInEveryState('a crisis gets the crisis line in every dialog state', CRISES);
