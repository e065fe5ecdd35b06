import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 54 (lx54-b, dev set 54C read): Amharic, Gujarati, Tamil and Punjabi in Gurmukhi. Examples written for this test, none
// from a test set: each concept added told in other words, and calm messages that share its words.

describe('Amharic: a clot in one leg, a stroke told by the face, speech or a limb, fever after an operation, numbness after liposuction, a burden', () => {
  it.each([
    ['ከበረራ በኋላ የግራ እግሬ አብጧል እና ያመኛል', 'emergency'],
    ['ከሊፖ በኋላ የቀኝ ጭኔ ብቻ አብጧል፣ ሲነኩት ይሞቃል', 'emergency'],
    ['እናቴ ንግግሯ ተኮላተፈ፣ ምን ላድርግ', 'emergency'],
    ['ባለቤቴ በድንገት ግራ እጁን ማንቀሳቀስ አልቻለም', 'emergency'],
    ['የአያቴ ፊት አንድ በኩል ተንጠለጠለ', 'emergency'],
    ['ከbbl ወዲህ ትኩሳት አለብኝ፣ እየተንቀጠቀጥኩ ነው', 'emergency'],
    ['በቁስሉ ዙሪያ ያለው ቅላት እየተስፋፋ ነው', 'emergency'],
    ['ከቀዶ ጥገናው በኋላ ምላሴ ደንዝዟል፣ የብረት ጣዕም ይሰማኛል', 'emergency'],
    ['ለቤተሰቤ ሸክም ሆኛለሁ፣ እኔ ባልኖር ይሻላቸዋል', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('am', text, kind));

  it.each([
    'ትናንት ጂም ስሮጥ ነበር፣ ዛሬ እግሬ ያመኛል፣ ሁለቱም እግሮቼ ደክመዋል',
    'ይሄ ቦርሳ ለኔ ሸክም ነው፣ በጣም ከባድ ነው',
    'ከሊፖ በኋላ የትኩሳት ምልክቶች ምንድን ናቸው?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Gujarati: breath short or wheezing, about to faint, the throat closing with hives, the baby not moving, a burden', () => {
  it.each([
    ['મમ્મીને અચાનક શ્વાસ ચડે છે, બોલી પણ નથી શકતી', 'emergency'],
    ['ઓપરેશન પછી શ્વાસ લેવામાં બહુ મુશ્કેલી પડે છે', 'emergency'],
    ['પપ્પાને ઠંડો પરસેવો વળે છે અને આંખે અંધારા આવે છે', 'emergency'],
    ['નવી ક્રીમ પછી શીળસ નીકળી છે અને ગળામાં ભીંસ લાગે છે', 'emergency'],
    ['પેટમાં બાળક સવારથી ફરકતું નથી, હું 34 અઠવાડિયાની છું', 'emergency'],
    ['હું બધા પર બોજ બની ગઈ છું, મારા વગર બધા સુખી રહેશે', 'crisis'],
    ['મારો મિત્ર આપઘાત કરવાનું કહે છે', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('gu', text, kind));

  it.each([
    'દોડ્યા પછી શ્વાસ ચડે છે, કસરત પછી સામાન્ય છે?',
    'હું બજારમાં છું, બધા માટે કંઈક લાવું?',
    'મારા દીકરાને ચકામા થયા છે, એલર્જી હશે, શ્વાસ બરાબર છે',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Tamil: a clot after a flight, a fit, no breath, the throat closing, fever and spreading redness, numbness after liposuction', () => {
  it.each([
    ['flight-ல இருந்து இறங்கினதும் இடது காலு வீங்கி வலிக்குது', 'emergency'],
    ['இடது கெண்டைக்கால் மட்டும் வீங்கி சூடா இருக்கு', 'emergency'],
    ['அப்பாவுக்கு கை கால் வெட்டி வெட்டி இழுக்குது', 'emergency'],
    ['பாட்டிக்கு மூச்சு இல்ல, என்ன செய்யணும்', 'emergency'],
    ['புது cream போட்டதும் உடம்பெல்லாம் தடிப்பு, தொண்டை அடைக்குது', 'emergency'],
    ['surgery-க்கு அப்புறம் காய்ச்சல், நடுக்கமா இருக்கு', 'emergency'],
    ['தையல் சுத்தி சிவப்பு பரவிக்கிட்டே இருக்கு', 'emergency'],
    ['லைப்போ முடிஞ்சதும் நாக்கு மரத்துப்போச்சு', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ta', text, kind));

  it.each([
    'ரெண்டு காலும் சாயங்காலம் வீங்குது, ரொம்ப நேரம் நின்னதால',
    'போன வாரம் அம்மாவுக்கு மயக்கம் வந்தது, டாக்டர் பார்த்தாங்க, இப்போ சரியாயிட்டாங்க',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Punjabi in Gurmukhi: a sudden worst headache, pregnancy in English letters, not wanting to live said the spoken way', () => {
  it.each([
    ['ਇੱਕਦਮ ਸਿਰ ਵਿੱਚ ਐਨਾ ਦਰਦ ਉੱਠਿਆ, ਬਰਦਾਸ਼ਤ ਤੋਂ ਬਾਹਰ', 'emergency'],
    ['ਮੰਮੀ ਦੇ ਸਿਰ ਵਿੱਚ ਜਿਵੇਂ ਹਥੌੜਾ ਮਾਰਿਆ ਹੋਵੇ, ਉਹ ਰੋ ਰਹੇ ਨੇ', 'emergency'],
    ['ਮੈਂ 8 ਮਹੀਨੇ pregnant ਹਾਂ, ਅੱਖਾਂ ਅੱਗੇ ਤਾਰੇ ਦਿਸਦੇ ਨੇ', 'emergency'],
    ['pregnant ਹਾਂ ਤੇ ਅੱਜ ਮੂੰਹ ਬਹੁਤ ਸੁੱਜ ਗਿਆ', 'emergency'],
    ['ਬਸ ਹੁਣ ਨਹੀਂ ਜਿਉਣਾ, ਸਭ ਕੁਝ ਛੱਡ ਦੇਣਾ', 'crisis'],
    ['ਸੋਚਦਾ ਹਾਂ ਫਾਹਾ ਲੈ ਲਵਾਂ', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('pa', text, kind));

  it.each([
    'ਖ਼ਬਰਾਂ ਵਿੱਚ ਸੁਣਿਆ ਕਿ ਇੱਕ ਬੰਦੇ ਦੀ ਲਿਪੋ ਤੋਂ ਬਾਅਦ ਚਮੜੀ ਕਾਲੀ ਹੋ ਗਈ, ਇਹ ਕਿਉਂ ਹੁੰਦਾ?',
    'ਸਿਰਫ਼ ਇੱਕ ਸਵਾਲ, ਕੀ ਅਚਾਨਕ ਬੁਕਿੰਗ ਕੈਂਸਲ ਕਰ ਸਕਦੇ ਹਾਂ? ਪਹਿਲਾਂ ਕਦੇ ਨਹੀਂ ਕੀਤੀ',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
