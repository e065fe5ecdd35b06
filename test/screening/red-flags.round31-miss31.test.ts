import { checkSafety, detectRedFlag, isUrgentVerdict } from '../../src/screening';
import { redFlagContent, safetyContent } from '../helpers/screening';
import { flagOf, spa } from '../helpers/screening-test-content';

// Round 31 (miss31, issue 11): English emergencies and crises that batch 27 showed missed, fixed by cause. Every message
// here is written fresh for this test (none is a batch message, none is in round31-miss31.yaml). The lexicon is tested
// alone (`detectRedFlag`), so a test fails without its fix whatever the urgency model says; the look-alikes go through the
// whole safety layer (lexicon and model).

const adviceOf = (text: string) => detectRedFlag(text, redFlagContent)?.advice ?? '';
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

describe('a sign told right after a form names it is the person’s own, not the form’s topic', () => {
  it.each([
    ["the questionnaire asks about chest pain, I've got a crushing pain across my chest this minute", 'chest_or_breathing'],
    ['your screening form asks about leg clots, my left calf has swollen up hot and hard since this morning', 'blood_clot_limb'],
    ['the online questions ask about face drooping, my mouth has just slipped on one side and my arm is weak', 'stroke_signs'],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    'the pre-visit checklist asks about chest pain, clots and fainting, I ticked no to all three',
    'your form asks about strokes and heart attacks, neither applies to me, is that all you need?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('words typed one to a sentence are read together', () => {
  it.each([
    ["Can't. Swallow. Tongue. Huge.", 'airway_swelling'],
    ['Dad. Fell. Not. Breathing.', 'collapse'],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it('"Thanks. Lovely. Massage." stays calm', () => {
    expect(urgent('Thanks. Lovely. Massage.')).toBe(false);
  });
});

describe('stroke signs that came and went within minutes are still a stroke warning', () => {
  it.each([
    "for about 5 minutes my left hand went clumsy and I couldn't get words out, it's passed now",
    'half an hour ago my words came out scrambled and my right hand went weak for maybe 10 minutes, seems ok now',
  ])('"%s" gets the stroke advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });

  it('an arm gone dead from lying on it stays calm', () => {
    expect(urgent('my arm went dead for a few minutes after lying on it in bed, all fine now')).toBe(false);
  });
});

describe('a crisis told by means laid out, self-harm done again, a height or a wish to join someone who died', () => {
  it.each([
    'lol razor blades out on my desk again. not a cry for help',
    'did it again last night, my legs are a mess from the razor',
    'sitting on the wrong side of the railing on the overpass, sorry',
    "I've climbed over the parapet on the road bridge",
    "my aunt's husband died last month and she keeps saying she wants to join him, she has her pills out",
    'since my wife passed he wants to be with my wife again, he is sat with her tablets',
    "if my heart gives out from all this that's fine by me",
    "if I don't wake up in the morning that would be a relief",
    "my will is sorted, the cat is going to my neighbour, and I'll see to the rest tonight",
  ])('"%s" gets the crisis advice with the crisis line', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
    expect(adviceOf(text)).toContain(spa.crisisLine);
  });

  it.each([
    'my tablets are laid out in the dosette for the week, can I still have a massage on warfarin?',
    'did it again, locked my keys in the car, running 10 minutes late',
    'the window cleaner is on the wrong side of the railing on the car park roof, is your car park open?',
    'my sister wants me to join her for a facial, does your couples room fit two?',
    "I'm dying to book the hot stone massage, if the price is fine by me I'll do it",
    "my will is sorted now we've bought the flat, thanks for everything, see you Tuesday",
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('an unknown amount of something taken is an overdose', () => {
  it.each([
    'she has taken a handful of something from the bathroom cabinet',
    "my flatmate's swallowed loads of something and won't tell me what",
  ])('"%s" gets the overdose advice', (text) => {
    expect(flagOf(text)).toBe('medicine_overdose');
  });

  it('a handful of almonds stays calm', () => {
    expect(urgent('I took a handful of almonds before my massage, is that ok?')).toBe(false);
  });
});

describe('signs after surgery, in a limb without its nodes and in pregnancy, told in lay words', () => {
  it.each([
    ['the arm they took my lymph nodes out of is hot and blotchy tonight', 'spreading_infection'],
    ['my node clearance arm is radiating heat and pink', 'spreading_infection'],
    ['my jp bulb filled back up with bright red in 20 minutes', 'major_bleeding'],
    ['the drain bulb keeps refilling with ketchup coloured fluid after my tummy tuck', 'major_bleeding'],
    ['tongue has gone numb and everything tastes like metal, had lipo this morning', 'after_body_contouring'],
    ['9 weeks pregnant and I have soaked my pad with bright red in under an hour', 'pregnancy_warning'],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    'I had my lymph nodes out years ago, no swelling, can I have a back massage?',
    'I spilt ketchup on my compression garment, how do I wash it?',
    'my antibiotics make everything taste like metal, can I still have a facial?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
