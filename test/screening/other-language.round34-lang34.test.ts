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

// Round 34, second pass (lang34b): the same batch's misses read again, each cause with wordings of my own.
describe('round 34b: a date dates its own event, not a sign told before it in a clause of its own', () => {
  it.each([
    ['it', 'polpaccio sinistro gonfio e caldo solo a sinistra, ho avuto una trombosi anni fa'],
    ['it', 'la coscia è calda e gonfia da un lato solo. Ho avuto un embolia nel 2015'],
    ['it', 'gamba gonfia e dolorante solo a destra, anni fa ho avuto una trombosi'],
    ['de', 'Wade geschwollen und heiß nur links, ich hatte vor Jahren eine Thrombose'],
    ['es', 'pantorrilla hinchada y caliente solo en una pierna, tuve una trombosis hace 5 años'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'ho avuto una trombosi anni fa, ora la gamba sta bene, posso prenotare?',
    'ho avuto una trombosi anni fa, la gamba era gonfia solo a destra, posso fare il linfodrenaggio?',
    'tuve un infarto, fue hace 10 años, ¿puedo hacer drenaje?',
    'hatte vor Jahren eine Thrombose, Bein ist jetzt gut, kann ich buchen?',
    'mia madre ha avuto un ictus nel 2019, ora sta bene, può fare un massaggio?',
  ])('"%s" does not alarm', calm);
});

describe('round 34b: about to faint in Italian, in the verb\'s other forms (as English "about to faint")', () => {
  it.each([
    'mi sento svenire, è tutto buio davanti agli occhi',
    'aiuto, sto svenendo, non riesco a stare in piedi',
    'svengo, mi viene da vomitare e sudo',
    'sono sola e credo che sto per svenire',
  ])('"%s" alarms', (text) => urgent('it', text));
  it.each([
    'ho riso così tanto che stavo per svenire dal ridere',
    'ho paura di svenire durante il linfodrenaggio, è possibile?',
    'è normale svenire dopo la pressoterapia?',
    'ho visto il prezzo e stavo per svenire, fate sconti?',
    'abbiamo riso così tanto da svenire',
  ])('"%s" does not alarm', calm);
});

describe('round 34b: Turkish swelling said as the adjective or noun in pregnancy', () => {
  it.each([
    '32 haftalık hamileyim, yüzüm şişkin ve parmaklarım şiş gibi',
    'hamileyim, ellerimde şişme var bu sabah',
    'hamileyim ve yüzüm birden şişik oldu',
  ])('"%s" alarms', (text) => urgent('tr', text));
  it.each(['hamileyim, hava sis gibi, randevu alabilir miyim?', 'hamileyim, ayaklarım şiş gibi akşamları, masaj olur mu?'])(
    '"%s" does not alarm',
    calm,
  );
});

