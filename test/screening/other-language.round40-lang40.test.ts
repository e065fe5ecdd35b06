import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 40 (lang40, issue 11 part 6): messages in other languages, written for this test, not taken from batch 35. Each cause
// has its own wordings and guards (messages that must still alarm, or must not).

describe('round 40 a condition named as the subject of a question is no event now (namedTopic cues)', () => {
  it.each([
    "quels sont les signes d'un AVC chez les personnes âgées ?",
    'quali sono le cause di un infarto nei giovani?',
    'wat is het verschil tussen een hartaanval en een paniekaanval?',
    'kalp krizinin belirtileri nelerdir?',
    '心筋梗塞の前兆にはどんなものがありますか',
    'какие бывают признаки инфаркта у женщин?',
    'dalili za kiharusi ni zipi?',
    '¿se puede tener un ictus por dormir mal? lo leí en un foro',
    'ktorý je rozdíl mezi infarktem a mrtvicí?',
    '脑梗的症状有哪些？',
  ])('"%s" does not alarm', calm);
  it.each([
    // A sign told beside the name still fires; a name with no topic cue, or in a sentence that says now, keeps its event.
    ['es', '¿es un infarto? me duele mucho el pecho y el brazo izquierdo'],
    ['fr', "je crois que mon père fait un AVC, il a la bouche de travers"],
    ['zh', '我爸爸中风了，怎么办？'],
    ['es', 'mi abuela tuvo un infarto hace nada y no respira'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
});

describe('round 40 a condition named right after "after" or "those who had" is behind the person (namedTopic after)', () => {
  it.each([
    'proposez-vous des séances pour les personnes qui ont eu un AVC ?',
    'fate massaggi a chi ha avuto un ictus? mio padre cammina con il bastone',
    "ci sono dei gradini all'ingresso? mia madre dopo l'ictus usa il deambulatore",
  ])('"%s" does not alarm', calm);
  it.each([
    // "after" a massage, not after the stroke: the stroke is now.
    ['pl', 'po masażu mama ma udar, pomocy'],
    ['ru', 'после массажа у мамы инсульт, что делать?'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
});

describe('round 40 Welsh mutations: a word read in its mutated forms from the radical one', () => {
  it.each([
    ['cy', "mae nhafod i'n chwyddo"],
    ['cy', 'mae ei dafod wedi chwyddo ar ôl y lipstick newydd'],
    ['cy', 'mae gen i dwymyn uchel ar ôl y llawdriniaeth'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
  it.each(["mae'r gampfa yn wych", 'oes gen ti apwyntiad heddiw?'])('"%s" does not alarm', calm);
});

describe('round 40 lips gone grey, as blue lips show on darker skin', () => {
  it.each([
    ['pt', 'a minha filha está com os lábios acinzentados'],
    ['pl', 'mama ma szare usta i jest bardzo słaba'],
    ['de', 'seine Lippen sind ganz grau geworden'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
  it('grey nail polish does not alarm', () => calm('me gusta el color gris para las uñas, ¿hacéis manicura?'));
});

describe('round 40 a household chemical drunk or swallowed (ru, uk, tr)', () => {
  it.each([
    ['ru', 'дочка глотнула отбеливатель'],
    ['uk', 'син випив засіб для миття посуду'],
    ['tr', 'oğlum bulaşık tableti yutmuş'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
  it('a massage product asked about does not alarm', () => calm('какое средство для массажа лучше?'));
});

describe('round 40 a past told by a stage of life, or as long ago, or with no symptoms now', () => {
  it.each([
    'de adolescente pensaba en suicidarme, hoy estoy bien y feliz',
    'da ragazza avevo pensieri di farla finita, oggi sto bene',
    "quand j'étais jeune j'ai fait une tentative de suicide, maintenant tout va bien",
    'vor fünf Jahren hatte ich einen Schlaganfall, heute keine Beschwerden mehr',
    'колись мав інфаркт, хочу записатися на масаж',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', 'de adolescente pensaba en suicidarme y ahora vuelvo a pensarlo', 'crisis'],
    ['es', 'de joven tuve un infarto y ahora me duele el pecho', 'emergency'],
    ['uk', 'колись мав інфаркт, а зараз знову болить у грудях', 'emergency'],
  ] as const)('%s: "%s" is urgent', (code, text, kind) => urgent(code, text, kind));
});
