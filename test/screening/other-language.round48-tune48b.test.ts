import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 48 (tune48b): messages in other languages, written for this test, not taken from batch 41 (read). Causes: a Welsh,
// Arabic-in-Latin-letters and Vietnamese message with too few common words of its language to be read in it; word families
// the lexicons lacked (a sign told with words between, a verb's other form, a concept no entry had in that language).
describe('round 48: messages read in their own language once their everyday words count', () => {
  it.each([
    ['cy', 'Dw i methu cael fy ngwynt heno, mae o mor anodd anadlu', 'emergency'],
    ['cy', 'Mae fy mam wedi cadw ei thabledi i gyd ac mae hi am eu llyncu nhw', 'crisis'],
    ['ar-latn', 'ana mesh 2adra akammel, bfakker anhi 7ayati ba3d el shoghl', 'crisis'],
    ['ar-latn', 'eidi elli fi lymphedema sarat 7amra w s5oon mn el sob7', 'emergency'],
    ['vi', 'bố em sốt cao, nói lẫn lộn, không nhận ra ai', 'emergency'],
    ['vi', 'cháu em 3 tuổi uống nhầm thuốc của bà', 'emergency'],
  ] as const)('%s: "%s"', (code, text, kind) => urgent(code, text, kind));
});

describe('round 48: word families the lexicons lacked', () => {
  it.each([
    ['cy', 'Mae gen i dymheredd uchel ac mae cochni ar fy mraich yn lledu', 'emergency'],
    ['ar', 'ما عدت اريد ان اعيش بعد اليوم', 'crisis'],
    ['ar', 'ابوي فجأة صار يخربط بالكلام وطاح الفنجان من يده', 'emergency'],
    ['vi', 'vợ em bầu 32 tuần, tự nhiên ra máu nhiều', 'emergency'],
    ['vi', 'con bị nổi mề đay sau khi ăn tôm, giờ thở khò khè', 'emergency'],
    ['vi', 'anh ấy đang ở sân thượng, bảo là muốn nhảy xuống', 'crisis'],
    ['zh', '爸爸的嘴巴忽然歪到一边了', 'emergency'],
    ['zh', '用了新的精油，喉咙很紧，吞东西很难', 'emergency'],
    ['zh', '吸脂后第二天，嘴巴发麻，耳朵嗡嗡的', 'emergency'],
    ['zh', '外公不小心吃了一整瓶安眠药', 'emergency'],
    ['ru', 'у папы судороги и он не реагирует на нас', 'emergency'],
    ['ru', 'вдруг перестал видеть правым глазом, как пелена', 'emergency'],
    ['ru', 'в бане мужу стало плохо, горячая сухая кожа и бред', 'emergency'],
    ['ru', 'сына ударило током от розетки, сердце колотится', 'emergency'],
    ['ro', 'mi-am tăiat piciorul cu o sticlă și sângele țâșnește', 'emergency'],
    ['ro', 'fiul meu s-a opărit cu ceai fierbinte pe tot pieptul', 'emergency'],
    ['tl', 'nahiwa ng kutsilyo ang kamay ni ate, ayaw tumigil ang dugo, di mapigilan', 'emergency'],
    ['pl', 'syn zjadł orzecha i puchnie mu buzia', 'emergency'],
    ['ja', 'うんちが真っ黒で、ふらつきます', 'emergency'],
    ['ko', '아이가 넘어져서 머리를 세게 부딪혔고 토했어요', 'emergency'],
    ['ko', '가스 냄새가 나고 머리가 아프고 어지러워요', 'emergency'],
    ['sw', 'nimejifungua wiki moja iliyopita, paja la kushoto limevimba na linauma', 'emergency'],
    ['hi-deva', 'पापा को सांप ने डस लिया है', 'emergency'],
    ['hi', 'mere papa ko saanp ne kaat liya hai', 'emergency'],
    ['am', 'ወንድሜ ሊገድለኝ ዛተብኝ፣ ፈራሁ', 'emergency'],
    ['fa', 'چشمم خیلی درد می‌کنه و دور لامپ‌ها هاله می‌بینم', 'emergency'],
  ] as const)('%s: "%s"', (code, text, kind) => urgent(code, text, kind));
});

// Look-alikes sharing the words: a bath's heat, a joke, a past event, cramps, a question about a shock, cooking.
describe('round 48 look-alikes with the same words stay calm', () => {
  it.each([
    'у меня судороги в ногах по ночам, можно массаж?',
    'в бане было хорошо, хочу записаться на массаж',
    '做饭的时候嗓子有点干，想预约按摩',
    'mi-am ars mâna puțin la cuptor, nimic grav',
    'ana ba7eb el massage, kol shi tamam',
    'em muốn đặt lịch massage cho mẹ em vào thứ bảy',
  ])('"%s"', (text) => calm(text));
});
