import { spa } from '../helpers/screening-test-content';
import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 26 (lang26a): Chinese (simplified, traditional, Cantonese colloquial), Japanese and Korean. Before this an
// emergency in these scripts got "I only chat in English" and a request for a person the same. Messages in this file's
// own words: urgent ones, calm look-alikes in the same words (negated, past, a question about risk), and requests for a
// person. The reply comes in the language the person wrote.


describe('an emergency or a crisis in Chinese, Japanese or Korean gets urgent help in that language', () => {
  it.each([
    ['我妈妈胸口很痛，还出冷汗，怎么办', 'zh', 'emergency'],
    ['我爸爸突然说不出话，嘴歪了', 'zh', 'emergency'],
    ['吃了虾以后喉咙肿起来了，好难呼吸', 'zh', 'emergency'],
    ['抽脂手术后第三天，左腿又肿又痛', 'zh', 'emergency'],
    ['懷孕32週，突然臉和手都腫了，頭痛得厲害', 'zh', 'emergency'],
    ['佢暈咗，叫唔醒', 'zh', 'emergency'],
    ['我阿媽心口好痛', 'zh', 'emergency'],
    ['我不想活了，活着没意思', 'zh', 'crisis'],
    ['胸が痛くて冷や汗が出ています', 'ja', 'emergency'],
    ['父が倒れて意識がありません', 'ja', 'emergency'],
    ['急に右手に力が入らない、ろれつが回らない', 'ja', 'emergency'],
    ['脂肪吸引の後、片足が腫れて痛いです', 'ja', 'emergency'],
    ['もう生きていたくない', 'ja', 'crisis'],
    ['가슴이 너무 아프고 식은땀이 나요', 'ko', 'emergency'],
    ['숨을 못 쉬겠어요', 'ko', 'emergency'],
    ['엄마가 쓰러졌어요 의식이 없어요', 'ko', 'emergency'],
    ['갑자기 팔에 힘이 없고 말이 어눌해요', 'ko', 'emergency'],
    ['죽고 싶어요', 'ko', 'crisis'],
  ])('%s', (text, language, kind) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind, language });
    expect(reading?.text).toContain(kind === 'crisis' ? spa.crisisLine : spa.emergencyNumber);
  });
});

describe('a calm message in the same words is no emergency, and is answered in its own language', () => {
  it.each([
    ['我沒有胸痛，只是想預約按摩', 'zh'],
    ['胸口不痛，可以做淋巴引流吗？', 'zh'],
    ['我以前得过血栓，现在好了，可以做按摩吗？', 'zh'],
    ['按摩会不会引起血栓？', 'zh'],
    ['我妈妈腿肿，适合做淋巴引流吗？', 'zh'],
    ['手术后腿肿是正常的吗？', 'zh'],
    ['隆胸手术后胸部有点痛，可以按摩吗？', 'zh'],
    ['我月经期间出血很多，可以做按摩吗？', 'zh'],
    ['胸元のリンパマッサージは痛いですか', 'ja'],
    ['胸の痛みはありません。マッサージの予約をしたいです', 'ja'],
    ['死にたくないけど疲れた', 'ja'],
    ['英語が話せません。予約したいです', 'ja'],
    ['가슴 통증은 없어요. 예약하고 싶어요', 'ko'],
    ['죽고 싶지 않아요 그냥 피곤해요', 'ko'],
    ['목이 부었어요 감기인 것 같아요', 'ko'],
    ['엄마가 수술 후에 다리가 부었는데 마사지 가능한가요?', 'ko'],
    ['운동하고 나서 숨이 차요', 'ko'],
  ])('%s', (text, language) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language });
  });
});

describe('a request for a person in Chinese, Japanese or Korean is handed to the team', () => {
  it.each([
    ['我要跟真人客服说话', 'zh'],
    ['可以请工作人员打电话给我吗？', 'zh'],
    ['スタッフと話したいです', 'ja'],
    ['電話してください', 'ja'],
    ['직원이랑 얘기하고 싶어요', 'ko'],
    ['전화 주세요', 'ko'],
  ])('%s', (text, language) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language });
  });
});

describe('writing that Unicode splits apart still reads', () => {
  it('half-width katakana and decomposed Hangul read as the composed letters', () => {
    expect(read('ｽﾀｯﾌと話したいです')).toMatchObject({ kind: 'handoff', language: 'ja' });
    expect(read('죽고 싶어요'.normalize('NFD'))).toMatchObject({ kind: 'crisis', language: 'ko' });
  });

  it('a negation in an earlier sentence denies nothing after 。', () => {
    expect(read('我没事。胸口很痛')).toMatchObject({ kind: 'emergency', language: 'zh' });
  });
});
