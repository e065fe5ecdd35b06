import { checkSafety, isUrgentVerdict } from '../../src/screening';
import {
  expectNotUrgent as calm,
  otherLanguage as language,
  otherLanguages,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';
import { redFlags } from '../helpers/screening-test-content';

// Round 29 (lang29, issue 11 item 6 and issue 12): messages written for this test, not taken from any read set. Each
// cause has its own wordings and guards (messages that must not change behaviour).

describe('round 29 a verb of coughing or vomiting in its other persons and forms, with blood', () => {
  it.each([
    ['de', 'Meine Tochter erbricht seit heute früh dunkles Blut'],
    ['de', 'Opa erbrach vorhin zweimal Blut im Bad'],
    ['ar', 'أمي تسعل دماً منذ الصباح'],
    ['ar', 'أتقيأ دم من ساعتين ماذا أفعل'],
    ['zh', '奶奶刚才咳出了一口血'],
    ['zh', '我老公呕了两次血，现在很虚弱'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));

  it.each([
    'أسعل منذ أسبوع بسبب الزكام، هل يمكنني الحجز؟',
    '昨天吐了一次，今天去验血，可以预约按摩吗？',
    'Er erbricht seit gestern, kein Fieber. Kann er trotzdem kommen?',
  ])('"%s" (no blood brought up) does not alarm', calm);
});

describe('round 29 a belly hard and painful after body contouring, in Malay and Indonesian', () => {
  it.each([
    'Seminggu lepas sedot lemak, perut saya keras dan sakit sekali',
    'Habis operasi tummy tuck, perutnya kaku dan nyeri, apa yang harus saya lakukan',
  ])('"%s" alarms', (text) => urgent('id', text));
  it('"Sebulan setelah lipo perut masih agak keras, apakah pijat membantu?" does not alarm', () =>
    calm('Sebulan setelah lipo perut masih agak keras, apakah pijat membantu?'));
});

describe('round 29 Tagalog breathing with a pronoun between, and a weight pressing on the chest', () => {
  it.each([
    'Hirap siyang huminga mula kaninang umaga, ano po gagawin ko',
    'nahihirapan akong huminga ngayon lang',
    'parang dinadaganan ang dibdib ko simula kanina',
  ])('"%s" alarms', (text) => urgent('tl', text));
  it('"Hirap akong huminga sa ilong dahil sa sipon" (a blocked nose) does not alarm', () =>
    calm('Hirap akong huminga sa ilong dahil sa sipon, pwede pa ba magpa-masahe?'));
});

describe('round 29 the throat: not being able to swallow (Turkish), swelling beside hives (Korean)', () => {
  it.each([
    ['tr', 'Annem yutkunamıyor ve boğazı kaşınıyor, kremi sürdükten sonra başladı'],
    ['tr', 'Dilim uyuşuyor, yutamıyorum, sesim değişti'],
    ['ko', '알레르기 때문에 두드러기가 올라오고 목이 붓는 느낌이에요'],
    ['ko', '벌에 쏘였는데 목이 부었어요'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'Soğuk algınlığından boğazım ağrıyor, yutkunmak biraz zor. Randevu alabilir miyim?',
    '감기 때문에 목이 부었어요. 예약 변경 가능할까요?',
  ])('"%s" (a cold) does not alarm', calm);
});

describe('round 29 pregnancy told by its months, with a warning sign', () => {
  it.each([
    ['pt', 'Minha filha está de sete meses e está vendo tudo embaçado'],
    ['pt', 'tô de 8 meses e apareceram luzinhas na vista com dor de cabeça forte'],
    ['es', 'Mi hermana está de 7 meses y ve borroso desde esta mañana'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('"Estou de férias há dois meses e quero marcar drenagem" does not alarm', () =>
    calm('Estou de férias há dois meses e quero marcar drenagem'));
});

describe("round 29 French: taking one's own life in the third person, and a threat from someone else", () => {
  it.each([
    'Ma fille m’a écrit qu’elle allait se tuer ce soir',
    'mon copain parle de se tuer depuis son licenciement, je ne sais pas quoi faire',
  ])('"%s" gets the crisis advice', (text) => urgent('fr', text, 'crisis'));
  it('a threat with fear and hiding is urgent', () =>
    urgent('fr', 'Mon mari a dit qu’il va me tuer, j’ai peur, je suis enfermée dans la salle de bain'));
  it.each([
    'Il se tue au travail, un massage lui ferait du bien',
    'Ma mère va me tuer si je rate encore ce rendez-vous, vous avez une place samedi ?',
  ])('"%s" (a figure of speech) does not alarm', calm);
  it('"je vais me tuer" is still a crisis', () =>
    urgent('fr', 'je vais me tuer, je n’en peux plus', 'crisis'));
});

describe('round 29 a jump thought of in the past tense (Italian)', () => {
  it.each([
    'Stanotte pensavo di buttarmi dalla finestra',
    'ho pensato seriamente di gettarmi sotto il treno',
  ])('"%s" gets the crisis advice', (text) => urgent('it', text, 'crisis'));
  it.each([
    ['es', 'Anoche pensaba tirarme desde la azotea'],
    ['es', 'Estoy en la azotea y pienso en tirarme'],
  ])('%s: "%s" gets the crisis advice', (code, text) => urgent(code, text, 'crisis'));
  it('"ho pensato di saltare in piscina" does not alarm', () =>
    calm('ieri ho pensato di saltare in piscina dal trampolino, che paura'));
});

describe('round 29 a means at hand with a day set (Portuguese, Spanish)', () => {
  it.each([
    ['pt', 'Meu irmão comprou uma corda e disse que amanhã é o dia'],
    ['es', 'Tengo una cuerda guardada y ya elegí el día'],
  ])('%s: "%s" gets the crisis advice', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'Hoje é o dia da minha primeira drenagem!',
    'comprei uma corda de pular, hoje é o dia de começar a treinar',
  ])('"%s" does not alarm', calm);
});

describe('round 29 Tagalog: a means in hand and not being able to bear it', () => {
  it.each([
    'Hindi ko na kaya, may labaha ako dito sa kwarto',
    'may kutsilyo ako ngayon, di ko na kaya mabuhay ng ganito',
  ])('"%s" gets the crisis advice', (text) => urgent('tl', text, 'crisis'));
  it('"hindi ko na kaya ang sakit ng likod ko, pwede ba magpa-masahe" does not alarm', () =>
    calm('hindi ko na kaya ang sakit ng likod ko, pwede ba magpa-masahe bukas'));
});

describe('round 29 recovered, back home, going down (Indonesian, Malay, Spanish)', () => {
  it.each([
    'Dua tahun lalu ayah kena serangan jantung, sekarang sudah sehat. Boleh pijat?',
    'Kaki bengkak setelah naik pesawat kemarin, sekarang sudah mulai surut. Apakah perlu pijat?',
    'Mi padre tuvo un ictus en marzo, ya está en casa recuperándose bien. ¿Puede hacerse drenaje?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['id', 'Setelah penerbangan panjang betis kiri bengkak dan panas'],
    ['es', 'Se está recuperando de la operación pero ahora tiene fiebre alta y está confuso'],
  ])('%s: "%s" still alarms', (code, text) => urgent(code, text));
});

describe('round 29 asking for a person: to be written to, rung or put through, or for a number', () => {
  it.each([
    ['es', '¿alguien de recepción me puede escribir por correo? aquí no me aclaro'],
    ['tr', 'Müdürle telefonda görüşebilir miyiz?'],
    // Round 31 (lang31): Tagalog and Malay/Indonesian have their own hand-off reply now.
    ['tl', 'pakisabihan ang receptionist na tawagan ako mamaya'],
    ['id', 'Boleh minta nomor WA terapisnya?'],
    ['id', 'tolong sambungkan saya ke admin ya'],
  ])('%s: "%s" is handed over', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });
  it('"¿Me ayudas a escribir una reclamación para mi seguro?" (a letter to another company) is not handed over', () =>
    expect(read('¿Me ayudas a escribir una reclamación para mi seguro del coche?')?.kind).toBe(
      'not_supported',
    ));
  it('"quiero poner una queja sobre mi última sesión" is still handed over', () =>
    expect(read('quiero poner una queja sobre mi última sesión')?.kind).toBe('handoff'));
});

describe('round 29 a personal request in Hindi in Latin letters is offered a person, not read as English', () => {
  it.each([
    'kya ye treatment mere liye sahi hoga? delivery ke baad weight badh gaya',
    'papa ke liye konsa massage theek rahega, unko sugar hai',
  ])('"%s" gets "I speak English" with a person, in Hindi', (text) => {
    expect(read(text)).toMatchObject({
      kind: 'not_supported',
      language: 'hi',
      text: language('hi').notSupported,
    });
  });
  it('"lymphatic massage kitne time ka hota hai?" is left to the English reader', () =>
    expect(read('lymphatic massage kitne time ka hota hai?')).toBeNull());
});

describe('round 29 Swedish has a lexicon', () => {
  it.each([
    ['Min pappa har ont i bröstet och kallsvettas', 'emergency'],
    ['opererade knät i fredags, nu har jag hög feber och är förvirrad', 'emergency'],
    ['Jag orkar inte leva mer', 'crisis'],
  ] as const)('"%s" gets the %s advice in Swedish', (text, kind) => urgent('sv', text, kind));
  it('"Hej, jag vill boka en tid på lördag" gets "I speak English" in Swedish', () =>
    expect(read('Hej, jag vill boka en tid på lördag')).toMatchObject({
      kind: 'not_supported',
      language: 'sv',
    }));
});

// The English lexicon folds accents away, so a German "spürt" (feels) read as "spurt", a major bleed.
describe('round 29 a message written in another language is read in English only by its plain-letter words', () => {
  const verdict = (text: string) => checkSafety(text, { redFlags, otherLanguages });
  it.each([
    'Meine Schwester sagt, bei der Lymphdrainage spürt man kaum etwas. Stimmt das?',
    'Ich spürte nach der letzten Behandlung gar nichts, wirkt das trotzdem?',
  ])('"%s" is not urgent', (text) => {
    expect(isUrgentVerdict(verdict(text))).toBe(false);
  });
  it('"mi mamá tiene chest pain y está sudando" keeps its English flag', () => {
    expect(verdict('mi mamá tiene chest pain y está sudando').kind).toBe('red_flag');
  });
  it('"Sie spürt seit einer Stunde einen Druck auf der Brust" is still urgent, in German', () => {
    expect(verdict('Sie spürt seit einer Stunde einen Druck auf der Brust')).toMatchObject({
      kind: 'other_language',
      reading: { kind: 'emergency', language: 'de' },
    });
  });
});

describe('round 29 the Swedish lexicon holds no English word', () => {
  it('a Hindi message quoting "any history of stroke" from a form is not read as a Swedish emergency', () =>
    calm(
      "Form mein likha hai 'any history of stroke' - nani ko 2019 mein hua tha, unke liye book karna hai",
    ));
  it('"pappa fick en stroke i morse" still alarms in Swedish', () =>
    urgent('sv', 'pappa fick en stroke i morse och kan inte prata'));
});
