import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { flagOf, KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 19 (tuner safety19c): urgent messages the lexicon alone missed on read batches 15 and 14, by missing concept:
// a crisis told by a means got ready, an act set for a time or an event, a note; a reliever inhaler that "normally sorts
// him" but not tonight; very high blood sugar with ketones or a meter reading "HI" (DKA); scalds, airway and chemical
// burns; Hindi or Urdu written in Latin letters ("Hinglish"). Fresh messages written for this test, in new words, with
// close look-alikes that must stay calm. The lexicon alone (no urgency model).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const verdictOf = (text: string) => checkSafety(text, safety);
const urgent = (text: string) => isUrgentVerdict(verdictOf(text));

describe('a crisis told by a means got ready, a time set, or a note (Samaritans and NHS warning signs)', () => {
  it.each([
    'nothing left for me since the farm went. took the rifle out of the gun cabinet this evening, sat in the barn with it',
    "my brother keeps saying we'd all be better off without him. he's got the rope ready in the garage, I found it",
    "can't do this anymore. got all the tablets out on the bedside table",
    "I'm done. going to end it tonight once the kids are asleep",
    "Honestly I've had enough of everything. Going to do it after the funeral on Saturday",
    'whats the point. doing it tomorrow night, already decided',
    'wrote my note earlier. gonna get it over with tonight',
    "I won't be needing my membership any more, I won't be around",
  ])('"%s" gets the crisis answer', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    "I've had enough of this dissertation, going to finish it tonight",
    "I'm done for today, gonna do it tomorrow morning before my session",
    "got the gun out of the cabinet for the foxes, they've had three hens this week",
    'going to do it tonight, the decorating has waited long enough',
    'wrote a note on the booking form about my allergies, can you check it before tomorrow',
    'loaded the gun for clay shooting on Saturday, cant wait',
  ])('"%s" is no crisis', (text) => {
    expect(flagOf(text)).not.toBe('crisis_self_harm');
  });
});

describe('a reliever inhaler that usually works and is not working now (NHS Asthma attack, BTS/SIGN)', () => {
  it.each([
    "my son's asthma, usually the blue inhaler settles him in minutes but tonight it's not helping at all",
    "normally two puffs of my ventolin sort me out but today it's done nothing and I'm wheezing",
    'her reliever usually calms it down but this time it is doing nothing and she is struggling',
  ])('"%s" is a breathing emergency', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'my blue inhaler sorts me out every time, can I bring it to my session?',
    'does MLD help asthma? my inhaler works fine, I just wondered',
  ])('"%s" is no emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('very high blood sugar with ketones or a meter reading "HI" (NHS Diabetic ketoacidosis, Diabetes UK, ADA)', () => {
  it.each([
    "type 1 here, ketones are 3.8 and I've been throwing up since lunch",
    'my daughter is diabetic, her libre just shows HI and she keeps being sick and is really drowsy',
    'blood sugar 31 and my tummy pain is awful, breathing deep and fast, T1D',
    'insulin pump failed in the night, sugars sky high and I cant keep anything down',
  ])('"%s" gets the high blood sugar advice', (text) => {
    expect(flagOf(text)).toBe('high_blood_sugar');
  });

  it('the advice says to call the emergency number and keep taking insulin', () => {
    const advice = detectRedFlag('ketones high and vomiting, type 1', redFlags)?.advice ?? '';
    expect(advice).toContain(spa.emergencyNumber);
    expect(advice).toMatch(/insulin/);
  });

  it.each([
    "I'm doing keto and my ketone strips show high, a bit of a tummy ache this morning, is MLD ok?",
    "hi! my meter says hi to the new receptionist lol, see you Tuesday",
    'my sugar is a bit high today (type 2), can I still have my lymphatic massage?',
    'does MLD affect ketones or blood sugar?',
  ])('"%s" is no emergency', (text) => {
    expect(flagOf(text)).not.toBe('high_blood_sugar');
  });
});

describe('scalds, airway burns and chemical burns (NHS Burns and scalds, NICE CKS)', () => {
  it.each([
    'my toddler grabbed my cup of tea and his arm is blistering',
    'the bath water was far too hot, my little girl has blisters up both legs',
    'kettle tipped over onto my leg and thigh, blistering up already',
    'the barbecue flared in his face, eyebrows and nose hair singed, burnt cheeks and he sounds hoarse',
    'got drain cleaner on my hand, the skin is blistered and has gone greyish',
    'kneeling in wet concrete all afternoon, my knees are burnt and raw',
  ])('"%s" is a serious burn', (text) => {
    expect(flagOf(text)).toBe('serious_burn');
  });

  it.each([
    'spilt a cup of tea on my hand, tiny blister, it is fine',
    'my hands are a bit dry from bleach, any cream you recommend?',
    'I burned the toast and the smoke alarm went off, so embarrassing',
    'hot water bottle left my tummy a bit pink, is that ok before my session?',
  ])('"%s" is no emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('Hindi or Urdu in Latin letters ("Hinglish"), read beside English', () => {
  it.each([
    'mummy ko achanak baah sunn ho gayi hai aur munh tedha lag raha hai',
    'papa ki chhati mein bahut dard hai aur pasina aa raha hai',
    'bhai ko saans nahi aa rahi, bahut dikkat ho rahi hai',
    'dadi ko khoon ki khansi ho rahi hai subah se',
    'nani behosh ho gayi hai, jawab nahi de rahi',
  ])('"%s" gets the emergency advice, with the emergency number', (text) => {
    const verdict = verdictOf(text);
    expect(verdict.kind === 'other_language' && verdict.reading.kind).toBe('emergency');
    expect(verdict.kind === 'other_language' && verdict.reading.text).toContain(spa.emergencyNumber);
  });

  it.each(['mujhe ab jeena nahi hai, thak gaya hoon sabse', 'main khudkushi ke baare mein soch rahi hoon'])(
    '"%s" gets the crisis answer with the crisis line',
    (text) => {
      const verdict = verdictOf(text);
      expect(verdict.kind === 'other_language' && verdict.reading.kind).toBe('crisis');
      expect(verdict.kind === 'other_language' && verdict.reading.text).toContain(spa.crisisLine);
    },
  );

  it.each([
    'MLD ke baad pairon ki sujan kam hogi kya? appointment kal hai',
    'kal yoga ke baad saans phool gayi thi, ab theek hai, session kar sakti hoon?',
    'seene mein dard nahi hai, bas thakaan hai, massage book karna hai',
    'mere dil ka haal mat poochho, breakup ho gaya, ek relaxing massage chahiye',
  ])('"%s" is no emergency and is not told "I speak English"', (text) => {
    expect(urgent(text)).toBe(false);
    expect(verdictOf(text).kind).not.toBe('other_language');
  });
});

describe('German: cutting oneself told plainly', () => {
  it('"die Handgelenke geritzt" gets the crisis answer', () => {
    const verdict = verdictOf('ich habe mir gestern Abend wieder die Handgelenke geritzt, keiner weiß es');
    expect(verdict.kind === 'other_language' && verdict.reading.kind).toBe('crisis');
  });

  it('a cut while cooking is no crisis', () => {
    const verdict = verdictOf('ich habe mich beim Kochen am Finger geritzt, ist die Massage morgen trotzdem ok?');
    expect(verdict.kind === 'other_language' && verdict.reading.kind).not.toBe('crisis');
  });
});

describe('a deep cut on a blood thinner, a knock to the head on an anticoagulant, tabs and sheep dip', () => {
  it.each([
    ['on warfarin and I caught my shin with the strimmer, the tea towel is soaked through already', 'major_bleeding'],
    ['slipped with the angle grinder, my hand towel soaked through in a minute', 'major_bleeding'],
    ['Mum takes rivaroxaban. She bumped her head on the car door frame this morning and seems ok', 'head_injury'],
    ['he fell off the stool and hit his head, now he keeps asking us the same question over and over', 'head_injury'],
    ['my 2 year old bit into a washing machine pod, foam round his mouth', 'swallowed_poison'],
    ['been spraying insecticide in the greenhouse all day, now drooling and my pupils are tiny', 'swallowed_poison'],
  ])('"%s" fires %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    "I'm on apixaban, is lymphatic drainage safe for me?",
    'cut the hedge with the hedge trimmer all morning, my shoulders ache, can I book a massage?',
    'bought dishwasher tabs and sheep dip at the farm shop, do you sell gift cards too?',
  ])('"%s" is no emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
