import { detectRedFlag } from '../../src/screening';
import { redFlags } from '../helpers/screening-test-content';

const detect = (text: string) => detectRedFlag(text, redFlags, [])?.flagId ?? null;

// Round 45 (fa45): false alarms from batches 39 and 40, in new words. Each stand-down is checked against
// real emergencies that hold the same words.
describe('round 45 fa45: a thing that folds is no collapse', () => {
  it.each([
    'will a collapsible wheelchair fit through your front door?',
    'can I bring my collapsable water bottle into the treatment room',
    'is there space for a collapsible walking frame next to the couch?',
  ])('stays calm: %s', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    'my dad collapsed next to his collapsible walker and is not responding',
    'she just collapsed while folding the collapsible pram and she is not waking up',
    'grandma keeps collapsing, she fell off her collapsable stool and is confused now',
  ])('still a collapse: %s', (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

// fa45 stood a brain or mind that "collapsed" from overload down; the lead's reread took it out: a stand-down silences the
// whole sentence, and a real collapse told beside a tired head got no advice. The tired head stays a false alarm.
describe('round 45 (lead): a brain that "collapsed" beside a real collapse is still a collapse', () => {
  it.each([
    'my brain collapsed from studying but my flatmate just collapsed on the kitchen floor and isnt breathing',
    'my brain just collapsed reading this and now my husband collapsed on the floor',
    'my mind collapsed when dad collapsed in front of me',
    'my husband collapsed, the paramedics on the phone think it may be a brain bleed, what do I do',
    'she collapsed an hour ago and the doctors say there is bleeding on her brain',
  ])('still urgent: %s', (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
