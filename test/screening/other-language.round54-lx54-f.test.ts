import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 54 (lx54-f, dev set 54J read): Thai and Hebrew. Examples written for this test, none from a test set: each concept
// added told in other words (blood coughed or vomited with words between, a sudden arm that cannot be lifted, one side of the
// face fallen, speech gone strange, a breath that cannot be drawn deep, a stab with every breath after surgery, a heart racing
// lying down, fever with a child hard to wake, spots that stay under a glass, a jump from a balcony or a bridge), and calm
// messages that share their words (a blood test, a cough with phlegm, popping over to the spa, a bridge jump into the sea, a
// little sleepy after a vaccine, a heart beating slowly in meditation, signs asked for a staff lesson).

describe('Thai: blood coughed up or vomited told with words between', () => {
  it.each([
    'พ่อไอจนมีเลือดปนออกมาตั้งแต่เช้า ตอนนี้หายใจเหนื่อย',
    'แม่อ้วกออกมามีเลือดเป็นก้อนสองรอบแล้วค่ะ',
    'ผมกระอักออกมามีเลือดสดๆ ตอนไอเมื่อกี้',
  ])('"%s"', (text) => expectUrgentIn('th', text, 'emergency'));

  it.each([
    'ตรวจเลือดแล้วปกติ ไอทีไรเจ็บซี่โครงนิดหน่อย นวดได้ไหมคะ',
    'ไอมีเสมหะสีเหลือง ไม่มีไข้ นวดได้ไหม',
    'อ้วกแล้วรู้สึกดีขึ้น อยากนวดให้เลือดไหลเวียนดี',
    'แปรงฟันแรงไปหน่อยมีเลือดออกตามเหงือก นวดหน้าได้ไหมคะ',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Thai: a list of signs asked for a lesson is a question, not an event', () => {
  it.each([
    'กำลังทำสไลด์อบรมพนักงานใหม่ค่ะ เรื่องหน้าเบี้ยว พูดไม่ชัด ต้องทำยังไงบ้าง',
    'อาการแบบไหนที่ต้องรีบส่งโรงพยาบาล เช่น เจ็บหน้าอก หายใจไม่ออก',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hebrew: stroke told by a side of the face, strange speech, an arm that cannot be lifted', () => {
  it.each([
    'אמא שלי פתאום לא יכולה להרים את היד השמאלית, מה לעשות',
    'לבעלי צנח הצד השמאלי של הפנים לפני רבע שעה',
    'סבא פתאום מערבב מילים ולא מבינים מה הוא אומר',
  ])('"%s"', (text) => expectUrgentIn('he', text, 'emergency'));

  it.each(['הבוס שלי מדבר מוזר היום, חחח', 'יורד גשם בצד הימני של העיר, אפשר להזיז את התור?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Hebrew: breath not drawn deep, a stab with each breath after surgery, a heart racing at rest', () => {
  it.each([
    'אני לא יכול לקחת נשימה עמוקה מהבוקר',
    'שלושה ימים אחרי שאיבת שומן וכואב לי לנשום, דוקר בצלעות',
    'הלב דופק מהר כבר שעה למרות שאני במנוחה ויש לי סחרחורת',
  ])('"%s"', (text) => expectUrgentIn('he', text, 'emergency'));

  it.each([
    'כל נשימה עמוקה במדיטציה מרגיעה אותי, הלב שלי דופק לאט',
    'ההתרגשות לפני החתונה, הלב דופק מהר, אפשר עיסוי מרגיע?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hebrew: fever with a child hard to wake, spots that stay under a glass', () => {
  it.each([
    'לבת שלי יש חום 39 והיא ישנונית מאוד, קשה להעיר אותה',
    'יש לו פריחה על הבטן, שמתי עליה כוס והיא לא דוהה',
  ])('"%s"', (text) => expectUrgentIn('he', text, 'emergency'));

  it.each(['הבן שלי בן 7 עם חום קל וקצת ישנוני אחרי החיסון, אפשר לבוא לעיסוי תינוקות?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Hebrew: a jump from a balcony, a roof or a bridge, thought of', () => {
  it.each(['אני על הגג של הבניין וחושבת לקפוץ', 'כל הלילה אני חושב לזרוק את עצמי מהגשר'])('"%s"', (text) =>
    expectUrgentIn('he', text, 'crisis'),
  );

  it.each([
    'אני אקפוץ אליכם מחר בבוקר לקבוע תור',
    'קפצתי מהגשר לים בחופשה והיה מדהים',
    'עמדתי על המרפסת והסתכלתי על השקיעה, רוצה לקבוע עיסוי',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
