import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 45 (lang45, issue 11 part 6): messages in other languages, written for this test, not taken from batch 40.
// Cause: crisis word families missing. Hindi (Latin letters and Devanagari) says "I can't live any more" with "can"
// and the negation inside the phrase ("ab aur nahi jee sakti"), and a rope or noose made ready; Chinese tells cutting
// one's hand or arm as an act, and being better off dead; Persian says it would be easier if I died. All got
// "I speak English" or nothing.
describe('round 45 crisis word families in Hindi, Chinese and Persian get the crisis advice', () => {
  it.each([
    ['hi', 'yaar main ab ye sab aur nahi jee sakta, koi matlab nahi raha'],
    ['hi', 'mujhse ab aur jee nahi paaya jayega, bas'],
    ['hi', 'kamre mein rassi ka phanda bana liya hai, aaj raat'],
    ['hi-deva', 'मुझसे अब यह सब और नहीं जिया जाता, मैं नहीं जी पाऊंगी'],
    ['hi-deva', 'पंखे से रस्सी बांध दी है, अब बस'],
    ['zh', '昨晚又用刀片划手臂了，停不下来'],
    ['zh', '有时候觉得我死掉就好了，大家都轻松'],
    ['zh', '活得太累了，真想就这样消失'],
    ['fa', 'کاش بمیرم و همه چیز تموم شه'],
    ['fa', 'حوصله زندگی ندارم، میخوام تمومش کنم'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text, 'crisis'));
});

// Look-alikes sharing the words: a skipping rope at the gym, a rope exercise, a song, a kitchen cut, a tiring life
// with a booking, impatience to book.
describe('round 45 look-alikes with the same words stay calm', () => {
  it.each([
    'rassi wali exercise ke baad kandhe mein dard hai, massage taiyar hai?',
    'jee nahi, main theek hoon, bas massage book karna hai',
    'मैं तुम्हारे बिना नहीं जी सकती, यह गाना बहुत सुंदर है',
    'जिम में रस्सी कूदने के बाद पैरों में सूजन है',
    '做饭的时候不小心切到手指了，流了点血',
    '活着好累啊，工作太多，想预约按摩放松一下',
    'کاش زودتر وقت بگیرم، حوصله ندارم صبر کنم',
  ])('"%s"', (text) => calm(text));
});

// Cause: Thai word families missing. "Out of the blue" told as อยู่ดีๆ and a limb with no strength (ไม่มีแรง, its
// "not" inside the word), a fever told by its number after surgery, a button battery or magnet swallowed.
describe('round 45 Thai stroke, fever by number and a swallowed battery get the emergency advice', () => {
  it.each([
    'พ่อนั่งกินข้าวอยู่ดีๆ แขนขวาก็ไม่มีแรง ถือช้อนไม่ได้',
    'ยายแขนซ้ายหมดแรง แล้วพูดไม่รู้เรื่องค่ะ',
    'หลานเพิ่งกลืนแบตเตอรี่ก้อนเล็กๆ ของรีโมทเข้าไป',
    'หลังดูดไขมันได้ 5 วัน ไข้ 38.5 หนาวๆ ค่ะ',
  ])('"%s"', (text) => urgent('th', text));
});

describe('round 45 Thai look-alikes stay calm', () => {
  it.each([
    'วิ่งมาราธอนเสร็จ ขาซ้ายไม่มีแรงเลย ปวดเมื่อยมาก อยากนวดค่ะ',
    'ลูกป่วยเป็นหวัด ไข้ 38 กินยาแล้วค่ะ อยากจองนวดให้ตัวเองค่ะ',
    'สิวอักเสบมีหนองที่หน้า ไม่มีไข้ค่ะ',
    'ถ่านกระดุมของนาฬิกาหมด ร้านมีขายไหมคะ',
  ])('"%s"', (text) => calm(text));
});
