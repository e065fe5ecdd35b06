import { conversation, replyOf, texts } from '../helpers/screening';
import {
  otherLanguage as language,
  readInOtherLanguage as read,
  type UrgentExample,
} from '../helpers/other-language-reading';

// Round 26 (lang26b, issue 11 item 6): emergency lexicons for Vietnamese, Hindi in Devanagari, Punjabi in Gurmukhi,
// Urdu, Persian and Bengali. Each urgent message (typed with or without accents, third person, inside an English
// sentence) gets the urgent advice in its own language; each calm look-alike (a booking, a safety question, a past
// event, a figure of speech) does not alarm; a request for a person is handed to the team with a line in that language.
// Messages written for this test, not taken from any read set.

const URGENT: Record<string, readonly UrgentExample[]> = {
  vi: [
    ['Tôi bị đau ngực dữ dội và vã mồ hôi lạnh', 'emergency'],
    ['me toi khong tho duoc, cuu voi', 'emergency'],
    ['Bố tôi đột nhiên méo miệng và nói ngọng', 'emergency'],
    ['sau khi hút mỡ tuần trước, bắp chân trái sưng và nóng', 'emergency'],
    ['con tôi bị sưng môi và lưỡi sau khi ăn tôm', 'emergency'],
    ['chồng tôi bất tỉnh, gọi không tỉnh', 'emergency'],
    ['tôi đang mang thai 34 tuần, nhìn mờ và đau đầu dữ dội', 'emergency'],
    ['vết mổ chảy máu không ngừng sau căng da bụng', 'emergency'],
    ['my grandma đột nhiên yếu nửa người, tay trái không cử động, what do I do', 'emergency'],
    ['tôi không muốn sống nữa', 'crisis'],
    ['tôi là gánh nặng cho mọi người, mọi người sẽ tốt hơn khi không có tôi', 'crisis'],
    ['tôi đã gom thuốc, tối nay sẽ uống hết một lần', 'crisis'],
  ],
  'hi-deva': [
    ['मुझे सीने में तेज दर्द है और ठंडा पसीना आ रहा है', 'emergency'],
    ['माँ की सांस नहीं आ रही है, जल्दी बताओ', 'emergency'],
    ['पापा का चेहरा अचानक एक तरफ लटक गया है', 'emergency'],
    ['लिपो के बाद मेरी बाईं पिंडली सूज गई है और गरम है', 'emergency'],
    ['बेटे के होंठ और जीभ सूज गए हैं, सांस में दिक्कत', 'emergency'],
    ['मैं गर्भवती हूँ, आँखों के आगे चमक और तेज सिरदर्द', 'emergency'],
    ['मैं अब जीना नहीं चाहता', 'crisis'],
    ['मैं सब पर बोझ हूं, मेरे बिना सब खुश रहेंगे', 'crisis'],
  ],
  pa: [
    ['ਮੇਰੀ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ ਤੇ ਠੰਡਾ ਪਸੀਨਾ ਆ ਰਿਹਾ', 'emergency'],
    ['ਬੀਬੀ ਜੀ ਨੂੰ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ', 'emergency'],
    ['ਪਾਪਾ ਦਾ ਮੂੰਹ ਅਚਾਨਕ ਟੇਢਾ ਹੋ ਗਿਆ', 'emergency'],
    ['ਉਹ ਬੇਹੋਸ਼ ਹੋ ਗਏ ਹਨ ਤੇ ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਹੇ', 'emergency'],
    ['ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ', 'crisis'],
    ['ਮੈਂ ਸਭ ਤੇ ਬੋਝ ਹਾਂ', 'crisis'],
  ],
  fa: [
    ['قفسه سینه ام درد شدید دارد و عرق سرد کردم', 'emergency'],
    ['مادرم نمی‌تواند نفس بکشد', 'emergency'],
    ['پدرم یهو صورتش کج شد و نمیتونه حرف بزنه', 'emergency'],
    ['بعد از لیپو ساق پای چپم ورم کرده و داغه', 'emergency'],
    ['بعد از نیش زنبور لبهاش ورم کرده و نفسش سخته', 'emergency'],
    ['میخوام بمیرم، دیگه خسته شدم', 'crisis'],
    ['من سربار همه هستم، بدون من بهتر هستند', 'crisis'],
  ],
  ur: [
    ['میرے سینے میں شدید درد ہے اور پسینہ آ رہا ہے', 'emergency'],
    ['امی کو سانس نہیں آ رہی', 'emergency'],
    ['ابو کا چہرہ اچانک ٹیڑھا ہو گیا ہے', 'emergency'],
    ['میں حاملہ ہوں اور آنکھوں کے آگے چمک اور شدید سر درد ہے', 'emergency'],
    ['میں اب جینا نہیں چاہتا', 'crisis'],
    ['میں سب پر بوجھ ہوں، میرے بغیر سب خوش رہیں گے', 'crisis'],
  ],
  bn: [
    ['আমার বুকে খুব ব্যথা আর ঠান্ডা ঘাম হচ্ছে', 'emergency'],
    ['মা শ্বাস নিতে পারছে না', 'emergency'],
    ['বাবার মুখ হঠাৎ একদিকে বেঁকে গেছে', 'emergency'],
    ['লাইপোর পরে আমার বাম পায়ে ফোলা আর গরম', 'emergency'],
    ['আমি আর বাঁচতে চাই না', 'crisis'],
    ['আমি সবার বোঝা, আমি না থাকলে সবাই ভালো থাকবে', 'crisis'],
  ],
};

const CALM: Record<string, readonly string[]> = {
  vi: [
    'Massage dẫn lưu bạch huyết có giúp giảm sưng sau phẫu thuật không?',
    'Tôi mới mổ hút mỡ, tôi nên đặt gói nào?',
    'hôm nay mệt muốn chết, có lịch trống không?',
    'từ từ thôi, tôi muốn đặt lịch thứ bảy',
    'bố tôi bị tai biến 3 năm trước, giờ đã ổn rồi, có massage được không?',
    'Massage có an toàn không nếu tôi từng bị cục máu đông?',
  ],
  'hi-deva': [
    'नमस्ते, मुझे मालिश के लिए अपॉइंटमेंट चाहिए',
    'पापा को पांच साल पहले दिल का दौरा पड़ा था, अब ठीक हैं। क्या मसाज सुरक्षित है?',
    'क्या मसाज से खून का थक्का हो सकता है क्या?',
    'मेरे दोनों पैर शाम को सूज जाते हैं, क्या मालिश से फायदा होगा?',
  ],
  pa: ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮਸਾਜ ਦਾ ਕੀ ਰੇਟ ਹੈ?', 'ਮੰਮੀ ਨੂੰ ਸਾਲ ਪਹਿਲਾਂ ਲਕਵਾ ਹੋਇਆ ਸੀ, ਹੁਣ ਠੀਕ ਹਨ'],
  fa: [
    'سلام، میخواهم برای ماساژ نوبت بگیرم',
    'پدرم چند سال پیش سکته قلبی کرد، الان خوبه. ماساژ براش خطر داره؟',
    'از قیمت‌ها نزدیک بود غش کنم خخخ',
  ],
  ur: ['السلام علیکم، مجھے مساج کی بکنگ کرنی ہے', 'ابو کو دو سال پہلے فالج ہوا تھا، اب ٹھیک ہیں'],
  bn: ['নমস্কার, আমি একটা ম্যাসাজ বুক করতে চাই', 'বাবার দুই বছর আগে স্ট্রোক হয়েছিল, এখন ভালো আছেন'],
};

const HANDOFF: Record<string, readonly string[]> = {
  vi: ['Cho tôi nói chuyện với nhân viên được không?', 'làm ơn gọi lại cho tôi'],
  'hi-deva': ['क्या मैं किसी इंसान से बात कर सकता हूं?', 'मुझे कॉल करें'],
  pa: ['ਮੈਂ ਕਿਸੇ ਬੰਦੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ'],
  fa: ['میخوام با یک نفر صحبت کنم', 'لطفا با من تماس بگیرید'],
  ur: ['مجھے کسی انسان سے بات کرنی ہے'],
  bn: ['আমি একজন মানুষের সাথে কথা বলতে চাই'],
};

describe.each(Object.keys(URGENT))('round 26 urgent messages in %s', (code) => {
  it.each(URGENT[code] ?? [])('"%s" gets the %s advice in that language', (text, kind) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind, language: code });
    const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
    expect(reading?.text).toBe(advice);
  });
});

describe.each(Object.keys(CALM))('round 26 calm look-alikes in %s', (code) => {
  it.each(CALM[code] ?? [])('"%s" does not alarm and is told "I speak English" in that language', (text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

describe.each(Object.keys(HANDOFF))('round 26 requests for a person in %s', (code) => {
  it.each(HANDOFF[code] ?? [])('"%s" is handed to the team with a line in that language', (text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code, text: language(code).handoffReply });
  });
});

describe('round 26 folding: one word however it was typed', () => {
  it.each([
    ['vi', 'TOI BI DAU NGUC, KHO THO QUA'],
    ['vi', 'dau nguc va va mo hoi lanh'],
    // Nukta typed as its own mark or not at all; candrabindu as anusvara.
    ['hi-deva', 'मेरे होंठ और जीभ सूज गए हैं, साँस में दिक़्क़त'],
    ['hi-deva', 'मेरे होंठ और जीभ सूज गए हैं, सांस में दिक्कत'],
    // Gurmukhi with and without the addak.
    ['pa', 'ਮੇਰੀ ਛਾਤੀ ਵਿਚ ਬਹੁਤ ਦਰਦ ਹੈ'],
    // Persian typed on an Arabic keyboard (ي and ك for ی and ک), and with spaces for the zero-width non-joiner.
    ['fa', 'مادرم نمي تواند نفس بكشد'],
    ['fa', 'مادرم نمیتواند نفس بکشد'],
    // Urdu typed with the Arabic ه for ہ and ھ.
    ['ur', 'امي كو سانس نهيں آ رهي'],
  ])('a %s emergency: "%s"', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });

  it.each([
    ['hi-deva', 'बिना दवा के। सांस नहीं आ रही'],
    ['ur', 'بغیر دوا کے۔ سانس نہیں آ رہی'],
  ])('a danda or an Urdu full stop ends the sentence a "without" was in (%s): "%s"', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });
});

describe('round 26 languages inside an English sentence', () => {
  it.each([
    ['hi-deva', 'sorry my English, पापा को सीने में दर्द है and he is sweating'],
    ['bn', 'please help, মা শ্বাস নিতে পারছে না'],
    ['fa', 'I am writing for my mother, مادرم نمی‌تواند نفس بکشد'],
  ])('reads the %s words: "%s"', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });

  it.each([
    'chest pain and sweating',
    'my mum has chest pain',
    'I cant breathe',
    'can I book a massage on Saturday?',
  ])('an English message is still English: "%s"', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('round 26 languages through the whole bot', () => {

  it.each([
    ['vi', 'emergency', 'mẹ tôi không thở được, môi tím tái'],
    ['ur', 'crisis', 'میں اب جینا نہیں چاہتا'],
  ] as const)(
    'a %s %s gets the urgent advice in that language, with a person to talk to',
    async (code, kind, text) => {
      const chat = await conversation();
      const replies = await chat.say(text);
      const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
      expect(texts(replies)).toEqual([advice]);
      expect(replyOf(replies[0])?.kind).toBe('urgent');
      expect(replyOf(replies[0])?.choices?.[0]?.label).toBe(language(code).talkToPerson);
    },
  );

  it('a calm Bengali booking gets "I speak English" in Bengali, not the urgent card', async () => {
    const chat = await conversation();
    const replies = await chat.say('নমস্কার, আমি একটা ম্যাসাজ বুক করতে চাই');
    expect(texts(replies)).toEqual([language('bn').notSupported]);
    expect(replyOf(replies[0])?.kind).not.toBe('urgent');
  });
});
