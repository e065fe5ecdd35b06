import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';

// Round 36 (lang36, issue 11 part 6): messages in other languages, written for this test, not taken from batch 31. Each cause
// has its own wordings and look-alikes that must not alarm.

describe('round 36 Spanish: a pain never felt like this is present, a plain "never had" stays a denial', () => {
  it.each([
    'jamás... bueno, nunca me ha dolido tanto la cabeza, de golpe, estoy en el coche',
    'nunca he sentido un dolor así en el pecho, me baja por el brazo',
  ])('"%s" alarms', (text) => urgent('es', text));
  it.each([
    'nunca he tenido dolor de pecho, ¿puedo reservar un drenaje el lunes?',
    'nunca me ha dolido la cabeza con los masajes, ¿tienen hueco mañana?',
  ])('"%s" does not alarm', calm);
});

describe('round 36 Spanish: missing concepts (tongue, belly, skin darkening, fainting, one leg bigger, pink lymphoedema, pills)', () => {
  it.each([
    ['después de la crema nueva noto la lengua gorda y rara', 'emergency'],
    ['me pusieron un sérum en la cara y me cuesta tragar, me pica todo', 'emergency'],
    ['estoy de 31 semanas y hoy tengo dolor de cabeza fuerte y las manos hinchadas', 'emergency'],
    [
      'a mi hermana la operaron de abdominoplastia el martes y tiene la tripa dura como una tabla',
      'emergency',
    ],
    ['desde la lipo la zona del ombligo se está poniendo morada y me arde', 'emergency'],
    ['ay se me va la vista, todo se me pone negro, estoy en el baño del trabajo', 'emergency'],
    ['volví del vuelo largo y la pantorrilla izquierda está más gorda que la otra', 'emergency'],
    ['el brazo del linfedema está rosado y más caliente desde esta mañana', 'emergency'],
    ['acabo de devolver en el lavabo y era pura sangre', 'emergency'],
    ['me he tomado un montón de pastillas para dormir, no sé qué hacer', 'crisis'],
    ['estoy harto de existir, no le veo sentido a nada', 'crisis'],
  ] as const)('"%s" alarms', (text, kind) => urgent('es', text, kind));
  it.each([
    'me tomé el paracetamol de siempre antes de venir, ¿pasa algo con el masaje?',
    'tengo una pierna más gruesa que la otra desde siempre, es lipedema, ¿me ayuda el drenaje?',
    'el moretón se está desvaneciendo poco a poco, ¿puedo hacerme el drenaje encima?',
    'quiero devolver el vale regalo, era rojo y no me gusta el color',
  ])('"%s" does not alarm', calm);
});

describe('round 36 Spanish: a swelling with its everyday cause named, a face that has always been so', () => {
  it.each([
    'tengo la garganta hinchada del resfriado, ¿me cancelan la cita sin coste?',
    'ayer me hice relleno de labios con ácido hialurónico y están hinchados, ¿cuándo vengo al drenaje?',
    'me quedé dormida al sol y tengo las piernas rojas, hinchadas y me duelen',
    'tengo la boca un poco caída de un lado desde siempre, ¿el masaje facial ayuda?',
  ])('"%s" does not alarm', calm);
  it.each([
    'me puse un aceite nuevo y se me hincha la lengua',
    'tengo la pierna roja, hinchada y me duele mucho, no sé de qué',
  ])('"%s" still alarms', (text) => urgent('es', text));
});

describe('round 36 a topic, a story or a risk asked is no emergency now (es, fr, pt, it, tr, ru, vi)', () => {
  it.each([
    'para un trabajo sobre primeros auxilios: ¿qué señales tiene un infarto?',
    'vimos en una película que a un señor le dio un derrame en la sauna, ¿es verdad que pasa?',
    'dicen que el drenaje provoca trombosis, ¿es cierto?',
    'j ai vu un reportage où un homme faisait un infarctus au sauna, ça arrive souvent ?',
    'quelle est la différence entre une phlébite et des jambes lourdes ?',
    'como saber se o inchaço da perna é circulação ou coágulo? só para entender',
    'la pressoterapia può provocare un ictus? chiedo per mia madre',
    'masaj pıhtı riskini artırır mı acaba?',
    'в новостях рассказывали про инсульт у молодого, как понять вовремя?',
    'massage có làm tăng nguy cơ đau tim không ạ?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', 'me dieron de alta ayer de la lipo y ahora me falta el aire'],
    ['fr', 'j ai une douleur dans la poitrine qui serre depuis ce matin'],
  ] as const)('%s: "%s" still alarms', (code, text) => urgent(code, text));
});

describe('round 36 other languages: concepts each lexicon lacked', () => {
  it.each([
    ['fr', 'une barre derrière le sternum qui me serre depuis une heure', 'emergency'],
    ['fr', 'je ne manquerai à personne de toute façon, tout est fini', 'crisis'],
    ['vi', 'mẹ tôi tự nhiên nửa mặt bên phải bị xệ xuống, cầm ly không được', 'emergency'],
    ['vi', 'vết thương ở chân đỏ lan ra cả bắp chân và bị sốt', 'emergency'],
    ['ko', '그동안 약 모아뒀어 이제 다 끝낼래', 'crisis'],
    ['ko', '임신 33주에요 앞이 흐려 보이고 속이 울렁거려요', 'emergency'],
    ['id', 'rasanya pengen ngilang untuk selamanya, capek sama hidup', 'crisis'],
    ['ar', 'جدي سقط في الحمام ولا يستجيب', 'emergency'],
    ['hi', 'mere papa ne galti se chuha maar dawa kha li hai', 'emergency'],
    ['th', 'ไม่เคยปวดหัวขนาดนี้ ตาลาย อาเจียน', 'emergency'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  it.each([
    'tôi muốn đặt lịch massage mặt, nửa mặt hơi xệ do tuổi tác',
    '약 다 먹었어요, 오늘 예약 가능해요?',
    'ไม่เคยปวดหัวเลยหลังนวด อยากจองอีกค่ะ',
    'mere ghar mein chuhe bahut hain, chuha maar dawa kahan milegi?',
  ])('"%s" does not alarm', calm);
});

it('round 36: a reading names the language it answered in', () => {
  expect(read('me he tomado muchas pastillas de clonazepam')).toMatchObject({
    kind: 'crisis',
    language: 'es',
  });
});

describe('round 36 Haitian Creole and Gujarati: a lexicon of the core concepts; Yoruba blood on coughing; a Zulu crisis word', () => {
  it.each([
    ['ht', 'manman m tonbe, li san konesans, li pa reponn', 'emergency'],
    ['ht', 'lang mwen ap anfle apre krèm nan, tanpri', 'emergency'],
    ['ht', 'mwen bouke viv, mwen pa vle viv ankò', 'crisis'],
    ['gu', 'મારી મમ્મીને છાતીમાં દબાણ લાગે છે અને ચક્કર આવે છે', 'emergency'],
    ['gu', 'મારા હોઠ પર સોજો આવી ગયો છે', 'emergency'],
    ['gu', 'મારે હવે જીવવું નથી', 'crisis'],
    ['yo', 'mo n wuko, eje si n jade', 'emergency'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  // Round 37 (lang37): Zulu now has a lexicon of its own, so the word gets the crisis reply in Zulu (with the crisis line and
  // the emergency number), not the English emergency advice given when there was none.
  it("a Zulu word for taking one's own life gets the crisis line", () =>
    expect(read('umama wami uthi ufuna ukuzibulala namhlanje')).toMatchObject({
      kind: 'crisis',
      language: 'zu',
    }));
  it.each([
    'mwen ta renmen pran yon randevou pou masaj janm yo',
    'm pa gen doulè nan pwatrin, mwen vle konnen pri a',
    'મને છાતીમાં દુખાવો નથી, મસાજ માટે સમય જોઈએ છે',
    "j'ai mal à la langue et la bouche sèche depuis ce matin, c'est normal après le soin ?",
    'sawubona, ngicela ukubhuka i-massage kusasa',
  ])('"%s" does not alarm', calm);
});

describe('round 36 an allergy pen always carried is a stable condition (pl, es); "a teraz" keeps a sign now', () => {
  it.each([
    'jestem uczulona na kiwi i zawsze mam przy sobie EpiPen, czy olejki są bez owoców?',
    'soy alérgica a las nueces, siempre llevo el EpiPen en el bolso, ¿el aceite tiene frutos secos?',
  ])('"%s" does not alarm', calm);
  it('pl: the pen carried, and now a swelling throat, alarms', () =>
    urgent('pl', 'zawsze mam przy sobie EpiPen, a teraz puchnie mi język i gardło'));
});
