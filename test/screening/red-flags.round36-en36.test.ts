import { detectRedFlag } from '../../src/screening';
import { flagOf, redFlags, spa } from '../helpers/screening-test-content';

// Round 36 (en36): English misses and false alarms by cause, read from batch 31's English part (spent), and a crisis told
// beside another emergency. Fresh messages written for this test (not from any batch). Each block pairs the change with
// messages that must keep their reading.
const adviceOf = (text: string) => detectRedFlag(text, redFlags)?.advice ?? '';

describe('an overdose told beside another emergency also gets the crisis line', () => {
  it.each([
    // The first flag (a fit, a faint) answers; the overdose read after it adds the crisis line to its advice.
    "he has taken a full box of his heart tablets and now he is fitting on the floor",
    "I've had a full bottle of co codamol and I'm about to black out",
    // Every tablet there was, told by where it was kept or that none are left: an overdose, whose advice names the line.
    'necked every tablet in the bathroom cupboard and now my lips have gone a funny blue',
    'I swallowed everything in the medicine cupboard, my heart is going mad',
    'took all the sleeping pills I had left, I can hardly keep my eyes open',
  ])('"%s" gets urgent advice that names the crisis line', (text) => {
    expect(flagOf(text)).not.toBeNull();
    expect(adviceOf(text)).toContain(spa.crisisLine);
  });

  it.each([
    'a client fainted in the car park, no tablets involved, she says she skipped lunch',
    "my nan's having a fit and she's on the floor, she's epileptic",
  ])('"%s" keeps its emergency advice without the crisis line', (text) => {
    expect(flagOf(text)).not.toBeNull();
    expect(adviceOf(text)).not.toContain(spa.crisisLine);
  });

  it.each([
    'I took every tablet the GP gave me for the chest infection and I still feel rough, can I come Friday?',
    'I took all the tablets I had for the infection over the week, all done now',
  ])('"%s" is no overdose', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('vomited blood told in slang or by its grainy look', () => {
  it.each([
    'been chucking up all night and now its this dark grainy stuff, looks like the bottom of a cafetiere',
    'keep spewing up and there is blood in it',
    "was sick twice, it looked like used instant coffee, I'm scared",
  ])('"%s" gets bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });

  it.each([
    "I'm spewing, they cancelled my 3pm again",
    'I like instant coffee, can I have one before my session?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('out of breath told as "more puffed" after an operation', () => {
  it('"a bit more puffed than usual walking to the car, 10 days after my BBL" gets urgent advice', () => {
    expect(flagOf('a bit more puffed than usual walking to the car, 10 days after my BBL')).not.toBeNull();
  });

  it.each(['my ankles look more puffed up than usual this week, can I book drainage?'])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('about to faint told as snowy or static sight', () => {
  it('"standing in the shower and my vision is going snowy, legs like jelly" gets collapse advice', () => {
    expect(flagOf('standing in the shower and my vision is going snowy, legs like jelly')).toBe('collapse');
  });

  it('"the telly keeps going to static, is the waiting room wifi down?" stays calm', () => {
    expect(flagOf('the telly keeps going to static, is the waiting room wifi down?')).toBeNull();
  });
});

describe('blood gushing like a fountain, a red pool, or coming through the garment', () => {
  it.each([
    'my husband sliced his hand on the mower blade, blood is shooting out, the tea towel is full',
    'blood like a fountain from her leg where the glass went in',
    'a red pool is coming through the fabric of my compression garment',
  ])('"%s" gets bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });

  it.each([
    'the kids spilt juice and there is a red pool on the kitchen floor, can I still come at 4?',
    'the fountain in the town square is shooting out water again, lovely',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('local anaesthetic toxicity after a 360 told by the dentist and a whine in the ears', () => {
  it.each([
    'had 360 done on Tuesday, now there is a high pitched whine in both ears',
    'lipo yesterday and my whole mouth feels like novocaine at the dentist',
  ])('"%s" gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });

  it.each([
    'my new fridge makes a high pitched whine, sorry if you hear it on the call',
    'I got my 360 feedback at work today, need a relaxing massage',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('asking what one is still here for', () => {
  it.each([
    'since my sister passed I honestly ask myself why am I still here',
    'some nights I lie awake wondering what I am still here for',
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'why is my swelling still here after four sessions?',
    'what am I still here for, the therapist has gone home and nobody told me lol',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('look-alikes: a joke emoji, a blocked nose, an angry husband, a web form, a legal seizure', () => {
  it.each([
    "I can't breathe 😂 my trainer made me do burpees in a bin bag",
    "I can't breathe through my nose with this cold, is lying face down ok?",
    "my wife will have a fit when she sees how many sessions I've booked",
    'your booking form keeps choking on my postcode',
    "what does 'seizure of goods' mean in my lease?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I can't breathe 😭 my throat feels tight and my lips are swelling", 'airway_swelling'],
    ['my mum is having a fit on the floor and is not responding', 'collapse'],
    ["can't breathe at all, my nose and my throat feel blocked", 'breathing_difficulty'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
