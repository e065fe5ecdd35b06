import { expectCrisisLineInEveryState } from '../helpers/crisis-line';

// Round 36 (en36): a message that tells an overdose or self-harm AND another emergency (a fit, a faint, blue lips) was
// answered by the other emergency's flag alone: the emergency number, but not the crisis line. Now the first flag's advice
// is followed by the crisis-line sentence whenever a flag whose advice names the line (an overdose, a poisoning) also
// reads the message, and every tablet in the house is read as an overdose. Through the real app over HTTP, in the five
// states of the held-out corpus test. Messages written for this test.
expectCrisisLineInEveryState('an overdose told beside another emergency gets the crisis line in every dialog state', [
  'my son has taken a whole box of his dads heart pills and he is fitting',
  'downed every painkiller in the flat and now I cannot breathe properly',
]);
