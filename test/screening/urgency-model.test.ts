import {
  checkSafety,
  holdClearance,
  isUrgentVerdict,
  loadSafetyContent,
  POSSIBLE_EMERGENCY_FLAG,
  trainUrgencyModel,
  urgencyExampleFiles,
} from '../../src/screening';
import { trainedModelCount } from '../../src/screening/urgency-model';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// The urgency model beside the lexicon (knowledge/urgency-model.yaml). Every message here is fresh: none is
// copied from knowledge/urgency-examples/, and none may be added there (they would stop testing anything).

const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
const model = content.urgencyModel!;
const SETTINGS = { threshold: 0.8, minWords: 4, l2: 1e-4 };
const lexiconOnly = { redFlags: content.redFlags, otherLanguages: content.otherLanguages };

describe('the urgency model', () => {
  it('is trained from the knowledge folder, at the threshold knowledge/urgency-model.yaml sets', () => {
    expect(model).toBeDefined();
    expect(model.threshold).toBe(0.8);
    expect(model.examples).toBeGreaterThan(1000);
  });

  it('gives the same probability for the same message every time', () => {
    const text = 'my ankles are a bit puffy after the flight, is that normal?';
    expect(model.probability(text)).toBe(model.probability(text));
    const again = loadSafetyContent(KNOWLEDGE_DIR, spa).urgencyModel!;
    expect(again.probability(text)).toBe(model.probability(text));
  });

  it('trains once per process for the same examples, and again for different ones', () => {
    const examples = [
      { text: 'my throat is shutting', urgent: true },
      { text: 'how long is a session', urgent: false },
    ];
    const before = trainedModelCount();
    const first = trainUrgencyModel(examples, SETTINGS);
    const second = trainUrgencyModel(examples, SETTINGS);
    expect(trainedModelCount()).toBe(before + 1);
    expect(second.probability('throat shutting')).toBe(first.probability('throat shutting'));
    trainUrgencyModel([...examples, { text: 'do you sell vouchers', urgent: false }], SETTINGS);
    expect(trainedModelCount()).toBe(before + 2);
    // Loading the product's content again reuses its weights (no new training), whatever the clock says.
    const count = trainedModelCount();
    const again = loadSafetyContent(KNOWLEDGE_DIR, spa).urgencyModel!;
    expect(trainedModelCount()).toBe(count);
    expect(again.probability('my lips are swelling up')).toBe(model.probability('my lips are swelling up'));
  });
});

describe('training to convergence (round 17)', () => {
  // Two SGD epochs gave weights that depended on the order of the examples: each new example file moved borderline
  // messages across the threshold both ways. The minimum of the regularised loss is one set of weights.
  const examples = [
    { text: 'my throat is shutting and I can hardly breathe', urgent: true },
    { text: 'crushing pain in my chest and my left arm', urgent: true },
    { text: 'her lips went blue and she is not answering me', urgent: true },
    { text: 'how long is a session', urgent: false },
    { text: 'does lymphatic drainage help with puffy ankles', urgent: false },
    { text: 'can I book for saturday morning', urgent: false },
    { text: 'my chest felt a bit tight at the gym last year', urgent: false },
  ];
  const probes = [
    'throat shutting, can hardly breathe',
    'how long does the session last',
    'chest pain down my arm',
  ];

  it('gives the same readings whatever order the examples come in', () => {
    const forwards = trainUrgencyModel(examples, SETTINGS);
    const backwards = trainUrgencyModel([...examples].reverse(), SETTINGS);
    for (const probe of probes) {
      expect(backwards.probability(probe)).toBeCloseTo(forwards.probability(probe), 5);
    }
    expect(forwards.probability(probes[0]!)).toBeGreaterThan(0.5);
    expect(forwards.probability(probes[1]!)).toBeLessThan(0.5);
  });

  it('reads more softly with a stronger penalty (the setting urgency-model.yaml calibrates)', () => {
    const sharp = trainUrgencyModel(examples, { ...SETTINGS, l2: 1e-4 });
    const soft = trainUrgencyModel(examples, { ...SETTINGS, l2: 1e-1 });
    expect(Math.abs(soft.probability(probes[0]!) - 0.5)).toBeLessThan(
      Math.abs(sharp.probability(probes[0]!) - 0.5),
    );
  });
});

describe('lexicon OR model: emergencies the lexicon has no words for', () => {
  it.each([
    // Round 12: skin going white after filler now has its own lexicon flag (after_filler); a fresh one stands in.
    'she went very pale and sweaty and now she is not making sense',
    "think I'm having a reaction to the new serum, my face is tight and it's getting hard to talk",
    "mum's gone all vague and her speech is mushy since lunch",
    "been sick six times since the wrap and now I can't keep my eyes open",
  ])('"%s" gets urgent help from the model', (text) => {
    expect(isUrgentVerdict(checkSafety(text, lexiconOnly))).toBe(false);
    const verdict = checkSafety(text, content);
    expect(verdict.kind === 'red_flag' && verdict.match.flagId).toBe(POSSIBLE_EMERGENCY_FLAG);
  });

  // Round 12: the model cannot tell an emergency from a crisis, so the language's advice names both numbers.
  it('answers a message in a language with a lexicon in that language, with its possible-emergency advice', () => {
    const spanish = content.otherLanguages.languages.find((language) => language.code === 'es')!;
    const verdict = checkSafety('desde el relleno mi labio se ha puesto blanco y me duele mucho', content);
    expect(verdict).toMatchObject({
      kind: 'other_language',
      reading: { kind: 'emergency', text: spanish.possibleEmergencyAdvice },
    });
  });

  it('leaves a lexicon flag its own advice', () => {
    const verdict = checkSafety('my throat feels like it is closing and my tongue is swelling', content);
    expect(verdict.kind === 'red_flag' && verdict.match.flagId).toBe('airway_swelling');
  });
});

describe('ordinary questions are not flagged', () => {
  it.each([
    'my legs feel heavy after a long day at work, would a massage help?',
    'does lymphatic drainage help with puffy ankles?',
    'is MLD safe while breastfeeding?',
    'what should I wear to my first session?',
    '¿cuánto cuesta una sesión de drenaje linfático?',
  ])('"%s"', (text) => {
    expect(isUrgentVerdict(checkSafety(text, content))).toBe(false);
  });
});

describe("the model's hold", () => {
  it('is cleared by a later health check through the emergency-signs question, like collapse', () => {
    const flag = content.redFlags.flags.find((f) => f.id === POSSIBLE_EMERGENCY_FLAG)!;
    expect(flag.clearedBy).toEqual(['red_flag_symptoms']);
    expect(holdClearance(content.redFlags)(POSSIBLE_EMERGENCY_FLAG)).toBe(true);
  });
});

describe('without examples', () => {
  it('loads no model and the lexicon works alone', () => {
    const empty = loadSafetyContent(KNOWLEDGE_DIR, spa, { leaveOut: urgencyExampleFiles(KNOWLEDGE_DIR) });
    expect(empty.urgencyModel).toBeUndefined();
    expect(
      // Round 12: skin going white after filler is in the lexicon now (after_filler); an emergency it still lacks stands in.
      isUrgentVerdict(checkSafety('she went very pale and sweaty and now she is not making sense', empty)),
    ).toBe(false);
  });
});
