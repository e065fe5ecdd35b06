import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';
import { flagOf } from '../helpers/screening-test-content';

// Round 35 (lang35b, issue 11 item 6): what tuner lang35 left of batch 29's other-language part, by cause. Messages written for
// this test, not taken from any batch. Each cause has its look-alikes that must stay quiet and emergencies that must still alarm.

describe('round 35 a present word telling how the person is now keeps no old event now (wellNow)', () => {
  it.each([
    'mi padre tuvo un ictus hace doce años y ahora tiene 75, ¿puede hacerse un drenaje?',
    'tuve un infarto hace 6 años, hoy corro maratones, ¿el drenaje es para mí?',
    'ho avuto un infarto nel 2015, ora corro 5 km al giorno, posso fare il linfodrenaggio?',
    'mein Opa hatte 2018 einen Herzinfarkt und ist heute fit wie nie, darf er zur Lymphdrainage?',
    'bibi yangu alipata kiharusi zamani, sasa anatembea mwenyewe',
    'у папы когда-то был инфаркт, сейчас он здоров, можно ему массаж?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', 'tuve un infarto hace 5 años, hoy camino y me duele el pecho muchísimo'],
    ['es', 'mi madre tuvo un infarto hace años y ahora tiene dolor en el pecho y suda frío'],
    ['it', 'ho avuto un infarto 9 anni fa, oggi faccio fatica e adesso ho un dolore forte al petto'],
    ['de', 'hatte 2015 einen Herzinfarkt, jetzt habe ich starke Brustschmerzen'],
  ])('%s: "%s" still alarms', (code, text) => urgent(code, text));
});

describe('round 35 an event dated by "once", "long ago", a bare year after its verb, or youth', () => {
  it.each([
    'babu yangu alipata kiharusi zamani sana, sasa anatembea kila siku',
    'na-stroke ang tatay ko noong 2015, kaya gusto ko ng mas malumanay na masahe',
    'ma mère a fait un AVC quand j\'étais adolescente, est-ce que je dois éviter le drainage ?',
    'desmaiei no mês passado durante a corrida, quero marcar uma sessão',
  ])('"%s" does not alarm', calm);
  it.each([
    ['tl', 'na-stroke si lola noong 2015, ngayon bigla hindi na siya makapagsalita'],
    ['sw', 'alipata kiharusi zamani, leo ghafla hawezi kusogeza mkono wa kulia'],
  ])('%s: "%s" still alarms', (code, text) => urgent(code, text));
});

describe('round 35 denials: Arabic dialect "I have no" (-ش) with "nor", Chinese "no breathing difficulty"', () => {
  it.each([
    'معنديش وجع في صدري ولا ضيق نفس، بس عايزة أحجز جلسة',
    'ما عنديش ألم في الصدر خالص',
    '我没有呼吸困难，也没有胸闷，想预约按摩',
  ])('"%s" does not alarm', calm);
  it.each([
    ['ar', 'ما عنديش دوا، صدري يوجعني جامد ونفسي ضيق'],
    ['zh', '我爸爸没有呼吸了，叫不醒'],
    ['zh', '没有呼吸困难，但是胸口很痛，出冷汗'],
  ])('%s: "%s" still alarms', (code, text) => urgent(code, text));
});

describe('round 35 Hinglish question words: "mein" twice is not German', () => {
  it('a question about the emergency number is not an emergency', () => {
    const reading = read('emergency mein kaun sa number dial karein Delhi mein?');
    expect(reading?.language).not.toBe('de');
    expect(reading?.kind).not.toBe('emergency');
  });
  it('an emergency told in Hinglish still alarms', () =>
    urgent('hi', 'emergency hai, papa behosh ho gaye, kya karein?'));
});

describe('round 35 Taglish "can it cause" is a risk question, the past "nagdulot" is not', () => {
  it.each([
    'magdudulot ba ng stroke ang neck massage sa matatanda?',
    'makakapagdulot ba ng heart attack ang massage sa may sakit sa puso?',
  ])('"%s" gets no red flag', (text) => expect(flagOf(text)).toBeNull());
  it('a stroke that the medicine caused ("nagdulot", past) still alarms', () =>
    expect(flagOf('nagdulot ng stroke ang bagong gamot kay lola kanina, tabingi ang mukha niya')).toBe('stroke_signs'));
});

describe('round 35 Nigerian Pidgin (read as English): bleeding that will not stop, a child who drank a poison', () => {
  it.each([
    ['blood dey commot from my wound, e no gree stop', 'major_bleeding'],
    ['my nose dey bleed since morning, e no stop at all', 'major_bleeding'],
    ['my pikin don drink petrol', 'swallowed_poison'],
    ['di pikin swallow sniper wey we keep for kitchen', 'swallowed_poison'],
  ])('"%s" alarms', (text, flag) => expect(flagOf(text)).toBe(flag));
  it.each([
    'my pikin fit drink water after di massage?',
    'blood dey commot small when I brush my teeth but e don stop',
  ])('"%s" stays calm', (text) => expect(flagOf(text)).toBeNull());
});

describe('round 35 a wellNow age is a figure: "ahora tiene un dolor" is a sign', () => {
  it.each([
    ['es', 'mi abuelo tuvo un infarto hace años y ahora tiene un dolor fuerte en el pecho'],
  ])('%s: "%s" still alarms', (code, text) => urgent(code, text));
});
