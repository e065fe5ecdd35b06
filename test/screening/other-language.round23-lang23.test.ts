import { conversation, replyOf, texts } from '../helpers/screening';
import {
  otherLanguage as language,
  readInOtherLanguage as read,
  type UrgentExample,
} from '../helpers/other-language-reading';

// Round 23 (lang23, issue 11 item 6): emergency and crisis lexicons for Tagalog, Greek, Ukrainian, Russian and Arabic. Each
// urgent message (typos, no accents, third person, mixed with English) must get the urgent advice in its own language; each
// calm look-alike (a booking, a question about safety after a clot, a past event, a figure of speech) must not alarm.
// Messages written for this test, not taken from any read set.

const URGENT: Record<string, readonly UrgentExample[]> = {
  tl: [
    ['Ang sakit ng dibdib ko, parang may nakadagan na mabigat, pawis na pawis ako', 'emergency'],
    ['hindi makahinga yung tatay ko, tulong po', 'emergency'],
    ['si lola biglang tumabingi ang mukha at hindi makapagsalita', 'emergency'],
    ['after ng lipo ko last week, namamaga at mainit yung kaliwang binti ko', 'emergency'],
    ['namamaga ang labi at dila ng anak ko after kumain ng hipon', 'emergency'],
    ['nahimatay si mama sa banyo, walang malay siya ngayon', 'emergency'],
    ['7 months buntis ako, malabo ang paningin ko at sobrang sakit ng ulo', 'emergency'],
    ['dumudugo pa rin yung sugat ko after ng tummy tuck, hindi tumitigil', 'emergency'],
    ['may lagnat ako after ng bbl at parang nalilito na ako', 'emergency'],
    ['nakainom ng zonrox yung bunso ko', 'emergency'],
    ['ayoko nang mabuhay, pagod na ako sa lahat', 'crisis'],
    ['pabigat lang ako sa pamilya ko, mas masaya sila kung wala ako', 'crisis'],
    ['iniipon ko ang gamot ko, iinumin ko lahat ngayong gabi', 'crisis'],
    ['hindi ko na kaya, may plano na ako', 'crisis'],
  ],
  el: [
    ['Πονάω πολύ στο στήθος και ιδρώνω', 'emergency'],
    ['ponao... sorry: πονοσ στο στηθοσ και βαρος στο χερι', 'emergency'],
    ['Ο πατέρας μου δεν μπορεί να αναπνεύσει!', 'emergency'],
    ['ξαφνικα στραβωσε το στομα της γιαγιας και δεν μπορει να μιλησει', 'emergency'],
    ['μετά τη λιποαναρρόφηση η αριστερή γάμπα είναι πρησμένη και ζεστή', 'emergency'],
    ['Πρήστηκαν τα χείλη και η γλώσσα του μετά από τσίμπημα σφήκας', 'emergency'],
    ['λιποθύμησε η μαμά μου και δεν αντιδρά', 'emergency'],
    ['είμαι έγκυος 32 εβδομάδων και βλέπω φωτάκια με δυνατό πονοκέφαλο', 'emergency'],
    ['το παιδί ήπιε χλωρίνη', 'emergency'],
    ['έχω πυρετό μετά την κοιλιοπλαστική και ρίγη', 'emergency'],
    ['δεν θέλω να ζω άλλο', 'crisis'],
    ['ειμαι βαρος σε ολους, θα ηταν καλυτερα χωρις εμενα', 'crisis'],
    ['εχω μαζεψει χαπια και θα τα παρω αποψε', 'crisis'],
    ['Συγγνώμη για όλα. Δεν θα με ξαναδείτε.', 'crisis'],
  ],
  uk: [
    ['Дуже болить у грудях, тисне і віддає в руку', 'emergency'],
    ['мамі нема чим дихати, допоможіть', 'emergency'],
    ['У тата раптом перекосило обличчя і він не може говорити', 'emergency'],
    ['після ліпосакції ліва нога набрякла і гаряча', 'emergency'],
    ['набряк губ і язика після укусу бджоли, важко ковтати', 'emergency'],
    ['чоловік знепритомнів і не реагує', 'emergency'],
    ['я вагітна, 34 тижні, мушки перед очима і сильний головний біль', 'emergency'],
    ['кров не зупиняється після абдомінопластики, пов\'язка промокла', 'emergency'],
    ['температура після операції і він мене не впізнає', 'emergency'],
    ['не хочу жити', 'crisis'],
    ['я всім тягар, без мене всім буде краще', 'crisis'],
    ['збираю таблетки, щоб випити всі таблетки разом', 'crisis'],
    ['Пробачте за все. Не шукайте мене.', 'crisis'],
  ],
  ru: [
    ['Сильно болит в груди и давит, весь в холодном поту', 'emergency'],
    ['мужу нечем дышать!!', 'emergency'],
    ['У бабушки вдруг перекосило лицо, и речь невнятная', 'emergency'],
    ['после липосакции правая нога отекла и горячая', 'emergency'],
    ['после укуса осы опух язык и трудно глотать', 'emergency'],
    ['она потеряла сознание и не дышит', 'emergency'],
    ['беременна 30 недель, мушки перед глазами и сильная головная боль', 'emergency'],
    ['кровотечение не останавливается после операции', 'emergency'],
    ['my mom не может дышать, help', 'emergency'],
    ['ребенок выпил отбеливатель', 'emergency'],
    ['Не хочу жить.', 'crisis'],
    ['я обуза для семьи, без меня всем будет лучше', 'crisis'],
    ['коплю таблетки, скоро выпью все таблетки сразу', 'crisis'],
    ['хочу спрыгнуть с моста, больше не могу', 'crisis'],
  ],
  ar: [
    ['عندي الم في صدري قوي وعرق بارد', 'emergency'],
    ['ابوي ما يقدر يتنفس بسرعة ساعدوني', 'emergency'],
    ['امي فجأة وجهها مال وما تقدر تتكلم', 'emergency'],
    ['بعد عملية شفط الدهون رجلي اليسرى متورمة وساخنة', 'emergency'],
    ['لسانه انتفخ بعد ما اكل فول سوداني وصار عنده ضيق تنفس', 'emergency'],
    ['اغمي عليها وما تستجيب', 'emergency'],
    ['انا حامل في الشهر الثامن وعندي زغللة وصداع شديد', 'emergency'],
    ['نزيف ما يوقف بعد شد البطن', 'emergency'],
    ['my son شرب كلور please help', 'emergency'],
    ['عندي حرارة بعد الـ bbl وابي مشوش ما يعرفني', 'emergency'],
    ['ما ابي اعيش خلاص', 'crisis'],
    ['انا عبء على الكل، احسن لهم بدوني', 'crisis'],
    ['جمعت حبوب وبكرة باخذ كل الحبوب', 'crisis'],
    ['سامحوني على كل شي، هذي اخر رسالة', 'crisis'],
  ],
};

const CALM: Record<string, readonly string[]> = {
  tl: [
    'Magkano po ang lymphatic drainage massage ninyo?',
    'Pwede po ba magpa-book ng session sa Sabado?',
    'Ligtas ba ang masahe kung nagka-blood clot ako noon?',
    'Na-stroke si lolo noon pang 2019, okay na siya ngayon, pwede ba siya magpamasahe?',
    'Grabe, muntik na akong himatayin sa presyo hahaha',
    'namamaga ang lalamunan ko dahil sa sipon, pwede pa rin ba ako pumunta?',
    'salamat po sa session kanina, ang gaan ng pakiramdam ko',
    'ilang session po ang kailangan after ng lipo?',
  ],
  el: [
    'Γεια σας, θέλω να κλείσω ραντεβού για μασάζ λεμφικής παροχέτευσης',
    'Είναι επικίνδυνο το μασάζ αν είχα θρόμβωση πριν χρόνια;',
    'Πόσες συνεδρίες χρειάζομαι μετά τη λιποαναρρόφηση;',
    'Παραλίγο να λιποθυμήσω από τις τιμές χαχα',
    'Ο μπαμπάς μου είχε έμφραγμα πριν χρόνια, τώρα είναι καλά. Μπορεί να κάνει μασάζ;',
    'Ευχαριστώ πολύ για σήμερα!',
    'Έχω πρηστά πόδια και στα δύο πόδια το καλοκαίρι, βοηθάει το μασάζ;',
    'Πονάει λίγο η μέση μου μετά το γυμναστήριο',
  ],
  uk: [
    'Добрий день, хочу записатися на лімфодренажний масаж',
    'Чи можна робити масаж після тромбозу?',
    'Скільки сеансів потрібно після ліпосакції?',
    'Тато переніс інсульт три роки тому, зараз все добре',
    'Дякую за сеанс, дуже сподобалось',
    'У мене судоми в ногах ночами, масаж допоможе?',
    'Ледь не знепритомніла від ціни, ахаха',
    'Набряк обох ніг увечері, це нормально?',
  ],
  ru: [
    'Здравствуйте, хочу записаться на лимфодренажный массаж',
    'Можно ли делать массаж после тромбоза?',
    'Сколько сеансов нужно после липосакции?',
    'У мамы был инфаркт много лет назад, сейчас все хорошо',
    'Спасибо за сеанс!',
    'У меня судороги в икрах по ночам, массаж поможет?',
    'Чуть в обморок не упала от цены, ахах',
    'Отеки на обеих ногах к вечеру, это нормально?',
  ],
  ar: [
    'السلام عليكم، ابي احجز موعد مساج تصريف لمفاوي',
    'هل المساج امن بعد جلطة في الرجل قبل سنين؟',
    'كم جلسة احتاج بعد شفط الدهون؟',
    'شكرا على الجلسة اليوم',
    'كان عندي نوبة قلبية قبل سنوات والحين بخير، ممكن مساج؟',
    'زوري متورم من الزكام، اقدر اجي للموعد؟',
    'كم سعر الجلسة؟',
    'رجلي الثنتين منتفخة آخر اليوم، هل المساج يفيد؟',
  ],
};

describe.each(Object.keys(URGENT))('round 23 urgent messages in %s', (code) => {
  it.each(URGENT[code] ?? [])('"%s" gets the %s advice in that language', (text, kind) => {
    const reading = read(text);
    expect(reading?.kind).toBe(kind);
    const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
    expect(reading?.text).toBe(advice);
  });
});

describe.each(Object.keys(CALM))('round 23 calm look-alikes in %s', (code) => {
  it.each(CALM[code] ?? [])('"%s" does not alarm', (text) => {
    expect(['emergency', 'crisis']).not.toContain(read(text)?.kind);
  });
});

describe('round 23 languages through the whole bot', () => {

  it.each([
    ['tl', 'emergency', 'tulong po, hindi makahinga ang asawa ko at nangingitim ang labi'],
    ['ar', 'emergency', 'ابوي عنده الم في صدره وعرق بارد'],
    ['ar', 'crisis', 'ما ابي اعيش، انا عبء على الكل'],
    ['ru', 'emergency', 'у мамы вдруг перекосило лицо'],
  ] as const)('a %s %s gets the urgent advice in that language and holds suggestions', async (code, kind, text) => {
    const chat = await conversation();
    const replies = await chat.say(text);
    const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
    expect(texts(replies)).toEqual([advice]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(replyOf(replies[0])?.choices?.[0]?.label).toBe(language(code).talkToPerson);
    expect(await chat.safetyHoldSince()).toBeDefined();
  });

  it('a calm Greek booking gets "I speak English" in Greek, not the urgent card', async () => {
    const chat = await conversation();
    const replies = await chat.say('Γεια σας, θέλω να κλείσω ραντεβού για μασάζ αύριο');
    expect(texts(replies)).toEqual([language('el').notSupported]);
    expect(replyOf(replies[0])?.kind).not.toBe('urgent');
  });
});

describe('round 23 folding and language detection of Greek, Cyrillic and Arabic script', () => {
  it.each([
    ['el', 'ΠΟΝΑΕΙ ΠΟΛΥ ΤΟ ΣΤΗΘΟΣ ΤΟΥ ΚΑΙ ΙΔΡΩΝΕΙ'],
    ['el', 'ponaei? οχι: πονάει το στήθος της, πίεση σαν βάρος'],
    ['ar', 'عنده الـــم في صـــدره'],
    ['ar', 'عندها حراره بعد عمليه شفط ومشوشه'],
    ['ar', 'أمي لا تتنفس'],
    ['ru', 'ОНА НЕ ДЫШИТ'],
    ['uk', 'Їй раптом перекосило обличчя'],
  ])('reads a %s message whatever its case, accents, tatweel or spelling of ة: "%s"', (code, text) => {
    const reading = read(text);
    expect(reading?.kind).toBe('emergency');
    expect(reading?.language).toBe(code);
  });

  it.each([
    ['uk', 'Добрий день, чи є вільний час у п’ятницю?'],
    ['ru', 'Здравствуйте, есть ли свободное время в пятницу?'],
    ['el', 'Καλησπέρα, έχετε ελεύθερο ραντεβού την Παρασκευή;'],
    ['ar', 'مرحبا، هل عندكم موعد يوم الجمعة؟'],
    ['tl', 'Magandang araw po, may bakante ba kayo sa Biyernes? salamat po'],
  ])('tells a calm %s message its language: "%s"', (code, text) => {
    const reading = read(text);
    expect(reading?.kind).toBe('not_supported');
    expect(reading?.language).toBe(code);
  });
});

describe('round 23 a Cyrillic, Greek or Arabic emergency inside an English frame', () => {
  it.each([
    ['ru', 'my mom is here and она не может дышать, what do I do'],
    ['uk', 'sorry for my English, у тата раптом перекосило обличчя, what should I do'],
    ['el', 'I am writing for my father, έχει πόνο στο στήθος and he is sweating'],
    ['ar', 'please help me, my father ما يقدر يتنفس and I am alone'],
  ])('reads the %s words: "%s"', (code, text) => {
    const reading = read(text);
    expect(reading?.kind).toBe('emergency');
    expect(reading?.language).toBe(code);
  });
});
