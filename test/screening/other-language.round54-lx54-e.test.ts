import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 54 (lx54-e, dev sets 54I and 54J read): Amharic, Gujarati, Tamil and Punjabi. Examples written for this test, none
// from a test set: each concept added told in other words (blood vomited in another person, a tarry stool, better off
// without me, a goodbye letter; a clot sign on the right side, a pregnancy told by its month, the will to live spelt with
// "ઈ", ending it all tonight; skin turning black after lipo, finishing it all for oneself, no trouble to anyone; a racing
// heart that will not stop, a fall with no speech, blood running from a wound, a month of pregnancy, black skin after a
// BBL, poison bought), and calm messages that share their words.

describe('Amharic: vomited blood and a black stool, better off without me, a goodbye letter', () => {
  it.each([
    ['ትናንት ማታ ጀምሮ ሁለት ጊዜ ደም አስመለሰው፣ አሁን ደክሞታል', 'emergency'],
    ['ሰገራዬ እንደ ሬንጅ ጥቁር ሆኗል፣ ያዞረኛል', 'emergency'],
    ['ያለ እኔ ልጆቼ ይሻላቸዋል ብዬ አስባለሁ', 'crisis'],
    ['ለእናቴ የመሰናበቻ ደብዳቤ ትቻለሁ፣ በቃ ሰልችቶኛል', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('am', text, kind));

  it.each([
    'ባለፈው ዓመት ራሴን ሳትኩ፣ ሐኪሙ ምንም የለብህም አለኝ። ዛሬ ማሳጅ መያዝ እችላለሁ?',
    'ከቀዶ ጥገና በኋላ ማሳጅ ማድረግ ደም መርጋት ሊያመጣ ይችላል? ለማወቅ ብቻ ነው',
    'ከስራ ስለምለቅ ለባልደረቦቼ የስንብት ደብዳቤ ጻፍኩ፣ ዛሬ ማሳጅ ቀጠሮ አለኝ?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Gujarati: a clot sign on the right side, pregnancy by its month, the will to live, ending it all tonight', () => {
  it.each([
    ['ગયા મહિને ફ્લાઇટ પછી જમણી પિંડી સૂજી ગઈ છે અને ગરમ છે', 'emergency'],
    ['નવમો મહિનો છે, આંખો સામે તારા દેખાય છે અને માથું ફાટી જાય છે', 'emergency'],
    ['જીવવાની ઈચ્છા જ નથી રહી, થાકી ગયો છું', 'crisis'],
    ['આજે રાતે બધું પતાવી દઈશ, ગોળીઓ ભેગી કરી છે', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('gu', text, kind));

  it.each([
    'જીમમાં લેગ ડે પછી જમણો પગ દુખે છે અને થોડો ફૂલી ગયો છે, મસાજ થઈ શકે?',
    'ઓફિસનું બધું ખતમ કરીને જ ઘરે જઈશ, કાલે મસાજ બુક કરવું છે',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Tamil: skin turning black after surgery, finishing it all, no trouble to anyone; a heart attack as a figure', () => {
  it.each([
    ['lipo பண்ணி 4 நாள், தையல் பக்கத்துல தோல் கருப்பா மாறுது, ரொம்ப வலிக்குது', 'emergency'],
    ['வாழ்க்கையை முடிச்சுக்க போறேன், இனிமே யாருக்கும் பாரமா இருக்க மாட்டேன்', 'crisis'],
    ['நான் இல்லாம என் குடும்பம் நிம்மதியா இருப்பாங்க, இன்னைக்கு ராத்திரி எல்லாத்தையும் முடிச்சுக்கிறேன்', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ta', text, kind));

  it.each([
    'இந்த traffic-ல மாட்டி எனக்கு மாரடைப்பே வந்துடும் போல, appointment-ஐ 6 மணிக்கு மாத்த முடியுமா?',
    'மீட்டிங் முடிஞ்சதும் எல்லாத்தையும் முடிச்சுக்கலாம், அப்புறம் மசாஜ் போகலாம்',
    'facial பண்ணதுக்கு அப்புறம் கன்னம் கொஞ்சம் கருப்பா ஆயிடுச்சு',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Punjabi: a racing heart, a fall with no speech, bleeding from a wound, a month of pregnancy, black skin, poison bought', () => {
  it.each([
    ['ਮੇਰੀ ਧੜਕਣ ਤੇਜ਼ ਹੋ ਗਈ ਤੇ ਰੁਕ ਨਹੀਂ ਰਹੀ, ਚੱਕਰ ਆ ਰਹੇ ਨੇ', 'emergency'],
    ['ਬਾਪੂ ਜੀ ਵਿਹੜੇ ਵਿੱਚ ਡਿੱਗ ਗਏ, ਬੋਲਦੇ ਨਹੀਂ', 'emergency'],
    ['ਲਿਪੋ ਤੋਂ ਬਾਅਦ ਜ਼ਖ਼ਮ ਵਿੱਚੋਂ ਖੂਨ ਵਗ ਰਿਹਾ, ਚਾਦਰ ਭਿੱਜ ਗਈ', 'emergency'],
    ['ਅੱਠਵੇਂ ਮਹੀਨੇ ਵਿੱਚ ਹਾਂ, ਅੱਖਾਂ ਅੱਗੇ ਚਮਕ ਤੇ ਪਸਲੀਆਂ ਥੱਲੇ ਦਰਦ', 'emergency'],
    ['BBL surgery ਮਗਰੋਂ ਚਮੜੀ ਕਾਲੇ ਰੰਗ ਦੀ ਹੋ ਰਹੀ ਹੈ', 'emergency'],
    ['ਜ਼ਹਿਰ ਖਰੀਦ ਲਿਆ ਹੈ, ਅੱਜ ਰਾਤ ਸਭ ਖ਼ਤਮ', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('pa', text, kind));

  it.each([
    'ਕੱਲ੍ਹ ਪੈਰ ਸੁੱਜੇ ਸੀ ਗਰਮੀ ਕਰਕੇ, ਅੱਜ ਆਪੇ ਘੱਟ ਹੋ ਗਈ ਸੋਜ, ਮਸਾਜ ਬੁੱਕ ਕਰਨੀ ਹੈ',
    'ਭੰਗੜੇ ਤੋਂ ਬਾਅਦ ਦਿਲ ਤੇਜ਼ ਧੜਕ ਰਿਹਾ ਸੀ ਪਰ ਦੋ ਮਿੰਟ ਵਿੱਚ ਠੀਕ ਹੋ ਗਿਆ',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
