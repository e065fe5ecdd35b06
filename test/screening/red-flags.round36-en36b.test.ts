import { detectRedFlag, parseAnswer } from '../../src/screening';
import { checkSafety, isUrgentVerdict } from '../../src/screening/safety-check';
import { content, flagOf, question, redFlags, spa } from '../helpers/screening-test-content';
import { safetyContent } from '../helpers/screening';

// Round 36 (en36b): English safety leftovers of batch 31 (spent), by cause. Fresh messages written for this test (not from
// any batch). Each block pairs the change with messages that must keep their reading.
const adviceOf = (text: string) => detectRedFlag(text, redFlags)?.advice ?? '';
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

describe('Scots "noo" is "now" in the safety reading, not a negation', () => {
  it.each([
    ["a'm oot the sauna an noo ma tongue's swellin up", 'airway_swelling'],
    ['noo there is blood comin through ma bandage', 'major_bleeding'],
    ["noo there's a crushin weight on ma chest", 'chest_or_breathing'],
  ])('"%s" gets urgent advice (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    'nooo I have left my towel in the changing room',
    'noo I am fine, just a bit tired after the drive',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('a health-check answer "noo" still means no', () => {
    const parsed = parseAnswer(question('clot_now'), 'noo', content);
    expect(parsed.understood && parsed.answer.value).toBe('no');
  });
});

describe('a request for a person at home, or for "flesh and blood", is no emergency', () => {
  it.each([
    "I shan't be getting out of the house today, could one of your ladies phone me at home",
    "I won't be going out today with this weather, would someone from your place ring the house",
    'begging your pardon but I would like flesh and blood, not a gizmo',
    'I want to speak to flesh and blood, not a machine, thank you',
  ])('"%s" gets no urgent advice', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    "I won't be here after tonight, my letters are written and I've said goodbye",
    'I can see the flesh under the cut and blood keeps pumping out of it',
  ])('"%s" keeps its urgent advice', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('"had" the tablets checked or counted by someone is no overdose', () => {
  it.each([
    'my son had every tablet in the flat counted by the pharmacist',
    'mum had all the tablets in the house checked by the pharmacist yesterday',
    'she had all the painkillers in the house locked away after her op, just so you know',
  ])('"%s" is no overdose', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "she's had all the pills in the flat and she's very drowsy",
    'he has had a whole strip of his heart tablets',
    'I swallowed all the tablets in the cupboard and then my sister checked on me',
  ])('"%s" is still an overdose, with the crisis line', (text) => {
    expect(flagOf(text)).not.toBeNull();
    expect(adviceOf(text)).toContain(spa.crisisLine);
  });
});

describe('a hypothetical crisis question the writer turns to themselves keeps its crisis words', () => {
  it.each([
    'hypothetically, what would you tell someone who wants to kill themselves? asking for myself',
    'in theory, if a person wanted to die, who could they talk to? and by someone i mean me',
    'hypothetically speaking, if someone was thinking about killing themselves, what would help. I mean me',
  ])('"%s" gets the crisis line', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
    expect(adviceOf(text)).toContain(spa.crisisLine);
  });

  it.each([
    // A genuinely hypothetical or third-person question stays calm.
    'hypothetically, if a client said she wanted to kill herself, what would your staff do? asking for my manager',
    'in theory, if a person wanted to die, who could they talk to? it is for a leaflet I am writing',
    // Physical signs keep the frame: a risk question asked for oneself is still a risk question.
    'could a fat burner give me a heart attack at my age? asking for me',
    'hypothetically, if my face drooped after a session what would you do? asking for myself',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
