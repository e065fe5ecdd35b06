import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 17 (tuner safety17a): causes of missed emergencies found in read batches 12 and 13. These are fresh messages
// written from each cause, not copies of any batch. The lexicon alone is tested (no urgency model).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const verdict = (text: string) => checkSafety(text, safety);
const urgent = (text: string) => isUrgentVerdict(verdict(text));

describe('contexts told in new words make one sign enough', () => {
  it.each([
    'my lymphie arm has gone red and hot since lunch',
    'ex DVT here, my shin is sore in the same place as last time',
    'just landed from Singapore and my right calf aches',
    'barely got up on the coach home, now my left calf is throbbing',
    'since my section my left leg is warm and sore',
    'baby is 5 days old and I am soaking a pad every hour',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it('does not alarm on a question about the pad rule before a birth', () => {
    expect(urgent('my friend mentioned a pad-an-hour rule for after birth, is that a thing? due in may')).toBe(false);
  });
});

describe('dialect "ma" is "my", not MMA', () => {
  it('answers a tight chest in Scots as urgent', () => {
    expect(urgent('ma chest is that tight and ma arm has pins and needles')).toBe(true);
  });
  it('still reads a chest sore from an MMA class as a strain', () => {
    expect(urgent('chest is a bit sore after my mma class last night')).toBe(false);
  });
});

describe('chest pain at the gym with a heart sign', () => {
  it.each([
    'on the treadmill and my chest is crushing, it is going up into my jaw',
    'chest pressure in the gym and I am clammy and grey',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
  it('does not alarm on a chest sore from bench press', () => {
    expect(urgent('my chest aches from bench press yesterday, normal DOMS?')).toBe(false);
  });
});

describe('concepts the lexicon lacked', () => {
  it.each([
    ['muscle breakdown', 'did a crazy crossfit session and my urine is the colour of cola now'],
    ['carbon monoxide', 'we had the camping stove going in the tent and now we all feel dizzy with headaches'],
    ['a fever on immunosuppressants', 'I take immunosuppressants for my liver. Temperature of 38.9 and shivery'],
    ['a blood thinner', 'nicked my finger, I am on rivaroxaban and it is still pouring after ages'],
    ['confused and staggering', 'grandad is confused and walking like he is drunk, no alcohol at all'],
    ['speech muddled', 'my mum says her words are coming out muddled and she feels odd'],
    ['a night on the floor', 'found my aunt on her bathroom floor, been there all night, muddled'],
    ['crisis', "i don't see the point anymore and i can't stop thinking about death"],
    ['a smothering thought', 'I had a thought about putting a pillow over my son and I feel sick'],
    ['eyelids shut', 'after the new serum my eyelids are swelling shut and my voice is hoarse'],
    ['the only way out', 'everything is on top of me and dying feels like the only way out now'],
    ['a breast swelling after an operation', 'two days post op and my left boob is suddenly double the size of the right'],
  ])('answers %s ("%s") as urgent', (_cause, text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'I eat beetroot every day and my pee looks dark brown, is that the beetroot?',
    'saw a tiktok of a guy whose wee went brown like cola after a marathon, crazy',
    'had a hair transplant last year and I have a slight temperature today from a cold',
    'my compression garment feels like the only way out of this swelling lol',
  ])('does not alarm on "%s"', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('"it\'s gone" followed by what it became is a change, not an all-clear', () => {
  it('answers a calf gone purple as urgent', () => {
    expect(urgent('my calf is hard and shiny and its gone more purple than the other')).toBe(true);
  });
  it('still reads "it\'s gone now" as over', () => {
    expect(urgent('my calf was sore and red after the flight but its gone now')).toBe(false);
  });
});

describe('other languages', () => {
  it.each([
    ['pt', 'tô sentindo o peito apertado e suando frio agora'],
    ['pt', 'minha perna esquerda inchou e tá quente e dói'],
    ['pt', 'tive o bebê faz uma semana e estou vendo flashes de luz'],
    ['de', 'Ich habe die schlimmsten Kopfschmerzen meines Lebens'],
    ['es', 'ya me despedí de todos, no creo que llegue a mañana'],
    ['fr', 'mon père a du mal à parler depuis une heure'],
    ['it', 'ho il polpaccio gonfio e dolorante da ieri'],
  ])('answers a %s message "%s" as urgent in that language', (language, text) => {
    const v = verdict(text);
    expect(v.kind).toBe('other_language');
    expect(v.kind === 'other_language' && v.reading.language).toBe(language);
    expect(isUrgentVerdict(v)).toBe(true);
  });
});
