import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 6 (issue 11): behaviour a person would notice for the causes named from a held-out batch. The
// tuning set is knowledge/urgency-examples/round6.yaml; these are fresh messages, not copies of it.

const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const adviceOf = (flagId: string) => redFlags.flags.find((flag) => flag.id === flagId)!.advice;
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const languageOf = (code: string) =>
  safety.otherLanguages.languages.find((language) => language.code === code)!;
const reading = (text: string) => {
  const verdict = checkSafety(text, safety);
  return verdict.kind === 'other_language' ? verdict.reading : null;
};

describe('crisis words in other languages', () => {
  it.each([
    ['es', 'esta noche me voy a tomar todas mis pastillas'],
    ['es', 'mi amigo dice que se va a quitar la vida'],
    ['fr', 'je vais avaler tous mes comprimés ce soir'],
    ['pt', 'hoje vou tomar todos os remédios da caixa'],
    ['de', 'ich nehme heute alle meine Tabletten auf einmal'],
    ['it', 'stasera prendo tutte le pillole'],
    ['pl', 'dziś wezmę wszystkie leki naraz'],
    ['nl', 'ik ga vanavond al mijn pillen innemen'],
  ])(
    'answers %s words about taking one\'s life or all the pills with the crisis line: "%s"',
    (code, text) => {
      expect(reading(text)?.text).toBe(languageOf(code).crisisAdvice);
      expect(reading(text)?.text).toContain(spa.crisisLine);
    },
  );

  it('answers "I can\'t go on" with a plan as a crisis, in Spanish', () => {
    expect(reading('ya no aguanto más, tengo la carta escrita')?.text).toBe(languageOf('es').crisisAdvice);
  });
});

describe('suicide by car exhaust', () => {
  it.each([
    'sitting in my car in the garage, door closed, engine running',
    'my son has shut himself in the garage with the car running and the garage door is down',
    'there is a hosepipe from the exhaust into the car',
    "I'm in the garage with the engine on, there's nothing left for me",
  ])('answers with the crisis line, fresh air and the emergency number: "%s"', (text) => {
    const match = detect(text);
    expect(match?.kind).toBe('crisis');
    expect(match?.advice).toContain(spa.crisisLine);
    expect(match?.advice).toContain(spa.emergencyNumber);
    expect(match?.advice).toMatch(/fresh air/);
  });

  it('stays quiet for a car warming up with the door open, or a car park', () => {
    expect(detect('I warm the car up in the garage with the door open every morning')).toBeNull();
    expect(detect('waiting in the car park with the engine running, be there in 5')).toBeNull();
  });
});

describe('stroke told by what the body will not do', () => {
  it.each([
    "his left hand just won't hold the cup, it started ten minutes ago",
    "I couldn't dial, my fingers wouldn't do what I wanted",
    "when she smiles the corner of her mouth won't go up",
    "tea is dribbling out of the side of dad's mouth",
    'raise both arms, the right one keeps drifting down',
    'my words are coming out all jumbled',
  ])('gives the stroke advice: "%s"', (text) => {
    expect(detect(text)?.advice).toBe(adviceOf('stroke_signs'));
  });

  it('stays quiet for a teething baby, a gym grip or nerves in an interview', () => {
    expect(detect('my baby keeps dribbling out of the side of her mouth, teething again')).toBeNull();
    expect(detect('my arm keeps dropping the kettlebell at the gym')).toBeNull();
    expect(detect('my words came out all jumbled in the interview haha')).toBeNull();
  });
});

describe('lips swelling as the person watches', () => {
  it.each(['my lips are swelling up as we speak', 'my top lip is getting bigger and bigger'])(
    'gives the anaphylaxis advice: "%s"',
    (text) => {
      expect(detect(text)?.advice).toBe(adviceOf('airway_swelling'));
    },
  );

  it('stays quiet for lips after filler or a plumping gloss', () => {
    expect(detect('my lips are a little swollen after the lip filler, as expected')).toBeNull();
    expect(detect('this plumping gloss makes my lips swell up a bit, love it')).toBeNull();
  });
});

describe('a knock to the head told over two sentences', () => {
  it('gives the head-injury advice when the warning sign comes in a later sentence', () => {
    const text =
      'Can I move my booking? I banged my head on the door on Saturday. Since this morning I keep being sick.';
    expect(detect(text)?.advice).toBe(adviceOf('head_injury'));
  });

  it('stays quiet for a knock with no warning sign', () => {
    expect(detect('I bumped my head on your low door last week. Please put a sign up.')).toBeNull();
  });
});

describe('a floppy, hard-to-wake or burning-hot baby who will not feed', () => {
  it.each([
    'my 7 month old is floppy and not herself',
    "the baby is burning up and hasn't fed all day",
    'my toddler is limp and hard to wake',
  ])('gives the emergency advice: "%s"', (text) => {
    const match = detect(text);
    expect(match?.advice).toBe(adviceOf('unwell_infant'));
    expect(match?.kind).toBe('emergency');
  });

  it('stays quiet for a relaxed baby in the bath or a sleepy one who feeds well', () => {
    expect(detect('my baby goes all floppy and relaxed in the bath')).toBeNull();
    expect(detect('baby is a bit sleepy today but feeding well')).toBeNull();
  });
});

describe('burns, breathlessness and a rigid belly in other languages', () => {
  it.each([
    ['es', 'me quemé con la cera y la piel está blanca'],
    ['fr', 'brûlée par la cire, la peau est blanche et je ne sens rien'],
    ['pl', 'po operacji brakuje mi tchu'],
    ['nl', 'mijn buik is keihard na de operatie'],
  ])('answers %s with that language\'s emergency advice: "%s"', (code, text) => {
    expect(reading(text)?.text).toBe(languageOf(code).emergencyAdvice);
  });

  it('stays quiet for a small burn in Spanish', () => {
    expect(isUrgentVerdict(checkSafety('me quemé un poco con la plancha, nada grave', safety))).toBe(false);
  });
});

describe('a symptom told with its all-clear', () => {
  it.each([
    'Had chest pain on Sunday. Went to A&E. ECG was normal and they said it was muscular.',
    'my calf swelled up after the flight, the scan showed no clot',
    'felt faint this morning, had a lie down and a nap and that set me right',
    "my face dropped on one side, the doctor confirmed it was Bell's palsy",
    'heart attack in May 2019, stents fitted, the cardiologist is happy with me',
  ])('is history, not an emergency: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it('is urgent again when the symptom comes back or is still there after the all-clear', () => {
    expect(detect('ECG was normal yesterday but now the chest pain is back and worse')).not.toBeNull();
    expect(detect('they sent me home from A&E and I still cannot breathe')).not.toBeNull();
  });

  it('does not clear a symptom the person says they have now, or a diagnosis told as background', () => {
    expect(detect('I have crushing chest pain, my ECG last week was normal')).not.toBeNull();
    expect(detect("I can't breathe, my boss sent me home from work")).not.toBeNull();
    expect(detect('My chest pain is crushing. My ECG last month was normal.')).not.toBeNull();
    expect(detect('I was diagnosed with anxiety years ago, my arm is numb on one side')).not.toBeNull();
  });

  it.each([
    ['es', 'me dieron el alta pero sigo con dolor en el pecho'],
    ['pl', 'wszystko minęło, ale teraz znowu mam ból w klatce piersiowej'],
  ])('is urgent again in %s when the person says it is back or still there: "%s"', (_code, text) => {
    expect(isUrgentVerdict(checkSafety(text, safety))).toBe(true);
  });

  it('never clears a crisis', () => {
    expect(detect('they discharged me after the overdose and I want to kill myself')?.kind).toBe('crisis');
  });

  it.each([
    ['pl', 'miałam ból w klatce piersiowej, ale wszystko minęło'],
    ['es', 'tuve dolor en el pecho, fui a urgencias y me dieron el alta'],
  ])('stands down in %s too: "%s"', (_code, text) => {
    expect(isUrgentVerdict(checkSafety(text, safety))).toBe(false);
  });
});

describe('long-standing, cosmetic and headline look-alikes', () => {
  it('reads a face droopy for years as long-standing, not a stroke', () => {
    expect(detect('one side of my face has drooped for years, would a facial help?')).toBeNull();
  });

  it.each([
    'ho il viso cadente dopo la dieta, il massaggio aiuta?',
    'tengo la cara caída desde que perdí peso',
    'mein Gesicht hängt seit ich abgenommen habe',
  ])('reads face sagging after a diet or weight loss in another language as cosmetic: "%s"', (text) => {
    expect(isUrgentVerdict(checkSafety(text, safety))).toBe(false);
  });

  it('still answers a drooping face with no cosmetic cause in Italian as an emergency', () => {
    expect(reading('mio padre ha la bocca storta e non riesce a parlare')?.kind).toBe('emergency');
  });

  it.each([
    'If your leg swells after surgery: what you need to know',
    "Chest pain after exercise? Here's when to worry",
  ])('reads a headline as a topic, not a person: "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it('still reads a symptom with no pronoun as urgent when the title word is not a title', () => {
    expect(detect('chest pain and cant breathe after reading your article')).not.toBeNull();
  });
});

describe('a lymphoedema limb', () => {
  it('reads its usual swelling and pain as the condition', () => {
    expect(detect('lymphoedema in my left leg, it swells and hurts by evening')).toBeNull();
    expect(detect('my arm has been swollen since my surgery 12 years ago')).toBeNull();
  });

  it('still escalates heat, redness or a sudden change there', () => {
    expect(detect('my lymphoedema arm is hot and red')).not.toBeNull();
    expect(detect('my lymphoedema leg is suddenly much bigger and painful, not my usual')).not.toBeNull();
    expect(detect('my arm has been swollen and sore since my surgery last week')).not.toBeNull();
  });
});

describe('a time anchor that opens the sentence (round 5 and round 6 together)', () => {
  it('dates the clause joined after it: an old allergy told at booking gets no emergency advice', () => {
    expect(detect('two summers ago a wasp got me and my lip blew up, I keep an epipen now, is that a problem for the facial?')).toBeNull();
  });

  it('still hears a sign said in the present after an old clot', () => {
    expect(detect('Three years ago I had a DVT and my calf is swollen and hot')?.flagId).toBe('blood_clot_limb');
  });

  it('stops at a comma: a history followed by today\'s sign is a sign now', () => {
    expect(detect('history of a clot in 2019, right calf tight and sore tonight')?.flagId).toBe('blood_clot_limb');
  });
});
