import { checkSafety, isUrgentVerdict, loadOtherLanguages, readOtherLanguage } from '../../src/screening';
import { messageRouter } from '../helpers/dialog-deps';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';
import { loadSafetyContent } from '../../src/screening/safety-content';
import { read, routesUnder } from '../helpers/router-readings';

/**
 * Round 19 (und19c): a request for a person in a language with no lexicon here (Hindi in Latin letters, Tagalog, Malay,
 * Arabic) is handed to the team, not met with "I speak English" and a button; a longer "is … available to chat" in
 * English is a request too. Mentions of the team that ask for no one stay what they are. Phrasings written for this test
 * (not copied from any read or held-out set).
 */
const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);
const reading = (text: string) => readOtherLanguage(text, otherLanguages);

describe('a person asked for in a language with no lexicon reaches the team', () => {
  it.each([
    'kya main kisi staff member se baat kar sakti hoon? booking badalni hai',
    'receptionist se baat karwa dijiye na, do din se koi reply nahi aaya',
    'mujhe wapas call kar do please, shaam 6 baje ke baad',
    'asli insaan chahiye, yeh bot kuch samajh nahi raha',
    'pwede po ba akong makipag-usap sa therapist bago ang session ko?',
    'tawagan niyo po ako bukas ng umaga, salamat',
    'gusto kong kausapin ang may-ari tungkol sa refund',
    'saya nak bercakap dengan pengurus tentang bayaran saya',
    'boleh hubungi saya semula petang ini? terima kasih',
    'tolong, saya mahu orang sebenar, bukan bot',
    'هل يمكنني التحدث مع المدير بخصوص الفاتورة؟',
    'أرجو أن يتصل بي أحد من الاستقبال اليوم',
    'بدي شخص حقيقي مش بوت',
  ])('"%s"', (text) => {
    // Round 31 (lang31): Hindi, Tagalog, Malay and Arabic have their own hand-off replies now, so the reading names the language;
    // what the person notices, the request reaching the team, is unchanged.
    expect(reading(text)).toMatchObject({ kind: 'handoff' });
  });

  it('the reply says so in English, as "I speak English" is', () => {
    expect(reading('staff se baat karni hai')?.text).toMatch(/team/);
  });
});

describe('a mention of the team in those languages that asks for no one is not a hand-off', () => {
  it.each([
    'therapist session ke dauraan baat karti hai kya?',
    'sabi ng receptionist dito daw ako magtanya tungkol sa presyo',
    'pengurus kata saya perlu tanya di sini tentang harga',
    'قال لي موظف الاستقبال أن أسأل هنا عن الأسعار',
  ])('"%s"', (text) => {
    expect(reading(text)?.kind).not.toBe('handoff');
  });
});

describe('an emergency beside a request for a person is still urgent first', () => {
  const safety = loadSafetyContent(KNOWLEDGE_DIR, spa);
  it.each([
    'I have crushing chest pain and can not breathe, koi staff se baat karwa do',
    'my leg is red hot and swollen after lipo, mujhe call kar do',
  ])('"%s"', (text) => {
    expect(isUrgentVerdict(checkSafety(text, safety))).toBe(true);
  });
});

const router = messageRouter();
const misleading = [read('out_of_scope'), read('ask_question'), read('none', 1), read('book', 1)];
const routes = routesUnder(router, misleading);

describe('someone of ours free to talk, named with several words, is asked for', () => {
  it.each([
    'is Nurse Okafor or one of the therapists free to talk before I book',
    'are any of your senior therapists around to chat about my scar tissue',
    'is the lady from reception or the manager available for a quick call',
    'is Sister Brennan or anyone on the clinical side available to speak today',
  ])('"%s"', (text) => {
    for (const kind of routes(text)) expect(kind).toBe('handoff');
  });

  it.each([
    'the receptionist told me to ask here about parking',
    'my therapist said it is normal to pee a lot afterwards',
    'is the parking behind the clinic free to use on sundays',
    'does the therapist talk during the massage or is it quiet',
  ])('a mention that asks for no one: "%s"', (text) => {
    for (const kind of routes(text)) expect(kind).not.toBe('handoff');
  });
});
