import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 49 (lead): an all-clear frame ("I saw a video", "just curious", "I'm fine now") held the whole message up to a
// contrast word, so an emergency told after it without a "but" was silenced (round 48's probes: 6 of 7). Two things now
// end the frame as a contrast word does: a present-time word of the language said after it, and a statement after the
// question the frame opened. The wording here is the lead's own; dev set 43F was written by an author who saw none of it.
describe('round 49: a present-time word after an all-clear frame turns the message to now', () => {
  it.each([
    ['es', 'por curiosidad pregunto. ahora mismo mi esposo no respira'],
    ['fr', "dans une video j'ai vu les signes, maintenant ma mère ne respire plus"],
    ['it', 'in un video ho visto i sintomi, adesso mia madre non riesce a respirare'],
    ['pt', 'vi num video sobre isso. agora minha mae nao consegue respirar'],
    ['tr', 'videoda gördüm, şimdi annem nefes alamıyor'],
    ['es', 'es por curiosidad, hoy me duele el pecho muy fuerte y sudo frio'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));

  it.each([
    // A present word inside a well-now phrase keeps the all-clear ("ahora estoy bien").
    'ya estoy bien, ahora solo quiero reservar un masaje',
    'je vais bien maintenant, merci',
    // What follows the present word is read, and it tells no sign.
    'vi un video de una chica que se desmayó en la sauna, ahora me da miedo ir',
    "dans une vidéo j'ai vu une femme faire un malaise au spa, maintenant j'ai peur d'y aller",
    'vi un video sobre derrames, ahora quiero saber los sintomas',
  ])('calm: %s', (text) => calm(text));
});

describe('round 49: a statement after the question a curiosity frame opened is the writer own', () => {
  it.each([
    ['es', 'solo por curiosidad, el serum nuevo puede dar alergia? es q tengo la lengua hinchada y me cuesta tragar'],
    ['de', 'nur aus neugier, kann so ein lymph-öl allergisch machen? meine zunge ist dick und der hals wird eng'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));

  it.each([
    // A question after the question asks on.
    'Was passiert, wenn während der Behandlung jemand ohnmächtig wird? Habt ihr einen Defibrillator?',
    'por curiosidad, ¿qué pasa si alguien se desmaya durante el masaje? ¿tienen protocolo?',
    // A statement after it that is dated, or tells no sign, stays calm.
    'nur aus Neugier: kann man nach der Massage einen Schlaganfall bekommen? Mein Opa hatte vor Jahren einen.',
    "par curiosité, l'huile peut-elle donner une allergie ? je demande pour ma sœur qui réagit à tout",
  ])('calm: %s', (text) => calm(text));
});

describe('round 49: German, a tongue gone thick and a throat going tight', () => {
  it('is an airway emergency', () => urgent('de', 'meine zunge ist dick und der hals wird eng'));
  it('a thick neck alone is not', () => calm('ich habe einen dicken Hals vom Training, kann ich trotzdem zur Lymphdrainage?'));
});

// Round 49 (lead, dev set 43F read): concepts missing from five lexicons, in the lead's own wording.
describe('round 49: missing concepts in Catalan, Czech, Hungarian, Welsh and Japanese', () => {
  it.each([
    ['ca', 'tinc limfedema al braç i des d’ahir el tinc vermell i calent'],
    ['ca', 'la meva mare té febre i calfreds i està molt confosa'],
    ['cs', 'týden po operaci mi teče krev přes obvaz a nejde to zastavit'],
    ['hu', 'a fiam lenyelt egy mágnest a játékból'],
    ['cy', 'ar ôl y lipo mae fy mol yn galed iawn ac yn boenus'],
    ['cy', "mae'r plentyn wedi bwrw ei ben ar y llawr ac mae'n chwydu"],
    ['ja', '息子がボタン電池を飲み込んだかもしれない'],
    ['ja', '新しいクリームを塗ったら喉が締まってきた'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));

  it.each([
    'mám vysoký krevní tlak, můžu na lymfatickou masáž?',
    '薬を飲んだ後でもマッサージを受けられますか',
    'el limfedema de la cama, quant costa una sessió?',
  ])('calm: %s', (text) => calm(text));
});

// Round 49 (lead): a denial reaches past a comma only through a list of signs (issue 11: "a negation ends at a comma").
describe('round 49: a denial of something that is no sign ends at the comma', () => {
  it.each([
    ['pl', 'to nie jest żaden żart, mąż zemdlał i nie mogę go docucić'],
    ['pl', 'to nie jest zaden test, zona zemdlala w lazience i nie moge jej docucic'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));

  it('a list of denied signs is still denied', () => calm('nie mam gorączki, duszności ani bólu w klatce, chcę tylko umówić masaż'));
});

// Round 49 (lead): present-time words for lexicons that had none (and, in Chinese and Japanese, words of now read as
// contrast words, since their scripts have no spaces for a time pattern), so a frame round 49 added gives way to them.
describe('round 49: a frame gives way to "now" in languages that had no present-time words', () => {
  it.each([
    ['hu', 'csak kíváncsiságból kérdezem, most a férjem nem kap levegőt'],
    ['ca', 'només per curiositat, ara el meu fill té els llavis inflats i no pot respirar'],
    ['zh', '只是好奇问一下，现在我妈妈不能呼吸了'],
    ['ja', '好奇心で聞きます。いま母が息ができません'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));

  it.each([
    // The Hungarian "ma" (today) is the French "ma" (my), the Italian "ma" (but) and the Polish "ma" (has): it is read only
    // with its time of day, so it does not keep a dated event now.
    "Ma grand-mère a fait un AVC il y a très longtemps, est-ce que c'est héréditaire pour le drainage ?",
    'babcia miala udar dawno temu, czy to ma znaczenie?',
  ])('calm: %s', (text) => calm(text));
});

// Round 49 (lead): no curiosity frame was added where a lexicon lacked one (the judgement call at `notNow`'s schema): an
// emergency told after "just curious" with no time word, contrast or question is still an emergency.
describe('round 49: "just curious" does not silence an emergency told after it', () => {
  it.each([
    ['hu', 'csak kíváncsiságból kérdezem, a férjem nem kap levegőt'],
    ['zh', '只是好奇问一下，我妈妈不能呼吸了'],
    ['el', 'από περιέργεια ρωτάω, ο άντρας μου δεν μπορεί να αναπνεύσει'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});
