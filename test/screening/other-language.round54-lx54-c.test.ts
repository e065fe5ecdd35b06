import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 54 (lx54-c, dev set 54C read): Thai, Hebrew and Urdu. Examples written for this test, none from a test set: each
// concept added told in other words (a bleed told by its amount or by what it soaks through, a baby moving less with the
// pregnancy named by its week, the wish not to wake, fever with a dazed head after an operation, redness spreading; sudden
// loss of sight in one eye or a curtain over it, a flight told as a verb, a tummy tuck, dark skin by a stitch; pregnancy
// in the English loanword, a rash that does not fade under a glass), and calm messages that share their words. Thai is
// matched as a substring, so its calm examples test the words the new patterns are made of.

describe('Thai: a heavy bleed, a baby moving less, the wish not to wake, fever and a dazed head, spreading redness', () => {
  it.each([
    ['หลังดูดไขมันเลือดไหลออกมาเยอะมาก ผ้าก๊อซชุ่มหมดแล้ว', 'emergency'],
    ['ผ้าพันแผลเลือดซึมทะลุถึงเสื้อ หลังทำ BBL', 'emergency'],
    ['เลือดทะลักออกจากแผลผ่าตัดค่ะ', 'emergency'],
    ['ตั้งครรภ์ 36 สัปดาห์ วันนี้ลูกไม่ค่อยดิ้นเลยค่ะ', 'emergency'],
    ['ท้องได้ 8 เดือน ลูกดิ้นน้อยลงกว่าเมื่อวานมาก', 'emergency'],
    ['เหนื่อยกับทุกอย่าง ถ้าหลับไปแล้วไม่ต้องตื่นอีกก็คงจะดี', 'crisis'],
    ['อยากหลับไปตลอดกาล', 'crisis'],
    ['ไม่อยากตื่นขึ้นมาอีกแล้ว', 'crisis'],
    ['ทำศัลยกรรมหน้าท้องมา 5 วัน มีไข้สูง มึนงง', 'emergency'],
    ['แผลผ่าตัดแดงลามออกไปเรื่อยๆ ค่ะ', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('th', text, kind));

  it.each([
    'นวดช่วยให้เลือดไหลเวียนดีขึ้นไหมคะ ใส่กางเกงเปียกได้ไหม',
    'นวดแล้วหลับสบายไม่ตื่นเลยทั้งคืน ดีมากค่ะ',
    'อยากหลับให้สนิท หลับไปแล้วไม่ตื่นกลางดึก มีนวดแบบไหนช่วยบ้างคะ',
    'ลูกชายอายุ 2 ขวบ ไม่ค่อยดิ้นตอนนวดเด็ก อยากจองอีกครั้ง',
    'ท้อง 30 สัปดาห์ ลูกดิ้นเก่งมาก อยากนวดคนท้องค่ะ',
    'ประจำเดือนมาเยอะ เลือดทะลุกางเกง ขอเลื่อนนัดได้ไหมคะ',
    'ยุงกัดแล้วแดงลามไปทั้งขา 555',
    'ไม่อยากตื่นเช้าเลย ขอเลื่อนเป็นบ่ายได้มั้ยคะ',
    'ท้องอืด ไม่ขยับเลยทั้งวัน นวดท้องช่วยไหม',
    'ตรวจเลือดแล้วปกติ นวดเต็มตัวได้ไหมคะ',
    'เลือดกรุ๊ปบี ใส่ถุงเท้าเปียกมานวดได้ไหม',
    'ยอดขายพุ่ง ขอจองนวดฉลองหน่อยค่ะ',
    'ขอจองนวด 2 อาทิตย์ 25 คนค่ะ',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hebrew: sudden loss of sight, a flight told as a verb, a tummy tuck, dark skin by a cut, pregnancy by its week', () => {
  it.each([
    'פתאום הראייה בעין שמאל מטושטשת לגמרי',
    'יש לי כמו וילון שחור על העין',
    'טסתי אתמול מתאילנד והשוק השמאלית נפוחה וכואבת',
    'אחרי טאמי טאק הבטן קשה כמו אבן',
    'אחרי ליפו העור ליד החתך השחיר',
    'אני בשבוע 35 ופתאום הפנים והידיים התנפחו',
  ])('"%s"', (text) => expectUrgentIn('he', text));

  it.each([
    'פתאום אני לא רואה את התור שלי באפליקציה',
    'העיניים שלי עייפות מהמסך, אפשר עיסוי פנים?',
    'טסתי לאילת בשבוע שעבר, אפשר לקבוע עיסוי?',
    'הייתה לי דלקת בעור לפני חודש, קיבלתי משחה וזה עבר לגמרי. אפשר לקבוע טיפול?',
    'הוילון בחדר הטיפולים שקוף מדי, אפשר להחליף?',
    'אני בשבוע 30 להריון, אפשר עיסוי הריון?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Urdu: pregnancy in the English loanword, a rash that does not fade under a glass, a story seen on screen', () => {
  it.each([
    'میں 6 مہینے کی pregnant ہوں اور بہت خون آ رہا ہے',
    'بچے کو بخار ہے اور جسم پر دھبے ہیں جو گلاس سے ہلکے نہیں ہو رہے',
    'ڈرامے میں دیکھا تھا لیکن اب میری امی کو سینے میں درد ہو رہا ہے',
  ])('"%s"', (text) => expectUrgentIn('ur', text));

  it.each([
    'فلم میں دیکھا کہ کسی کو massage کے دوران دل کا دورہ پڑا، کیا یہ سچ ہے؟',
    'میں pregnant ہوں، 30 ہفتے، کیا prenatal massage کر سکتی ہوں؟',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
