import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 39 (lang39, issue 11): messages in other languages, written for this test, not taken from batch 34. Each cause has its
// own wordings and guards (messages that must still alarm, or must not).

describe('round 39 a wish for someone to know, told as wanting to tell someone, beside a means (es, pt, it, fr)', () => {
  it.each([
    ['es', 'ya junté las pastillas, nomás quería decírselo a alguien'],
    ['pt', 'comprei uma corda hoje, só queria contar pra alguém'],
    ['it', 'ho le pillole tutte pronte, volevo solo dirlo a qualcuno'],
    ['fr', "les cachets sont prêts, je voulais juste le dire à quelqu'un"],
  ] as const)('%s: "%s" is a crisis', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'solo quería contárselo a alguien: ¡me dieron el alta del fisio y ya puedo reservar!',
    "je voulais juste le dire à quelqu'un : la séance d'hier était géniale",
  ])('"%s" does not alarm', calm);
});

describe('round 39 no one would notice or miss one if one were gone is a crisis (es, pt, fr, ro)', () => {
  it.each([
    ['es', 'si me muero esta noche nadie se daría cuenta'],
    ['pt', 'ninguém sentiria a minha falta se eu morresse'],
    ['fr', 'personne ne remarquerait si je disparaissais'],
    ['ro', 'nimeni nu ar observa dacă aș dispărea'],
  ] as const)('%s: "%s" is a crisis', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'nadie se daría cuenta si me voy antes del trabajo, ¿puedo cambiar la cita al viernes?',
    'personne ne remarquera si je pars plus tôt de la séance, non ?',
    'nessuno se ne accorgerebbe se me ne vado prima dall ufficio, posso prenotare alle 17?',
  ])('"%s" does not alarm', calm);
});

describe('round 39 Romanian: all the pills at hand beside a farewell or a place', () => {
  it('pills beside one is a crisis', () => urgent('ro', 'am toate pastilele lângă mine și nu mai vreau nimic', 'crisis'));
});

describe('round 39 Persian: the verb prefixes "می" and "نمی" read the same joined, with a zero-width non-joiner or spaced', () => {
  it.each([
    ['fa', 'دیگه نمی‌خوام زندگی کنم، خسته‌ام', 'crisis'],
    ['fa', 'دیگه نمی خوام زندگی کنم', 'crisis'],
    ['fa', 'پدرم هر چی صداش می‌کنم بیدار نمی‌شه', 'emergency'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  it('a sleepless night does not alarm', () => calm('شب‌ها خوب خوابم نمی‌بره، ماساژ کمک می‌کنه؟'));
});

describe('round 39 Persian: a crisis told as years past and well now is history; a present word keeps it now', () => {
  it.each([
    'پنج سال پیش خودکشی کردم ولی الان حالم خوبه. برای ماساژ صورت وقت دارید؟',
    'سال ها پیش به خودم آسیب می‌زدم، الان خیلی بهترم. قیمت ماساژ لنفاوی چنده؟',
  ])('"%s" does not alarm', calm);
  it.each([
    'دو سال پیش خودکشی کردم و امشب دوباره می‌خوام بمیرم',
    'سه سال پیش خودکشی کردم، الان هم می‌خوام بمیرم',
  ])('"%s" is still a crisis', (text) => urgent('fa', text, 'crisis'));
});

describe('round 39 stroke signs in Czech, Hungarian and Swedish: half the face, double vision, an arm that will not lift, the worst headache', () => {
  it.each([
    ['cs', 'manželovi najednou ochrnula polovina obličeje'],
    ['cs', 'nemůžu zvednout ruku, začalo to před chvílí'],
    ['cs', 'najednou vidím dvojitě a motám se'],
    ['cs', 'mám nejhorší bolest hlavy v životě'],
    ['hu', 'anyámnak hirtelen borzasztó fejfájása lett'],
    ['hu', 'kettőt látok és szédülök'],
    ['hu', 'apám fél arca lebénult'],
    ['sv', 'min pappa ser plötsligt dubbelt och vinglar'],
    ['sv', 'halva ansiktet känns domnat'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'nemůžu zvednout ruku nad hlavu už půl roku kvůli rameni, pomůže masáž?',
    'tegnap óta enyhe fejfájásom van, a masszázs segít?',
    'jag ser dubbelt när jag är trött på kvällen efter skärmarbete, hjälper massage?',
  ])('"%s" does not alarm', calm);
});

describe('round 39 a clot risk: a limb in a cast (es), the contraceptive pill (hu)', () => {
  it.each([
    ['es', 'llevo una férula en la pierna y la pantorrilla se me puso hinchada y morada'],
    ['hu', 'fogamzásgátlót szedek és a bal vádlim fáj és duzzadt'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('a cast off with no sign does not alarm', () => calm('me quitaron el yeso del brazo, ¿cuándo puedo hacer drenaje?'));
});

describe('round 39 a sudden severe testicle pain, a red streak from a wound (es, fr, pt, de, it, el)', () => {
  it.each([
    ['es', 'a mi hijo le dio un dolor muy fuerte en un testículo de repente'],
    ['de', 'plötzlich starke Schmerzen im Hoden, was soll ich tun'],
    ['it', 'dolore fortissimo al testicolo da stamattina'],
    ['fr', 'mon fils a une douleur atroce au testicule'],
    ['el', 'ξαφνικός πόνος στον όρχι του γιου μου'],
    ['pt', 'dor insuportável no testículo há uma hora'],
    ['es', 'tengo una línea roja que sube desde la picadura hacia el codo'],
    ['de', 'von der Wunde zieht ein roter Streifen nach oben'],
    ['it', 'una striscia rossa sale dal taglio verso il gomito'],
    ['fr', 'une traînée rouge remonte de la coupure'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'el gua sha me dejó una línea roja en la espalda, ¿es normal?',
    'vous vendez la ligne rouge de vêtements de compression ?',
  ])('"%s" does not alarm', calm);
});

describe('round 39 Portuguese: short of air, a sentence that will not finish, the inhaler not working', () => {
  it.each([
    'tô sem ar e não consigo terminar a frase',
    'não consigo terminar uma frase sem parar pra respirar',
    'a bombinha não fez efeito e ele continua chiando',
  ])('"%s" alarms', (text) => urgent('pt', text));
  it('breathless from laughing does not alarm', () => calm('fiquei sem ar de tanto rir com a massagista, amei'));
});

describe('round 39 Swahili: the first person of confused and shivering with a fever; a scald with the skin come off', () => {
  it.each([
    'nina homa kali na nimechanganyikiwa, natetemeka',
    'mwanangu amemwagikiwa mafuta ya moto mguuni, ngozi imechubuka eneo kubwa',
  ])('"%s" alarms', (text) => urgent('sw', text));
});

describe('round 39 Turkish, Vietnamese, Indonesian, Hungarian, Bengali, Arabic in Latin letters, French: signs told in new words', () => {
  it.each([
    ['tr', 'kalbim tekliyor, sesler uzaklaşıyor'],
    ['vi', 'mẹ tôi thấy ngực bị bóp chặt, khó chịu lắm'],
    ['id', 'lagi hamil 7 bulan, kepala pusing berat banget'],
    ['hu', 'a fiam lábából spriccel a vér'],
    ['bn', 'বাবার মাথা কেটে গেছে, রক্ত থামছে না'],
    ['ar-latn', 'binti akalet 7bob men el shanta, 3amra 3 sneen'],
    ['fr', "lifting il y a deux jours, un côté du cou gonfle et c'est très dur"],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'heyecandan kalbim küt küt, yarınki randevum için sabırsızlanıyorum',
    'spriccel a víz a zuhanyból, ez a ti hibátok?',
    'ibni 3ando 7bob 3ala wijho, fi treatment?',
  ])('"%s" does not alarm', calm);
});

describe('round 39 look-alikes: a risk asked of anyone, a faint of pleasure, a service for stroke patients, a jab', () => {
  it.each([
    '¿uno se puede desmayar durante el drenaje si tiene anemia?',
    'me quedé medio desmayada de lo bueno que estuvo el masaje',
    'casi me desmayo de gusto con el masaje de pies',
    "on peut s'évanouir pendant un drainage quand on a la tension basse ?",
    'Kan een lymfemassage een beroerte uitlokken?',
    'annem geçen ay inme geçirdi, inme sonrası hastalarla çalışıyor musunuz?',
    'sinds de vaccinatie gisteren is mijn arm dik en warm rond de prikplek',
    'me vacunaron de la gripe el lunes y el brazo sigue hinchado y me duele donde me pincharon',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', '¿se puede uno desmayar? y ahora mi madre está inconsciente en el suelo'],
    ['nl', 'mijn arm is dik, rood en warm, en ik heb geen prik gehad'],
    ['es', 'tengo el brazo hinchado, rojo y caliente y no me he vacunado'],
  ] as const)('%s: "%s" still alarms', (code, text) => urgent(code, text));
});
