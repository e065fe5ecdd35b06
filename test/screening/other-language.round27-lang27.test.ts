import { conversation, replyOf, texts } from '../helpers/screening';
import {
  otherLanguage as language,
  readInOtherLanguage as read,
  type UrgentExample,
} from '../helpers/other-language-reading';

// Round 27 (lang27, issue 11 item 6): messages written for this test, not taken from any read set.

// Swahili and Indonesian/Malay had no lexicon: an emergency in them got "I speak English" (or nothing at all).
const URGENT: Record<string, readonly UrgentExample[]> = {
  sw: [
    ['Mume wangu ana maumivu makali kifuani na anatokwa na jasho baridi', 'emergency'],
    ['mtoto wangu hawezi kupumua vizuri, tafadhali nisaidie', 'emergency'],
    ['Bibi ameanguka jikoni na hajibu kabisa', 'emergency'],
    ['baada ya upasuaji wa lipo, mguu wangu wa kushoto umevimba na una joto', 'emergency'],
    ['ulimi wake umevimba baada ya mafuta mapya ya masaji', 'emergency'],
    ['nina mimba ya wiki 32 na nimeanza kutokwa na damu', 'emergency'],
    ['ghafla mkono wa kulia wa baba hauna nguvu na uso umepinda', 'emergency'],
    ['dada yangu anasema anataka kujiua', 'crisis'],
    ['nimechoka na maisha, familia itakuwa bora bila mimi, watakuwa bora bila mimi', 'crisis'],
  ],
  id: [
    ['Suami saya nyeri dada hebat dan berkeringat dingin', 'emergency'],
    ['ibu saya tiba tiba tidak bisa bernapas, tolong', 'emergency'],
    ['anak saya pingsan dan tidak sadar sejak tadi', 'emergency'],
    ['bibir dan lidah saya bengkak setelah pakai lulur baru', 'emergency'],
    ['wajah ayah tiba tiba mencong dan bicaranya pelo', 'emergency'],
    ['saya hamil 30 minggu dan keluar darah banyak', 'emergency'],
    ['lepas sedot lemak, betis kiri saya bengkak dan panas', 'emergency'],
    ['saya sudah tidak mau hidup lagi', 'crisis'],
    ['aku cuma beban bagi keluarga, lebih baik tanpa aku', 'crisis'],
  ],
};

const CALM: Record<string, readonly string[]> = {
  sw: [
    'Habari, naomba kupanga miadi ya masaji wiki ijayo',
    'Je, masaji hii inasaidia kuondoa sumu mwilini?',
    'sina homa wala maumivu ya kifua, nataka tu kujua bei',
    'baba alipata kiharusi miaka iliyopita, sasa yuko sawa. anaweza kufanyiwa masaji?',
  ],
  id: [
    'Halo, saya mau booking pijat limfatik untuk hari Sabtu',
    'muka saya sembab setiap bangun tidur, apakah pijat ini membantu?',
    'tidak ada nyeri dada atau sesak, saya hanya capek',
    'ayah saya kena serangan jantung tahun lalu, sekarang sudah sembuh. apakah aman dipijat?',
  ],
};

describe.each(Object.keys(URGENT))('round 27 urgent messages in %s', (code) => {
  it.each(URGENT[code] ?? [])('"%s" gets the %s advice in that language', (text, kind) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind, language: code });
    const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
    expect(reading?.text).toBe(advice);
  });
});

describe.each(Object.keys(CALM))('round 27 calm look-alikes in %s', (code) => {
  it.each(CALM[code] ?? [])('"%s" does not alarm and is told "I speak English" in that language', (text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

describe('round 27 a request for a person in Swahili', () => {
  it.each(['naomba kuongea na mtu wa timu yenu', 'tafadhali nipigie simu'])('"%s" is handed over in Swahili', (text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: 'sw', text: language('sw').handoffReply });
  });
});

// A story, a novel, a film or a video frames the sentence in every lexicon, as in English and Spanish; an all-clear told
// with its verb, and a check that found nothing (Turkish "-mış"), stand a past sign down.
describe('round 27 fiction frames and all-clears stand a message down', () => {
  it.each([
    ['it', 'Scrivo un giallo: il protagonista ha un infarto in palestra. Come reagirebbe il personale?'],
    ['de', 'In meinem Roman bekommt der Masseur einen Herzinfarkt. Wäre das realistisch?'],
    ['fr', "Dans le film d'hier soir, quelqu'un fait une crise cardiaque au hammam, c'est réaliste ?"],
    ['pt', 'Na novela das nove a protagonista teve um infarto na sauna, isso acontece mesmo?'],
    ['ru', 'Пишу рассказ: у героини инфаркт в бане. Как бы повёл себя персонал?'],
    ['ar', 'أكتب قصة والبطلة عندها نوبة قلبية في الساونا، هل هذا واقعي؟'],
    ['pl', 'Mąż stracił przytomność na weselu w sobotę, w szpitalu zrobili badania i wszystko jest w porządku. Może przyjść na masaż?'],
    ['tr', 'Kardeşimin nefes darlığı oldu, hastanede baktılar, bir şey yokmuş. Masaj olabilir mi?'],
  ])('%s: "%s" does not alarm', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

// `dated` reads numbers written as words ("hace dos años", "vor zwei Jahren"), and the dates other lexicons held in
// `notNow` moved to `timeWords`, so a present-time word keeps an old event's new sign now.
describe('round 27 numbers written as words date an event', () => {
  it.each([
    ['es', 'Mi madre tuvo un infarto hace dos años, ¿puede recibir drenaje linfático?'],
    ['fr', 'Mon père a fait un AVC il y a trois ans. Le drainage lymphatique est-il possible pour lui ?'],
    ['de', 'Meine Frau hatte vor zwei Jahren einen Herzinfarkt. Darf sie zur Lymphdrainage?'],
    ['sw', 'Baba alipata kiharusi miaka mitatu iliyopita. Je, anaweza kupata masaji?'],
  ])('%s: "%s" is history, not an emergency', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

describe('round 27 an old event with a sign today is now', () => {
  it.each([
    // A sign told in the present tense keeps the message now beside a date written in words (a past clot is context).
    ['pt', 'A panturrilha esquerda está inchada e doendo, tive trombose há dois anos'],
    ['fr', "J'ai mal au mollet gauche qui est gonflé, j'ai fait une phlébite il y a deux ans"],
    ['pl', 'Trzy lata temu miałam zakrzepicę, a dzisiaj łydka jest spuchnięta i gorąca'],
    ['ru', 'Инсульт был пять лет назад, а сегодня утром у мамы перекосило лицо'],
  ])('%s: "%s" gets the emergency advice', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });
});

// Arabic writes "و" (and) onto the next word; Standard Arabic says "I cannot" as "لا أستطيع" and "my lips" in the dual;
// breath is told as tight; Arabizi spells "I kill myself" with a leading 2 and a hurting heart as "albi bi2oja3ni".
describe('round 27 Arabic as people write it', () => {
  it.each([
    ['ar', 'عندي عملية تجميل الاسبوع الماضي وبطني صار قاسي زي الحجر'],
    ['ar', 'ابني لا يستطيع التنفس بعد اكل الفول السوداني'],
    ['ar', 'حطيت كريم جديد وشفتاي منتفختان'],
    ['ar', 'امي نفسها ضيق من الصبح وما تقدر تمشي'],
    ['ar-latn', 'ya albi bi2oja3ni kteer hala2, ma 3rft shu a3mel'],
  ])('%s: "%s" gets the emergency advice', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });
  it('"wallah ta3bet, bfakker e2tol 7ali" gets the crisis advice', () => {
    expect(read('wallah ta3bet, bfakker e2tol 7ali')).toMatchObject({ kind: 'crisis', language: 'ar-latn' });
  });
  it('"ابني يتمرن بالجيم ونفسه ضيق شوي بعد التمرين" (out of breath after a workout) does not alarm', () => {
    expect(read('ابني يتمرن بالجيم ونفسه ضيق شوي بعد التمرين')).toMatchObject({ kind: 'not_supported', language: 'ar' });
  });
});

// Hindi, Punjabi, Urdu, Persian and Bengali put the denial after the sign ("दर्द नहीं है", "درد ندارم", "ব্যথা নেই"): it
// denies the sign in its own clause, never past a comma or "but", never a sign made with "not" itself ("साँस नहीं आ
// रही"), and never a crisis told as an absence.
describe('round 27 a denial after the sign, in its clause', () => {
  it.each([
    ['hi-deva', 'छाती में कोई भारीपन नहीं है, मुझे बस मालिश का समय चाहिए'],
    ['pa', 'ਮੇਰੀ ਛਾਤੀ ਵਿੱਚ ਦਰਦ ਨਹੀਂ ਸੀ, ਮੈਂ ਸਿਰਫ਼ ਮਸਾਜ ਬਾਰੇ ਪੁੱਛ ਰਹੀ ਹਾਂ'],
    ['ur', 'سینے میں دباؤ نہیں ہے، صرف کمر میں اکڑاؤ ہے'],
    ['fa', 'تنگی نفس ندارم، فقط می‌خواهم بدانم ماساژ چقدر طول می‌کشد'],
    ['bn', 'বুকে কোনো চাপ নেই, শুধু পা একটু ভারী লাগে'],
  ])('%s: "%s" does not alarm', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
  it.each([
    ['hi-deva', 'बुखार नहीं है लेकिन सीने में तेज दर्द है'],
    ['hi-deva', 'दादी की साँस नहीं आ रही है'],
    ['hi-deva', 'पापा की सांस नहीं है, कुछ करो'],
    ['fa', 'تب ندارم ولی درد قفسه سینه ام شدید است'],
    ['fa', 'مادرم نبض نداره، چکار کنم'],
    ['bn', 'জ্বর নেই, কিন্তু বুকে খুব ব্যথা'],
    ['bn', 'দাদুর শ্বাস নেই'],
  ])('%s: "%s" still gets the emergency advice', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });
  it('"मैं हार गई हूं, अब मौत से डर नहीं है" (I have given up, no fear of death now) still gets the crisis advice', () => {
    expect(read('मैं हार गई हूं, अब मौत से डर नहीं है')).toMatchObject({ kind: 'crisis', language: 'hi-deva' });
  });
});

// Signs a lexicon had no words for: Ukrainian fits with a fall, Turkish blood told beside the vomiting, a French "je serai
// plus là" (ne dropped), a Vietnamese feverish child who will not wake, a Greek smile gone crooked.
describe('round 27 signs told in words the lexicons lacked', () => {
  it.each([
    ['uk', 'дідусь упав, у нього судоми і піна з рота', 'emergency'],
    ['tr', 'annem kusuyor ve kusmuğunda kan var, çok halsiz', 'emergency'],
    ['fr', "dans une semaine je serai plus là, c'est décidé, merci pour tout", 'crisis'],
    ['vi', 'bé nhà tôi sốt cao cả đêm, giờ lờ đờ khó đánh thức', 'emergency'],
    ['el-latn', 'h mana mou xamogelaei strava', 'emergency'],
    ['el-latn', 'o pappous mou den mporei na kounisei to xeri tou, ti na kano', 'emergency'],
  ])('%s: "%s" gets the %s advice', (code, text, kind) => {
    expect(read(text)).toMatchObject({ kind, language: code });
  });
  it.each([
    ['uk', 'вночі були судоми в литках після басейну, можна масаж ніг?'],
    ['fr', 'La semaine prochaine je serai plus là, je pars en vacances : on décale le rendez-vous ?'],
  ])('%s: "%s" does not alarm', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

// Korean typed without its spaces is read again with them taken out (words of two letters or more); Japanese says a sign
// as a predicate ("頭痛がひどい") and swelling as a verb ("むくんで").
describe('round 27 Korean without spaces, Japanese predicates', () => {
  it.each([
    ['ko', '할머니가숨을못쉬세요빨리요', 'emergency'],
    ['ko', '남편이가슴이조여온다고하고식은땀을흘려요', 'emergency'],
    ['ko', '아빠가갑자기쓰러졌어요', 'emergency'],
    ['ja', '妊娠34週です。昨日から顔と指がむくんでいて、頭痛がすごいです', 'emergency'],
  ])('%s: "%s" gets the %s advice', (code, text, kind) => {
    expect(read(text)).toMatchObject({ kind, language: code });
  });
  it.each([
    ['ko', '가슴이아프지않아요그냥마사지예약하고싶어요'],
    ['ko', '요즘피곤해서림프마사지받고싶어요'],
    ['ja', '妊娠中ですが、頭痛はひどくないです。マッサージの予約はできますか'],
  ])('%s: "%s" does not alarm', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

// Tamil had no lexicon; its words change their last letter when inflected ("பாரம்", "பாரமா"), so signs are word starts.
describe('round 27 Tamil', () => {
  it.each([
    ['அப்பாவுக்கு நெஞ்சில் பாரமா இருக்கு, வியர்வை கொட்டுது', 'emergency'],
    ['அம்மாவுக்கு மூச்சு விட முடியல, உதவி செய்யுங்க', 'emergency'],
    ['பாட்டிக்கு திடீர்னு முகம் ஒரு பக்கமா கோணலா போச்சு', 'emergency'],
    ['எனக்கு வாழ பிடிக்கல, எல்லாருக்கும் பாரமா இருக்கேன்', 'crisis'],
  ])('"%s" gets the %s advice in Tamil', (text, kind) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind, language: 'ta' });
    expect(reading?.text).toBe(kind === 'crisis' ? language('ta').crisisAdvice : language('ta').emergencyAdvice);
  });
  it.each(['எனக்கு நெஞ்சு வலி இல்லை, மசாஜ் புக் பண்ணணும்', 'வணக்கம், மசாஜ் ஒரு மணி நேரத்துக்கு எவ்வளவு?'])(
    '"%s" does not alarm and is told "I speak English" in Tamil',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'not_supported', language: 'ta' });
    },
  );
});

describe('round 27 new lexicons through the whole bot', () => {

  it.each([
    ['sw', 'emergency', 'mke wangu hawezi kupumua na midomo yake ni ya bluu'],
    ['id', 'crisis', 'aku capek hidup, pengen mati aja'],
    ['ta', 'emergency', 'தாத்தாவுக்கு நெஞ்சு வலி, வியர்த்து கொட்டுது'],
  ] as const)('a %s %s gets the urgent advice in that language, with a person to talk to', async (code, kind, text) => {
    const chat = await conversation();
    const replies = await chat.say(text);
    const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
    expect(texts(replies)).toEqual([advice]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(replyOf(replies[0])?.choices?.[0]?.label).toBe(language(code).talkToPerson);
  });

  it('a calm Swahili question gets "I speak English" in Swahili, never a health check', async () => {
    const chat = await conversation();
    const replies = await chat.say('Habari, baada ya kazi ndefu miguu yangu huchoka sana, masaji gani inafaa?');
    expect(texts(replies)).toEqual([language('sw').notSupported]);
    expect(replyOf(replies[0])?.kind).not.toBe('urgent');
  });
});

// Hebrew had no lexicon; it writes "ו", "ה", "ב" onto the next word ("בחזה", "הניתוח").
describe('round 27 Hebrew', () => {
  it.each([
    ['סבתא שלי לא מצליחה לנשום והשפתיים שלה כחולות', 'emergency'],
    ['יש לי לחץ חזק בחזה ואני מזיע מאוד', 'emergency'],
    ['שבוע אחרי שאיבת שומן הבטן קשה כמו אבן', 'emergency'],
    ['נמאס לי לחיות, כולם יהיו טוב יותר בלעדיי', 'crisis'],
  ])('"%s" gets the %s advice in Hebrew', (text, kind) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind, language: 'he' });
    expect(reading?.text).toBe(kind === 'crisis' ? language('he').crisisAdvice : language('he').emergencyAdvice);
  });
  it.each(['אין לי כאבים בחזה, רק רוצה לקבוע תור לעיסוי', 'בשלב הזה אני רוצה רק עיסוי רגליים, אפשר מחר?'])(
    '"%s" does not alarm and is told "I speak English" in Hebrew',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'not_supported', language: 'he' });
    },
  );
});

describe('round 27 a Malay or Indonesian question whether a massage helps is no emergency', () => {
  it.each(['Apakah pijat limfatik bisa membantu betis yang bengkak sesudah naik pesawat 12 jam?'])('"%s" does not alarm', (text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: 'id' });
  });
});
