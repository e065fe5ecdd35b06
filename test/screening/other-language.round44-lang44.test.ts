import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 44 (lang44, issue 11 part 6): messages in other languages, written for this test, not taken from batch 39.
// Cause 1: "without being able to" ("sin poder", "sem conseguir", "sans pouvoir", "senza riuscire") read as a denial, its
// "without" a negation cue, so "I woke up without being able to breathe" got "I speak English". A cue inside such a phrase
// (`inability`) now denies nothing; "sin fiebre" still does.
describe('round 44 an inability told with "without" is a sign, not a denial', () => {
  it.each([
    ['es', 'me he levantado sin poder respirar, ayuda por favor'],
    ['es', 'mi padre lleva media hora sin poder hablar'],
    ['pt', 'meu marido está sem conseguir respirar direito desde o almoço'],
    ['fr', 'ma mère est sans pouvoir respirer depuis dix minutes'],
    ['it', 'mio figlio è senza riuscire a respirare da qualche minuto'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});

describe('round 44 a real denial with "without" stays calm', () => {
  it.each([
    'sin fiebre y respiro bien, ¿puedo reservar para el jueves?',
    'sin dolor en el pecho ni nada, solo quería saber los precios',
    'sem febre e sem falta de ar, quero marcar drenagem',
    'sans fièvre et je respire normalement, je voudrais un rendez-vous',
  ])('"%s"', (text) => calm(text));
});

// Cause 2: crisis words missing by family: ending it all told as an intention with a set time (Korean, Portuguese without
// "com", Tagalog), taking one's life in the Italian first-person present, no one would miss me with the "ne" dropped
// (French), everyone better off "if I weren't here" (Indonesian), the urge to cut one's arms (Ukrainian), no will left to
// live (Tagalog).
describe('round 44 crisis told by intention, burden or urge gets the crisis advice', () => {
  it.each([
    ['ko', '내일 아침 전에 다 끝낼 거야, 계획은 다 세웠어'],
    ['pt', 'hoje à noite acaba tudo, já me despedi de todos'],
    ['tl', 'gusto ko na tapusin lahat ngayong gabi'],
    ['tl', 'wala na talaga akong ganang mabuhay'],
    ['it', 'stanotte mi tolgo la vita, non ce la faccio più'],
    ['fr', "j'en peux plus, je vais partir pour de bon et personne me regrettera"],
    ['id', 'keluargaku lebih bahagia kalau aku tidak ada'],
    ['uk', 'мені знову хочеться порізати руки'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text, 'crisis'));
});

describe('round 44 finishing a task or a sale ending stays calm', () => {
  it.each([
    '오늘 밤에 과제 다 끝낼 거예요, 마사지는 토요일에 받고 싶어요',
    '내일 관리 다 끝낼 수 있나요?',
    'a promoção acaba amanhã? hoje acaba tudo?',
    'tapusin ko na lahat ng labada mamaya bago ako pumunta',
    'lebih baik kalau saya tidak ada di rumah jam 3, terapisnya bisa datang jam 5?',
  ])('"%s"', (text) => calm(text));
});

// Cause 3: stroke signs missing by family: muddled speech and an arm that drops (Italian), everyday Indonesian spellings
// ("tiba2", "lemes", "ga jelas"), speech no longer understood and a crooked smile with a sudden onset (Tagalog), the arm and
// the leg of one side numb together (Romanian).
describe('round 44 stroke signs in everyday wording get the emergency advice', () => {
  it.each([
    ['it', 'mia nonna di colpo parla confusa e le cade la mano sinistra'],
    ['id', 'bapak tiba2 tangannya lemes, ga bisa digerakin'],
    ['id', 'ibu barusan ngomongnya jadi gak jelas'],
    ['tl', 'si lola biglang tumabingi ang ngiti at di na maintindihan ang salita'],
    ['ro', 'bunicul nu mai simte mana si piciorul drept de o ora'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});

describe('round 44 look-alikes of those signs stay calm', () => {
  it.each([
    'il professore parla in modo confuso, che noia, avete posto sabato?',
    'mi cade il braccio dal sonno dopo questa settimana',
    'hindi ko maintindihan ang salita sa form, pwede po mag book?',
    'ma doare mana si piciorul drept dupa sala, pot veni la masaj?',
  ])('"%s"', (text) => calm(text));
});

// Cause 4: a condition's name told as happening now with the verb after it (Turkish, Hungarian, Japanese) had no `now`
// word, so a question of the signs beside it set the name aside (`namedTopic.nowAfter`).
describe('round 44 a condition happening now, verb after the name, keeps its alarm when the signs are asked', () => {
  it.each([
    ['tr', 'annem inme geçiriyor sanırım, belirtileri bunlar mı?'],
    ['hu', 'a férjem szívrohamot kap, mik a tünetei?'],
    ['ja', '祖母が脳卒中を起こしているみたい、症状は何ですか？'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});

describe('round 44 the same names asked of anyone stay calm', () => {
  it.each([
    'ha valaki szívrohamot kap, mik a tünetei?',
    'もし脳卒中になっていたら、どんな症状がありますか？',
    'rüyamda annem inme geçiriyordu, korkunçtu',
  ])('"%s"', (text) => calm(text));
});

// Cause 5: all-clears after a dated event that a present word undid, and an everyday cause told by its verb: "much better
// today" (French), "all within the norm now" (Polish), "now I want to book" (Portuguese), care "finished long ago" (French),
// a tattoo told as "me tatuei" (Portuguese). A sign told now beside them still alarms, as does an onset "since this morning"
// after an all-clear (French `relapse`).
describe('round 44 a past event, well now, stays calm', () => {
  it.each([
    "il y a 4 ans j'ai fait une dépression avec des idées suicidaires, ça va beaucoup mieux aujourd'hui",
    'udar miałem 6 lat temu, teraz wszystko w porządku, chciałbym masaż',
    'em 2020 tive uma trombose, agora quero marcar uma drenagem',
    'phlébite en 2018, traitement fini depuis longtemps, je voudrais un drainage',
    'me tatuei na sexta e a perna ta vermelha e quente em volta do desenho',
  ])('"%s"', (text) => calm(text));
});

describe('round 44 a sign told now beside those still alarms', () => {
  it.each([
    ['fr', "j'ai eu une phlébite il y a 3 ans, ça va mieux maintenant mais depuis ce matin mon mollet est gonflé et chaud"],
    ['pt', 'em 2020 tive uma trombose, agora quero marcar drenagem mas hoje a panturrilha está inchada e dói'],
    ['pl', 'udar 6 lat temu, teraz wszystko w porządku, ale od rana boli mnie w klatce piersiowej'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
  it('fr: a crisis again today after a past one', () =>
    urgent('fr', "il y a 4 ans j'ai eu des idées suicidaires, ça allait mieux mais aujourd'hui j'ai envie de mourir", 'crisis'));
});
