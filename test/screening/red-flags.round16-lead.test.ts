import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 16 (lead): two kinds of emergency the lexicon had no concept for at all: danger from another person, and
// thoughts of harming a baby or someone in one's care. Fresh messages, written for this test; the lexicon alone is
// tested (no urgency model), so the rules themselves carry the behaviour.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const verdict = (text: string) => checkSafety(text, safety);
const flagOf = (text: string) => {
  const v = verdict(text);
  return v.kind === 'red_flag' ? v.match.flagId : undefined;
};

describe('danger from another person gets the emergency number and a way to a person', () => {
  it.each([
    "my boyfriend says he's going to hurt me when he gets home, i'm hiding at my sister's and i'm terrified",
    'locked myself in the bathroom, my ex is outside the door and he threatened to kill me',
    'he had his hands round my neck last night and now my voice is hoarse',
    'someone is trying to break in downstairs and I am on my own upstairs',
    'my husband keeps hitting me and I am scared to go back in the room',
    "He said he'd kill me if I left. I'm in the toilets at work and I can't stop shaking and I'm so scared",
  ])('%s', (text) => {
    expect(flagOf(text)).toBe('danger_from_someone');
  });

  it('says to call the emergency number and offers someone from the team', () => {
    const v = verdict('my partner said he would kill me, im hiding in the car');
    expect(isUrgentVerdict(v)).toBe(true);
    const advice = v.kind === 'red_flag' ? v.match.advice : '';
    expect(advice).toContain(spa.emergencyNumber);
    expect(advice).toMatch(/someone from our team/);
  });
});

describe('everyday threats are figures of speech, not danger', () => {
  it.each([
    "my wife is going to kill me when she sees the bill for this facial, I'm scared to show her lol",
    "my boss will kill me if I'm late again, scared of Monday already",
    'my trainer is going to kill me on leg day, terrified',
    "honestly this surgery is going to kill me, I'm so scared of the anaesthetic",
    'is it safe to book a massage if I am scared of being touched after a bad relationship years ago?',
  ])('%s', (text) => {
    expect(flagOf(text)).not.toBe('danger_from_someone');
  });
});

describe('thoughts of harming a baby or someone in care get the crisis line', () => {
  it.each([
    "since the birth I keep getting thoughts of hurting my baby and I can't tell anyone",
    'I have this urge to shake him when he screams at night, I am so tired, he is 5 weeks',
    "I'm scared I'll hurt my little one, I'm not myself",
  ])('%s', (text) => {
    expect(flagOf(text)).toBe('thoughts_of_harming_others');
  });

  it.each([
    'could a tummy massage hurt the baby at 30 weeks?',
    "I'm afraid I will hurt the baby if the pressure is too deep, is MLD safe in pregnancy?",
    "I don't want to hurt her feelings but I'd like a different therapist",
  ])('a risk question or a figure of speech is not: %s', (text) => {
    expect(flagOf(text)).not.toBe('thoughts_of_harming_others');
  });
});

describe('on a blood thinner, a bleed that will not stop is an emergency even from a small cut', () => {
  it.each([
    "im on warfarin and nicked my leg shaving, its been bleeding for over an hour and wont stop",
    'on blood thinners and my gums have been bleeding all afternoon, it keeps filling my mouth',
    'Eliquis for my AF. Cut my thumb on a tin lid and it is still bleeding through the third plaster',
  ])('%s', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });

  it.each([
    'on warfarin, is it safe to have lymphatic drainage?',
    'I take blood thinners and I bruise easily, can I still have a massage?',
    'on blood thinners, my gums bleed a little when I brush, is MLD ok?',
    "I'm on apixaban and my nose bled a bit this morning but it stopped in a minute",
  ])('a question or a bleed that stopped is not: %s', (text) => {
    expect(flagOf(text)).toBeUndefined();
  });
});

describe('a clot described at length, with a time phrase and a side remark, is still one description', () => {
  it.each([
    'my left leg has swollen up since this morning, only the one leg, the calf is tight and sore',
    'Right calf, and only the right, has been swelling since Tuesday evening, honestly it is really sore and warm',
  ])('%s', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });

  it('both legs puffy by the evening after a day standing is not', () => {
    expect(flagOf('both my legs get puffy by the evening after a long day standing at work, a bit achy, is MLD good for that?')).toBeUndefined();
  });
});
