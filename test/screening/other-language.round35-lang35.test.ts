import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';

// Round 35 (lang35, issue 11): messages in other languages, written for this test, not taken from batch 29. Each cause has its
// own wordings and guards (messages that must not alarm).

describe('round 35 Arabic: the article written onto a sign word, and Egyptian forms', () => {
  it.each([
    ['ar', 'صرت أفكر بالانتحار كل يوم', 'crisis'],
    ['ar', 'الألم في صدري ينتقل إلى كتفي', 'emergency'],
    ['ar', 'صدري يؤلمه من ساعة', 'emergency'],
    ['ar', 'ماما وقعت في المطبخ ومش بترد', 'emergency'],
    ['ar', 'الدم نازل من الغرز ومش بيوقف', 'emergency'],
    ['ar', 'ابني الصغير شرب كيروسين من القنينة', 'emergency'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  it.each(['عايز أحجز جلسة لأبويا يوم الخميس', 'المركز فين بالظبط؟ عشان أجي بكرة'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 35 Yoruba: a lexicon of the core concepts', () => {
  it.each([
    ['yo', 'ahọ́n mi ti wú, ẹ ràn mí lọ́wọ́', 'emergency'],
    ['yo', 'ìyá mi ò lè mí daadaa rara', 'emergency'],
    ['yo', 'ẹ̀jẹ̀ ń jáde láti ojú ọgbẹ́ náà, kò dúró', 'emergency'],
    ['yo', 'mi ò fẹ́ wà láàyè mọ́', 'crisis'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  it.each(['ẹ káàárọ̀, mo fẹ́ ṣe ìforúkọsílẹ̀ fún ọ̀la', 'ofun mi n dun diẹ, ṣe mo lè wá fún ifọwọra?'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 35 Maltese: the core concepts beside the seven entries it had', () => {
  it.each([
    ['mt', 'driegħi minfuħ, aħmar u sħun, u għandi d-deni'],
    ['mt', 'wara l-operazzjoni għandi deni u l-ferita ħamra'],
    ['mt', 'f daqqa waħda driegħi dgħajjef ħafna u ma nistax inċaqlaq'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('a booking for the legs does not alarm', () =>
    calm('nixtieq nagħmel appuntament għal riġlejja, grazzi'));
});

describe('round 35 a clot context: the pill, smoking, a long bus trip (sv, tr, ru)', () => {
  it.each([
    ['sv', 'jag har p-piller och vaden är plötsligt svullen och varm'],
    ['tr', 'doğum kontrol hapı kullanıyorum, baldırım ağrıyor'],
    ['ru', 'принимаю противозачаточные, икра опухла и болит'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'jag tar p-piller, kan jag boka lymfdränage?',
    'uzun yol yolculuğu için randevuyu pazartesiye alabilir miyim?',
  ])('"%s" does not alarm', calm);
});

describe('round 35 bleeding that will not stop or soaks the dressing', () => {
  it.each([
    ['ga', 'tá fuil ag teacht as a shrón agus níl sí ag stopadh'],
    ['tl', 'dumudugo ang hiwa sa tuhod ko, basa na ang benda'],
    ['ru', 'кровь сочится сквозь повязку на животе'],
    ['pl', 'krwawię z odbytu, mnóstwo krwi'],
    ['fr', 'je saigne du nez et je suis sous Eliquis'],
    ['vi', 'vết cắt ở tay vẫn còn rỉ máu từ sáng'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'est-ce que le drainage est possible si je prends du Xarelto ?',
    'hindi ako makakapunta bukas, pwede bang ilipat?',
  ])('"%s" does not alarm', calm);
});

describe('round 35 a child who swallowed medicine or a household product (es, zh, ar)', () => {
  it.each([
    ['es', 'mi nene se comió unas pastillas de su abuelo'],
    ['zh', '宝宝误食了奶奶的药片'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('a question on products for babies does not alarm', () =>
    calm('¿qué detergente usan para las toallas? mi bebé tiene piel sensible'));
});

describe('round 35 stroke and heart words (ja, de, ru)', () => {
  it.each([
    ['ja', '父が急に左足に力が入らなくなった'],
    ['ja', '胸が締めつけられる感じがする'],
    ['ja', '右手もしびれて、胸が痛いです'],
    ['de', 'beim Essen fiel ihm plötzlich der Löffel aus der linken Hand'],
    ['de', 'ich habe aus Versehen zu viele Tabletten geschluckt'],
    ['ru', 'сердце колотится, сейчас потеряю сознание'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each(['もし施術の後に痛みが出たらどうすればいいですか', '予約を変更したいです、よろしくお願いします'])(
    '"%s" does not alarm',
    calm,
  );
});

describe('round 35 stand-downs: a question on what staff would do, an essay, a cream that makes something disappear', () => {
  it.each([
    '¿qué pasa si alguien se desmaya en la camilla? por curiosidad',
    'piszę referat o udarze, czy macie ulotki?',
    'ce soin fait vraiment disparaître les poches sous les yeux ?',
  ])('"%s" does not alarm', calm);
  it('"je veux disparaître" still reads as a crisis', () =>
    expect(read('je veux disparaître, je n en peux plus')).toMatchObject({ kind: 'crisis' }));
});
