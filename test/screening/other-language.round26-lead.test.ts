import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 26 (lead): causes found among batch 22's false alarms after the new lexicons landed, fixed as concepts the
// older lexicons already had. A face that sags after weight loss or with age is a cosmetic question in Hindi, Urdu,
// Punjabi, Persian and Bengali as in Spanish; a Vietnamese sign "gone now" and a price as a figure of speech stand a
// message down. The same signs told as happening now still get the urgent advice. Messages written for this test.

describe('a sagging face after weight loss or with age is no stroke', () => {
  it.each([
    ['hi-deva', 'उम्र के साथ मेरा चेहरा थोड़ा लटक गया है, कौन सा फेशियल अच्छा रहेगा?'],
    ['ur', 'وزن کم کرنے کے بعد میرا چہرہ لٹک گیا ہے، کیا فیشل سے فرق پڑے گا؟'],
    ['pa', 'ਭਾਰ ਘਟਾਉਣ ਤੋਂ ਬਾਅਦ ਮੇਰਾ ਚਿਹਰਾ ਲਟਕ ਗਿਆ ਹੈ, ਕੀ ਫੇਸ਼ੀਅਲ ਮਦਦ ਕਰੇਗਾ?'],
  ])('%s: "%s" is not an emergency', (code, text) => {
    expect(read(text)?.kind).not.toBe('emergency');
    expect(read(text)?.language).toBe(code);
  });

  it.each([
    ['hi-deva', 'पापा का चेहरा अचानक एक तरफ लटक गया है और बोल नहीं पा रहे'],
    ['ur', 'ابو کا چہرہ اچانک ایک طرف لٹک گیا ہے'],
    ['pa', 'ਦਾਦੀ ਦਾ ਚਿਹਰਾ ਅਚਾਨਕ ਇੱਕ ਪਾਸੇ ਲਟਕ ਗਿਆ ਹੈ'],
  ])('%s: a face that drops now, "%s", still gets the urgent advice', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: code });
  });
});

describe('Vietnamese: a sign gone now, and a price as a figure of speech', () => {
  it.each([
    'tuần trước tôi bị đau ngực một chút nhưng giờ đã hết rồi, tôi đặt lịch được không?',
    'bảng giá này làm tôi muốn ngất luôn, có gói nào rẻ hơn không?',
  ])('"%s" does not alarm', (text) => {
    expect(read(text)?.kind).not.toBe('emergency');
  });

  it.each([
    'tôi bị đau ngực dữ dội, vã mồ hôi lạnh, chưa hết',
    'chân trái tôi sưng đỏ rồi, nóng và rất đau sau chuyến bay dài',
  ])('"%s" still gets the urgent advice', (text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language: 'vi' });
  });
});
