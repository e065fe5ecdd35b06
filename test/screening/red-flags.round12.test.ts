import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { fixedUrgencyModel, KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 12 (tuner safety12a): behaviour a person would notice for the six causes of missed emergencies. The tuning
// set is knowledge/urgency-examples/round12-safety12a.yaml; these are fresh messages, not copies of it.

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);
const safety = { redFlags, otherLanguages };
const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));
const languageOf = (code: string) => otherLanguages.languages.find((l) => l.code === code)!;

describe('breathlessness told by what it does to speech', () => {
  it.each([
    'i can only get two or three words out before i need air again',
    'she stops mid sentence to get her breath, even sitting still',
    "my grandad can't finish a sentence without stopping for breath today",
    'I have to stop halfway through a sentence to gasp for air',
  ])('answers "%s" as a breathing emergency', (text) => {
    expect(detect(text)?.flagId).toBe('breathing_difficulty');
  });

  it.each([
    'my daughter stops mid sentence when she is thinking, is that a speech thing?',
    'I can finish a sentence without stopping for breath again, the asthma clinic sorted my inhaler',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe('a clot in one leg told in new words', () => {
  it.each([
    'my right calf aches like a pulled muscle but I have not done any exercise, only that leg',
    "left leg sore like I'd been running but I haven't been to the gym in a month",
  ])('answers "%s" with the clot advice', (text) => {
    expect(detect(text)?.flagId).toBe('blood_clot_limb');
  });

  it('still reads calves sore from a workout as muscle', () => {
    expect(detect('both calves are sore from my spin class, is a massage ok?')).toBeNull();
  });

  it.each([
    ['de', 'Seit dem Rückflug ist nur die linke Wade warm und spannt'],
    ['de', 'Mein Bein tut weh wie Muskelkater, aber ich habe keinen Sport gemacht'],
    ['nl', 'alleen mijn linkerkuit is warm en dik'],
    ['es', 'solo la pierna izquierda está caliente y me duele'],
    ['fr', "j'ai une courbature au mollet droit sans faire de sport"],
    ['it', 'solo il polpaccio destro è gonfio e caldo'],
  ])('answers the %s message "%s" with that language\'s emergency advice', (code, text) => {
    expect(readOtherLanguage(text, otherLanguages)?.text).toBe(languageOf(code).emergencyAdvice);
  });

  it('does not stand a leg down for sport the person denies, but does for sport they did', () => {
    expect(readOtherLanguage('Die Wade ist dick und tut weh, ich habe aber keinen Sport gemacht', otherLanguages)?.kind).toBe('emergency');
    expect(readOtherLanguage('Die Wade ist dick und tut weh seit dem Sport gestern', otherLanguages)?.kind).not.toBe('emergency');
  });
});

describe('a crisis told indirectly', () => {
  it.each([
    'life just isnt working for me anymore',
    "I can't keep pretending I'm fine, I'm tired of it all",
    "can't face another night like this, I'm so tired of everything",
    "I've been saving up my painkillers in a box under the bed",
    'I just need this to be over, can somebody talk to me',
    'a client told reception "you won\'t have to deal with me much longer" and left her voucher on the desk',
  ])('answers "%s" with the crisis line', (text) => {
    const match = detect(text);
    expect(match?.kind).toBe('crisis');
    expect(match?.advice).toContain(spa.crisisLine);
  });

  it.each([
    "I'm tired of everything being so expensive, do you have any offers on massages?",
    "I need this swelling to be over, can somebody talk me through a course of MLD",
    "she won't be a problem for long, she moves to Leeds next month",
    'I saved up for the ten session package, can I start Monday?',
  ])('does not answer "%s" as a crisis', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    ['nl', 'soms wil ik gewoon eeuwig slapen'],
    ['nl', 'het leven lukt mij niet'],
    ['de', 'ich will einfach für immer schlafen'],
    ['es', 'la vida no me funciona, estoy cansado de todo'],
    ['it', 'sto mettendo da parte le pillole da settimane'],
    ['pl', 'chcę spać na zawsze'],
  ])('answers the %s message "%s" with that language\'s crisis line', (code, text) => {
    expect(readOtherLanguage(text, otherLanguages)?.text).toBe(languageOf(code).crisisAdvice);
  });

  it('reads sleeping for ever after a massage as rest', () => {
    expect(readOtherLanguage('na de massage wilde ik eeuwig slapen, heerlijk', otherLanguages)?.kind).toBe('not_supported');
  });

  it('gives the crisis line too when only the urgency model finds a message in another language urgent', () => {
    const model = fixedUrgencyModel('urgent');
    const text = 'ich sehe für mich keinen morgen mehr und niemand merkt es';
    expect(readOtherLanguage(text, otherLanguages)?.kind).toBe('not_supported');
    const verdict = checkSafety(text, { ...safety, urgencyModel: model });
    expect(verdict.kind).toBe('other_language');
    const said = verdict.kind === 'other_language' ? verdict.reading.text : '';
    expect(said).toContain(spa.crisisLine);
    expect(said).toContain(spa.emergencyNumber);
  });
});

describe('chest pain new on exertion', () => {
  it.each([
    'chest pain at the gym today for the first time while on the rower, it settled when I rested',
    'my mum gets a tight chest when she walks up the hill now but it goes when she rests',
    'chest hurt on the treadmill, eased when I slowed down, never had that before',
  ])('answers "%s" with the heart advice', (text) => {
    expect(detect(text)?.flagId).toBe('chest_or_breathing');
  });

  it('reads a chest sore from yesterday\'s bench press as muscle', () => {
    expect(detect('my chest is sore from bench press yesterday, it eases when I rest')).toBeNull();
  });
});

describe('skin changes after dermal filler', () => {
  it.each([
    'had cheek filler at lunch and the skin below my eye has gone white and blotchy',
    'my chin filler area is dusky grey and the pain is unbearable',
    'jaw filler this morning and now it is throbbing and going patchy',
  ])('answers "%s" with same-day advice to contact the injector', (text) => {
    const match = detect(text);
    expect(match?.flagId).toBe('after_filler');
    expect(match?.advice).toMatch(/injected you/);
  });

  it.each([
    'lip filler last week, a small bruise is fading, can I book a facial?',
    'how long after filler can I have lymphatic drainage on my face?',
  ])('does not answer "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a baby moving less', () => {
  it.each([
    'baby not really moving since this morning, I am 33 weeks',
    'no kicks since lunchtime yesterday and I am 29 weeks',
    'my wife says baby has hardly moved today, she is 35 weeks',
  ])('answers "%s" with the maternity unit advice', (text) => {
    const match = detect(text);
    expect(match?.flagId).toBe('pregnancy_warning');
    expect(match?.advice).toMatch(/maternity unit/);
  });

  it('does not answer a busy baby as an emergency', () => {
    expect(urgent('baby kicks so much at night, 31 weeks, can I still book the pregnancy massage?')).toBe(false);
  });
});
