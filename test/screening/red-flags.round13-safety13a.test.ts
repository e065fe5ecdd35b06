import {
  checkSafety,
  detectRedFlag,
  isUrgentVerdict,
  loadOtherLanguages,
  readOtherLanguage,
} from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 13 (tuner safety13a): behaviour a person would notice for the causes of batch 10's missed emergencies. The
// tuning set is knowledge/urgency-examples/round13-safety13a.yaml; these are fresh messages, not copies of it.

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);
const safety = { redFlags, otherLanguages };
const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('an asthma attack told by a reliever that does nothing', () => {
  it.each([
    'took four puffs of the ventolin and nothing, still wheezing',
    "my son's nebuliser isn't touching it tonight",
  ])('answers "%s" as a breathing emergency', (text) => {
    expect(detect(text)?.flagId).toBe('breathing_difficulty');
  });

  it('does not answer a well-controlled asthma note', () => {
    expect(detect('asthma fine these days, I only use my inhaler before running')).toBeNull();
  });
});

describe('sight lost as part of the field of view', () => {
  it('answers half of what one sees gone as a stroke sign', () => {
    expect(detect('since this morning i can only see half of what is in front of me')?.flagId).toBe(
      'stroke_signs',
    );
  });
});

describe('blood in vomit told by its colour', () => {
  it.each(['he vomited something black last night and again today', 'her sick was black this morning'])(
    'answers "%s" with the bleeding advice',
    (text) => {
      expect(detect(text)?.flagId).toBe('major_bleeding');
    },
  );
});

describe('a place and a way with relief, even wrapped in a laugh', () => {
  it('answers it as a crisis', () => {
    expect(detect("haha ignore me, I'm up on the roof thinking the drop would solve everything")?.kind).toBe(
      'crisis',
    );
  });

  it('does not answer a getaway that would fix everything', () => {
    expect(detect('honestly a weekend by the sea would fix everything lol')).toBeNull();
  });
});

describe('the weeks after a birth told with whose baby', () => {
  it('reads "had her girl 10 days ago" with a blinding headache as a pregnancy warning', () => {
    expect(detect('my niece had her girl 10 days ago and now has a blinding headache')?.flagId).toBe(
      'pregnancy_warning',
    );
  });

  it('does not read a birth years ago as the weeks after birth', () => {
    expect(detect('had my girl 9 years ago, get a bad headache when I skip lunch')).toBeNull();
  });
});

describe('a fall onto the head with memory loss or a foggy head', () => {
  it.each([
    'came down on the back of my head off the ladder and dont remember the last hour',
    'my brother went down on his head skating and feels foggy',
  ])('answers "%s" as a head injury', (text) => {
    expect(detect(text)?.flagId).toBe('head_injury');
  });
});

describe('other languages', () => {
  it.each([
    ['de', 'Ich stehe am Bahnsteig und denke daran, mich vor den Zug zu werfen.'],
    ['es', 'Estoy en el balcón y pienso en saltar.'],
    ['nl', 'Ik maak er morgen een einde aan.'],
  ])('answers a crisis told by a place and a way in %s', (code, text) => {
    const reading = readOtherLanguage(text, otherLanguages);
    expect(reading?.kind).toBe('crisis');
    expect(reading?.language).toBe(code);
  });

  it('answers a Polish heart attack told as a weight and a sweat', () => {
    expect(readOtherLanguage('Czuję ciężar na klatce i jestem zlana potem', otherLanguages)?.kind).toBe(
      'emergency',
    );
  });

  it.each([
    'Wir springen morgen vom Sprungturm im Freibad.',
    'Na klatce schodowej boli mnie kolano, czy mogę przyjść?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
