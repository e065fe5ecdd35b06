import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 55 (lx55-b, dev set 54F read): Gujarati, Tamil, Thai, Hebrew and Punjabi. Examples written for this test, none from a
// test set: each concept added told in other words (numb lips or ringing ears after an operation, no heart left for living,
// pills saved up, a price seen or a scene in a serial or film; an old clot with a leg swollen now, a red hot lymphoedema limb,
// a heart attack foretold as a figure of speech; a pregnancy told by its week with blurred sight, a risk asked and a condition
// kept under control; pills bought to take all at once; firm fibrosis lumps after liposuction), and calm messages that share
// their words.

describe('Gujarati: numbing-drug toxicity after an operation, no heart for living, pills saved up', () => {
  it.each([
    ['લિપો કરાવ્યા પછી મારી જીભ અને હોઠ સુન્ન થઈ ગયા છે, ચક્કર જેવું લાગે છે', 'emergency'],
    ['સર્જરી પછી રાતથી કાનમાં સીટી વાગે છે અને મોઢામાં ઝણઝણાટ થાય છે', 'emergency'],
    ['મને હવે જીવવાનું મન જ નથી થતું, કોઈ અર્થ નથી', 'crisis'],
    ['મેં ઊંઘની ગોળીઓ સંઘરી રાખી છે, કોઈને ખબર નથી', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('gu', text, kind));

  it.each([
    'ડેન્ટિસ્ટ પાસે ઇન્જેક્શન લીધું તો હોઠ સુન્ન થઈ ગયા છે, massage માટે આવી શકું?',
    'બિલ જોઈને તો મારી છાતીમાં દુખાવો થઈ ગયો 😅 કોઈ discount છે?',
    'ગઈકાલે ફિલ્મમાં હીરોને હાર્ટ એટેક આવ્યો, મારા પપ્પા કહે છે આવું ના થાય, સાચું શું છે?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Tamil: a leg swollen now after an old clot, a red hot lymphoedema limb; figures of speech and serials', () => {
  it.each([
    ['மூணு வருஷம் முன்னாடி காலில் ரத்த உறைவு வந்துச்சு, இப்போ இடது கால் வீங்கியிருக்கு, சூடா இருக்கு', 'emergency'],
    ['லிம்பிடிமா உள்ள கால் இன்னைக்கு காலையில இருந்து சிவந்து சூடா இருக்கு', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ta', text, kind));

  it.each([
    'அஞ்சு வருஷம் முன்னாடி மாரடைப்பு வந்துச்சு, இப்போ நல்லா இருக்கேன், massage பண்ணலாமா?',
    'லிம்பிடிமா கால் எப்பவும் போல கொஞ்சம் வீக்கம், சிவப்பு இல்ல, சூடு இல்ல. appointment வேணும்',
    'இந்த bill பார்த்தா எனக்கு heart attack வந்துரும் போல 😂 offer இருக்கா?',
    'நேத்து சீரியல்ல அம்மா கேரக்டருக்கு வலிப்பு வந்து கீழ விழுந்தாங்க, எனக்கு ரொம்ப பயமா இருக்கு, உண்மையா அப்படி நடக்குமா?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Thai: a pregnancy told by its week with blurred sight; a risk asked, a condition under control', () => {
  it.each([
    ['ท้อง 32 สัปดาห์ ตาพร่า มองไม่ค่อยเห็น ปวดหัวมาก', 'emergency'],
    ['ความดันสูงควบคุมไม่ได้ ตอนนี้เจ็บหน้าอกมาก', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('th', text, kind));

  it.each(['เป็นเบาหวานแต่คุมได้ด้วยยา นวดแล้วจะเสี่ยงหัวใจวายไหมคะ'])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hebrew: pills bought or saved to take all at once or tonight', () => {
  it.each([
    ['שמרתי תרופות כבר חודש ואני מתכנן לקחת את כולן בבת אחת', 'crisis'],
    ['אני לא יכולה יותר, קניתי כדורי שינה ואני הולכת לבלוע את כולם הלילה', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('he', text, kind));

  it.each(['קניתי כדורים נגד כאב ראש, אפשר לבוא לעיסוי מחר?'])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Punjabi: a belly hard as stone after surgery, firm fibrosis lumps months after', () => {
  it.each([
    ['ਸਰਜਰੀ ਤੋਂ ਬਾਅਦ ਮੇਰਾ ਪੇਟ ਪੱਥਰ ਵਰਗਾ ਹੋ ਗਿਆ ਹੈ ਤੇ ਬਹੁਤ ਦਰਦ', 'emergency'],
    ['ਲਿਪੋ ਤੋਂ ਦੋ ਦਿਨ ਬਾਅਦ ਪੇਟ ਬਹੁਤ ਸਖ਼ਤ ਹੋ ਗਿਆ, ਦਰਦ ਵੀ ਬਹੁਤ', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('pa', text, kind));

  it.each(['ਲਿਪੋ ਤੋਂ 4 ਮਹੀਨੇ ਬਾਅਦ ਪੇਟ ਤੇ ਸਖ਼ਤ ਗੰਢਾਂ ਹਨ, ਮਸਾਜ ਨਾਲ ਠੀਕ ਹੋਣਗੀਆਂ?'])('calm: "%s"', (text) =>
    expectNotUrgent(text),
  );
});
