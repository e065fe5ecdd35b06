import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 37 (lang37, issue 11): messages in other languages, written for this test, not taken from batch 32. Each cause has its
// own wordings and guards (messages that must not alarm).

describe('round 37 a price told as a figure of speech does not alarm (es, tr, cy, tl)', () => {
  it.each([
    'por poco me da un infarto con lo que cobran en el centro, ¿ustedes tienen bonos?',
    'me desmayé al ver lo que cuesta un paquete de diez sesiones, ¿hay algo más barato?',
    'fiyatlara bakınca bayılacaktım, kampanya var mı?',
    'faturayı görünce kalp krizi geçirecektim az kalsın',
    "bu'r bil bron yn ddigon i roi trawiad ar y galon i'm gŵr, oes cynnig?",
    'muntik na akong himatayin sa presyo nyo, may discount ba sa senior?',
  ])('"%s" does not alarm', calm);
  it('a faint told beside the price as a real event still alarms', () =>
    urgent('es', 'mi madre se ha desmayado en la sala de espera y no responde'));
});

describe('round 37 a topic, hearsay or a question about whom we treat does not alarm (it, nl, id, sw)', () => {
  it.each([
    'come faccio a riconoscere un infarto? mia madre vive da sola',
    'quali sono i sintomi di un ictus nelle donne? voglio saperlo per mia nonna',
    'mijn collega zei dat iemand flauwviel na lymfedrainage, kan dat nou echt?',
    'ik hoorde dat iemand een hartaanval kreeg in de sauna, klopt dat echt?',
    'sepupu aku pingsan waktu pijat refleksi, kok bisa begitu ya?',
    'mama yangu alikuwa na uvimbe mguuni baada ya upasuaji, je mnawahudumia watu kama yeye?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 a stable condition or an event over does not alarm (tr, tl)', () => {
  it.each([
    'sara hastasıyım ama 3 yıldır hiç nöbet geçirmedim, masaj olabilir miyim?',
    'epilepsim var, 10 yıldır nöbetim olmadı, ilaçlarımı düzenli alıyorum',
    'namaga yung mata ko sa bagong cream last month pero ayos na ngayon, pwede ba facial?',
    'nahilo ako noong isang linggo pero maayos na ngayon, tuloy pa rin ba ang booking ko?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 a cosmetic cause or a face always so does not alarm (pt, es, pl, it)', () => {
  it.each([
    'depois do preenchimento minha boca ficou torta de um lado, a drenagem ajuda?',
    'fiz botox e um lado da boca está meio caído, isso melhora com drenagem facial?',
    'tras el botox tengo un lado de la cara un poco caído, ¿el drenaje ayuda?',
    'mam opadnięty kącik ust od urodzenia, czy masaż twarzy pomoże?',
    'dopo il filler la bocca è un po storta, il linfodrenaggio può aiutare?',
  ])('"%s" does not alarm', calm);
  it('a face dropping now, with no cosmetic cause, still alarms', () =>
    urgent('pt', 'de repente a boca do meu pai ficou torta e ele não consegue falar direito'));
});

describe('round 37 pregnancy told by its week or month (ru, fr "SA", hi-deva)', () => {
  it.each([
    ['ru', '36 неделя, лицо и пальцы внезапно опухли, голова раскалывается'],
    ['ru', 'у меня 30 недель, руки резко отекли за пару часов'],
    ['fr', '33 SA et depuis ce matin je vois des éclairs devant les yeux'],
    ['fr', 'à 35 SA, visage et mains gonflés d’un coup, est-ce grave ?'],
    ['hi-deva', 'आठवाँ महीना चल रहा है और कल रात से बच्चा नहीं हिल रहा'],
    ['hi-deva', 'नौवां महीना चल रहा है, अचानक खून आने लगा'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'sa tête me fait un peu mal depuis ce matin, je peux venir quand même ?',
    'через две недели у меня операция, можно ли до неё сделать лимфодренаж?',
    '33 SA, est-ce que le drainage lymphatique est possible pendant la grossesse ?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 a belly gone hard after contouring (ru, el)', () => {
  it.each([
    ['ru', 'неделя после абдоминопластики, живот затвердел и очень болит'],
    ['ru', 'после липосакции живот стал твёрдый, меня тошнит'],
    ['el', 'μετά τη λιποαναρρόφηση η κοιλιά μου σκλήρυνε και πονάει φρικτά'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('a belly firm before any surgery, asked about, does not alarm', () =>
    calm('можно ли записаться на липосакцию и потом на лимфодренаж?'));
});

describe('round 37 many pills taken: the crisis line (ru, sw, hi-deva)', () => {
  it.each([
    ['ru', 'я проглотила горсть снотворного полчаса назад'],
    ['ru', 'муж выпил кучу таблеток, еле говорит'],
    ['sw', 'mwanangu amemeza vidonge vingi vya bibi yake'],
    ['hi-deva', 'पति ने ढेर सारी दर्द की गोलियाँ खा लीं'],
  ] as const)('%s: "%s" alarms with the crisis line', (code, text) => urgent(code, text, 'crisis'));
  it.each(['сколько таблеток можно пить после процедуры?', 'je, naweza kumeza vidonge kabla ya masaji?'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 37 a goodbye letter with a plan or an end, and hurting oneself (fr, pl, ro, id/ms)', () => {
  it.each([
    ['fr', 'j’ai laissé une lettre à ma femme et tout réglé, adieu'],
    ['pl', 'napisałem już list do dzieci, jadę nad rzekę i to koniec'],
    ['ro', 'prietena mea zice că își face rău cu lama, ce fac?'],
    ['id', 'aku mau nyakitin diri lagi malam ini'],
    ['id', 'rasanya nak tamatkan hidup je, penat sangat'],
  ] as const)('%s: "%s" alarms with the crisis line', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'j’ai écrit une lettre à mes enfants pour leur anniversaire, on peut réserver pour trois ?',
    'napisałam list do męża na rocznicę, macie voucher dla dwojga?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 signs in words the lexicons lacked (uk, es, de, nl, pt, sw, ko, ar)', () => {
  it.each([
    ['uk', 'у батька блювота з кров’ю вже двічі'],
    ['uk', 'раптом у мене двоїться в очах, я не розумію що робити'],
    ['uk', 'у мами раптом права рука як чужа, не слухається'],
    ['es', 'me sangra la herida del drenaje, ya manché toda la cama'],
    ['de', 'mir ist so schwindlig, ich kippe gleich um'],
    ['de', 'Nesselsucht am ganzen Körper und ein Kloß im Hals seit dem Peeling'],
    ['nl', 'mijn man ligt op de grond en schokt over zijn hele lijf'],
    ['pt', 'desenhei em volta da vermelhidão e hoje ela já passou da linha'],
    ['sw', 'uso wa mtoto umevimba ghafla na anashindwa kumeza mate'],
    ['sw', 'mama hana pumzi kabisa, anahema kama amekimbia'],
    ['ko', '가슴이 두근거리고 어지러워서 쓰러질 것 같아'],
    ['ar', 'جوزي فجأة مش عارف يتكلم وإيده تقيلة'],
    ['ar', 'نص وشها مايل من الصبح'],
  ] as const)('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'kann ich nach dem Peeling noch zur Lymphdrainage kommen?',
    'a vermelhidão da depilação já passou, posso marcar?',
    '심장 두근거림 있는 사람도 마사지 받아도 되나요?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 Zulu: a lexicon of the core concepts', () => {
  it.each([
    ['zu', 'umama uwile phansi akaphenduli, sicela usizo', 'emergency'],
    ['zu', 'ubaba akakwazi ukuphefumula kahle futhi isifuba sibuhlungu', 'emergency'],
    ['zu', 'emva kokuhlinzwa nginomkhuhlane futhi ngiyagodola kakhulu', 'emergency'],
    ['zu', 'ngikhathele kakhulu, angifuni ukuphila manje', 'crisis'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  it.each(['sawubona, ngicela ukubhukha isikhathi sakusasa', 'ngiyabonga kakhulu ngosizo lwenu'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 37 "neither … nor" said as a pair denies the word after each (es, pt, pl)', () => {
  it.each([
    'el brazo del linfedema como siempre, ni rojo ni caliente, ¿me dan cita para el jueves?',
    'tengo la pantorrilla algo cargada pero ni hinchada ni roja, ¿puedo ir a la sesión?',
    'o braço do linfedema está como sempre, nem vermelho nem quente, tem horário na sexta?',
    'ręka z obrzękiem jak zwykle, ani czerwona, ani ciepła, czy mogę przyjść w piątek?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', 'el brazo del linfedema está rojo y caliente, ni fiebre ni escalofríos de momento'],
    ['es', 'desde el vuelo la pantorrilla izquierda está hinchada y caliente, ni idea de qué hacer'],
    ['pt', 'meu braço com linfedema está vermelho e quente, nem sei o que fazer'],
  ] as const)('%s: "%s" still alarms', (code, text) => urgent(code, text));
});
