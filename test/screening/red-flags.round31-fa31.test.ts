import { checkSafety, isUrgentVerdict } from '../../src/screening';
import { safetyContent } from '../helpers/screening';
import { flagOf } from '../helpers/screening-test-content';

// Round 31 (fa31): English false alarms by cause, read from the spent batch 27's look-alikes. Fresh messages written for
// this test (not from any batch or from knowledge/urgency-examples/round31-fa31.yaml). Each block pairs the stand-down
// with urgent messages in the same setting that must keep their urgent advice.
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

describe('a check that found nothing, or a treatment finished with the doctor content, told after the sign', () => {
  it.each([
    'got short of breath after my gallbladder op, they scanned my lungs for a clot and it was negative, all back to normal',
    'had a temperature after my knee replacement that was a chest infection, antibiotics finished and the GP signed me off',
    'passed out at the bus stop on the hottest day of the year. Got checked out at the walk-in centre, nothing found.',
    'some bleeding at 9 weeks pregnant, the scan was fine and the heartbeat strong, now 16 weeks and booking a bump massage',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    ['they scanned my leg for a clot last week and it was negative, but today my calf is swollen, hot and agony to walk on', 'blood_clot_limb'],
    ['antibiotics done on Friday, but now the fever is back at 39.6 and the wound is oozing after my op', 'spreading_infection'],
    ['checked out fine on Monday, but I just fainted again and I cannot get up off the floor', 'collapse'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a question about risk after a preface and a dash, and a sign seen in someone else', () => {
  it.each([
    'Coming off a crash diet - is there any risk the drainage drops my sugar or makes you pass out?',
    'Type 1 diabetic here - is there a danger that a long session makes you go faint?',
    'whenever I see someone with a droopy face in the street I think of my grandad, anyway can I book a facial',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['Coming off a crash diet - I fainted twice this morning and I keep blacking out now', 'collapse'],
    ['my face is drooping on one side right now and my arm is weak, it started 15 minutes ago', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe("someone else's event told by when it happened, and a journey years back, give the writer no sign or context", () => {
  it.each([
    'when my mum had her stroke her mouth sagged on the left, so I notice faces. Could I book a facial for my birthday?',
    'when my dad had his TIA his arm went weak on one side, so I fuss about him now. can I buy him a voucher?',
    'my brother got a DVT on a flight to Sydney years back, so I worry. I have no leg problems, just want a relaxing session',
    'I had a long-haul flight to Japan years ago and my ankles swelled, so now I always ask: is leg drainage good before travel?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['when my mum had her stroke it began like this: my own face has dropped on the right and my speech is slurred now', 'stroke_signs'],
    ['flew in from Sydney yesterday and my left calf is swollen, red and sore', 'blood_clot_limb'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a fee, a tariff, an account or a website named with an emergency word is a figure of speech', () => {
  it.each([
    'opened the gym renewal letter and near enough went into cardiac arrest, is your membership fee any better',
    'almost keeled over at the membership fee they quoted me, do you have a pay-as-you-go option?',
    'my savings account is haemorrhaging since the boiler broke, any discount on a course of six?',
    'your website made my head explode, the calendar keeps jumping back to January',
    'my nan went into cardiac arrest over her porridge when she saw your tariff, joking, any pensioner rates?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['forget the fee, my dad has gone into cardiac arrest in the car park, he is not breathing', 'collapse'],
    ['my head is exploding, it came on all of a sudden while I was scrolling your website', 'stroke_signs'],
    ['I am bleeding heavily from the drain site and it will not stop, the dressing is soaked', 'major_bleeding'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a chest sore from a gym machine, a face uneven in photos, and a head rush on standing up', () => {
  it.each([
    'my chest is tight and achy from the chest flies I started on Monday, it hurts when I press on the muscles',
    'one side of my face sits lower in my photos these days, the dentist says it is the way I chew. which facial would suit?',
    'I always see stars for a second if I stand up too quickly, nothing else, should I tell the therapist?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['crushing pain in my chest at rest, not from the gym, going into my jaw and I am sweating', 'chest_or_breathing'],
    ['my face suddenly dropped on one side in the mirror a minute ago and my arm feels weak', 'stroke_signs'],
    ['my vision suddenly went dark in my right eye ten minutes ago and it has not come back', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a small mark after an operation told by its size, and a seroma told by its feel', () => {
  it.each([
    'a pink ring where the drip went in after my op, the size of a 5p, no fever, just keeping an eye on it',
    'soft sloshy swelling below my tummy tuck scar, no heat, no redness, the surgeon called it a seroma',
    'squidgy bulge next to my lipo scar, cool and painless, is that fluid normal?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['the red patch round my drip site was the size of a coin this morning and now it covers my whole forearm, after my op', 'spreading_infection'],
    ['the wound from my tummy tuck is red, hot and leaking pus and I have a fever', 'spreading_infection'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a film dressing is no film', () => {
  it.each([
    'blood has filled the space under my film dressing since my lipo this morning and it keeps spreading out',
  ])('"%s" gets urgent advice', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('numb or fizzy lips from a spicy food named in the sentence', () => {
  it.each([
    'the wasabi peas made my lips go numb for a minute, classic, anyway can I book a facial',
    'lips numb from the sichuan peppercorns in the hotpot, which is the whole point of them',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['after the chilli my lips are swelling up and my throat feels like it is closing', 'airway_swelling'],
    ['half my face has gone numb and droopy in the last half hour, I was not eating anything', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
