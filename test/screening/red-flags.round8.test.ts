import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 8 (issue 11): behaviour a person would notice for the causes named from a held-out batch. The
// tuning set is knowledge/urgency-examples/round8.yaml; these are fresh messages, not copies of it.

const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string, contexts: string[] = []) => isUrgentVerdict(checkSafety(text, safety, contexts));

describe('spreading redness told by its size', () => {
  it.each([
    'the red bit on my shin was like a 10p this morning and now it is bigger than my hand',
    "my wife's arm, the redness is twice as big as it was at lunchtime",
    'the pink patch was 3cm at breakfast and now it is about 8cm',
  ])('sends "%s" for help today', (text) => {
    expect(detect(text)?.category).toBe('sepsis_infection');
  });

  it('does not read a growing bump or business as an infection', () => {
    expect(urgent('my bump has doubled in size since Christmas!')).toBe(false);
    expect(urgent('our client list has grown since lunch')).toBe(false);
  });
});

describe('breathing told by what the person can still do', () => {
  it('answers words at a time with stops for air as an emergency', () => {
    expect(detect('my nan can only say a few words at a time, then she has to stop')?.flagId).toBe('breathing_difficulty');
  });

  it("does not answer a toddler's first words as an emergency", () => {
    expect(urgent('our little one can only say a few words at a time yet, should we worry at 2?')).toBe(false);
  });
});

describe('an overdose of any medicine', () => {
  it.each([
    'I swallowed a whole strip of my zopiclone an hour ago, I just feel a bit floaty',
    'my brother has taken about 30 of his citalopram, he says he is fine',
    'she necked a full bottle of her sleeping pills',
    'dad took a blister pack of his heart tablets, he seems alright',
  ])('answers "%s" as an emergency even when the person feels fine', (text) => {
    // A whole strip may also read as a crisis first; either way the advice gives both numbers.
    const match = detect(text);
    expect(['medicine_overdose', 'crisis_self_harm']).toContain(match?.flagId);
    expect(match?.advice).toContain(spa.crisisLine);
  });

  it.each([
    'I have taken 50 mg of sertraline for years, is that a problem for the facial?',
    'picked up a whole packet of ibuprofen at the chemist',
    'I took 12 ibuprofen over the week for my back',
    'how many sleeping tablets can I take?',
  ])('does not answer "%s" as an overdose', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('an allergic reaction told step by step', () => {
  it('reads the exposure, a mild throat sign and a cough over three sentences as anaphylaxis', () => {
    const text = 'We think the pudding had nuts in it. Her throat feels a bit funny now. And she keeps coughing and looks pale.';
    expect(detect(text)?.flagId).toBe('airway_swelling');
  });

  it('does not read a cold as anaphylaxis', () => {
    expect(urgent('I ate lunch early. My throat is scratchy from a cold. Coughing a bit, can I still come?')).toBe(false);
  });
});

describe('a reaction to news is a figure of speech', () => {
  it.each([
    'my dad will have a heart attack when he sees the bill',
    'nearly had a stroke when I read the quote',
    "my sister's going to have a fit when she finds out",
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('still answers a fit happening now', () => {
    expect(detect("he's having a fit right now")?.flagId).toBe('collapse');
  });
});

describe('background conditions and lifelong patterns', () => {
  it.each([
    "I've had migraines with zigzag lights since I was a kid, is the facial ok?",
    'how long will my face stay puffy after the facelift?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('swelling after surgery: expected or a clot', () => {
  it.each([
    'my ankles are still puffy, is that normal?',
    'my foot swelling is worse in the evenings now, how long does that last?',
    'how long does swelling last after a tummy tuck?',
  ])('does not answer "%s" as a clot when the conversation knows of recent surgery', (text) => {
    expect(urgent(text, ['recent_surgery'])).toBe(false);
  });

  it.each([
    'my left ankle is swollen, is that normal?',
    'my calf has swollen up, is that normal?',
    'my ankle is sore and swollen, is that normal?',
  ])('answers "%s" as a possible clot after recent surgery', (text) => {
    expect(detect(text, ['recent_surgery'])?.flagId).toBe('blood_clot_limb');
  });
});

describe('batch B concepts', () => {
  it.each([
    ['the redness has crept up past his knee since lunch', 'sepsis_infection'],
    ['she needs a breath after every few words', 'breathing'],
    ["his breaths are fast and shallow and he's using his neck muscles", 'breathing'],
  ])('answers "%s" as urgent', (text, category) => {
    expect(detect(text)?.category).toBe(category);
  });

  it('reads cashews, a tingly tongue and a cough over three sentences as anaphylaxis', () => {
    expect(detect('The sauce had cashews. My tongue feels tingly. Now I am coughing and dizzy.')?.flagId).toBe('airway_swelling');
  });

  it("does not read a habit of speech as breathlessness", () => {
    expect(urgent("my dad can't finish a sentence without talking about golf")).toBe(false);
  });
});
