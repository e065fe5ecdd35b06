import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';

// Round 34 (lang34, issue 11 item 6): messages in other languages, written for this test, not taken from any read set or from
// knowledge/urgency-examples/round34-lang34.yaml. Each cause has its own wordings and guards (messages that must not alarm, or
// must still alarm).

describe('round 34 the wish not to live with a word between, or the verb first (ru, uk)', () => {
  it.each([
    ['ru', 'я правда не хочу уже жить, простите'],
    ['ru', 'жить больше не хочется, всё надоело'],
    ['ru', 'честно, жить не хочу, никому не говорила'],
    ['uk', 'я вже не хочу більше жити, вибачте'],
    ['ru', 'мне кажется, без меня им было бы проще всем'],
    ['uk', 'думаю, що без мене їм буде легше'],
  ])('%s: "%s" gets the crisis words', (code, text) => urgent(code, text, 'crisis'));
  it.each(['без меня будет сложно на работе, можно перенести сеанс?', 'не хочу больше ждать, когда ближайшая запись?'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 34 Arabic in Latin letters: swelled in its past forms, the throat spelled with q, closing', () => {
  it.each([
    ['ar-latn', '7alqi 3am ysakker w shafti nef5et ba3d el serum'],
    ['ar-latn', 'lsani nafakh kteer ba3d ma akalt el fosto2'],
    ['ar-latn', '7alqi msakker w ma 3am b2dar etnaffas'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each(['baddi zorkon bukra bas el markaz msakker?', 'shafti kbar ba3d el filler, kif betsir el jalse?'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 34 Tagalog: a face or hands that swelled in pregnancy (namaga)', () => {
  it.each([
    ['tl', 'buntis ako, namaga bigla ang mukha at kamay ko'],
    ['tl', '8 months buntis si ate, namaga ang mga daliri at masakit ang ulo'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('a face swollen on waking with no pregnancy does not alarm', () =>
    calm('namaga ang mukha ko pagkagising, allergy yata sa unan, pwede pa ba ang facial?'));
});

describe('round 34 Portuguese: skin gone dark after a tummy tuck or lipo', () => {
  it.each([
    ['pt', 'fiz abdominoplastia semana passada e a cicatriz está ficando escura'],
    ['pt', 'depois da lipo a pele da barriga escureceu numa parte, estou com medo'],
    ['pt', 'abdominoplastia faz 6 dias e o umbigo ficou roxo escuro'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'fiz lipo há 5 dias e estou com a barriga roxa, é normal ter hematoma?',
    'a pele perto do umbigo ficou mais escura na gravidez, a drenagem ajuda?',
  ])('"%s" does not alarm', calm);
});

describe('round 34 stand-downs: a short break away, a sign gone, well now, a wish to try us, a topic studied, back then', () => {
  it.each([
    'me gustaría desaparecer un fin de semana con mi marido, ¿tienen escapadas?',
    'Mama miała gorączkę po operacji, ale już minęła, czy może przyjść na masaż?',
    'у тата був інфаркт три роки тому, зараз він добре, можна йому масаж?',
    'у бабушки был инсульт пять лет назад, сейчас она в порядке, можно ей массаж?',
    'mi suegro tuvo un infarto hace diez años y ahora quiere probar los masajes',
    "je prépare un exposé sur l'infarctus pour mon cours, vous avez des infos ?",
    'saya dulu pernah pingsan waktu pijat, aman nggak?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', 'quiero desaparecer de todo, ya no puedo con nada', 'crisis'],
    ['pl', 'mam gorączkę po operacji od wczoraj i dreszcze', 'emergency'],
    ['ru', 'у мамы был инсульт два года назад, а сейчас у нее перекосило лицо', 'emergency'],
    ['es', 'mi padre tuvo un infarto hace años y ahora tiene un dolor en el pecho muy fuerte', 'emergency'],
    ['id', 'ibu saya pingsan sekarang dan tidak bangun', 'emergency'],
  ] as const)('%s: "%s" still alarms', (code, text, kind) => urgent(code, text, kind));
  it('a request read in another language stays a reading', () => expect(read('hola, ¿tienen cita mañana?')).not.toBeNull());
});
