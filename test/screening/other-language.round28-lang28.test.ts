import {
  expectNotUrgent as calm,
  otherLanguage as language,
  readInOtherLanguage as read,
  type UrgentExample,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';
import { conversation, replyOf, texts } from '../helpers/screening';

// Round 28 (lang28, issue 11 item 6): messages written for this test, not taken from any read set.

// Welsh, Irish, Afrikaans, Czech, Hungarian and Thai had no lexicon: an emergency in them got "I speak English", in
// English, or was read as English or as a neighbour (Afrikaans as Dutch or Polish).
const URGENT: Record<string, readonly UrgentExample[]> = {
  cy: [
    ['mae fy ngŵr yn methu anadlu ac mae ei wefusau yn las, plis helpwch', 'emergency'],
    ['Mae Mam wedi syrthio yn y gegin a dydy hi ddim yn ymateb', 'emergency'],
    [
      'ges i lawdriniaeth ddydd Llun, heddiw mae gen i dymheredd uchel ac rwy n teimlo n ddryslyd',
      'emergency',
    ],
    ['dwi ddim eisiau byw rhagor, mae pawb yn well hebdda i', 'crisis'],
  ],
  ga: [
    ['Tá pian uafásach i mo chliabh agus tá allas fuar orm', 'emergency'],
    ['thit m’athair sa chistin agus níl sé ag freagairt orm', 'emergency'],
    ['tá mo theanga ata agus ag dúnadh tar éis na hola nua', 'emergency'],
    ['níl mé ag iarraidh maireachtáil níos mó', 'crisis'],
  ],
  af: [
    ['my ma kan nie asemhaal nie en haar lippe is blou, help asseblief', 'emergency'],
    ['hy het skielik inmekaar gesak by die werk en reageer nie', 'emergency'],
    ['ek is 30 weke swanger en my gesig en hande het vanoggend opgeswel', 'emergency'],
    ['ek wil nie meer lewe nie, almal is beter af sonder my', 'crisis'],
  ],
  cs: [
    ['manžel má silnou bolest na hrudi a studený pot, co mám dělat', 'emergency'],
    ['táta najednou nemůže mluvit a ruku má slabou, prosím', 'emergency'],
    ['týden po operaci mám oteklé a horké lýtko', 'emergency'],
    ['už nechci žít, jsem všem na obtíž', 'crisis'],
  ],
  hu: [
    ['apám mellkasa nagyon fáj és hideg verejték lepte el', 'emergency'],
    ['a férjem összeesett és nem reagál, segítsenek', 'emergency'],
    ['a masszázsolaj után feldagadt a nyelvem és alig kapok levegőt', 'emergency'],
    ['nem akarok tovább élni, mindenkinek teher vagyok', 'crisis'],
  ],
  th: [
    ['พ่อเจ็บหน้าอกมาก เหงื่อแตก ทำยังไงดีคะ', 'emergency'],
    ['แม่หมดสติ เรียกไม่ตื่น ช่วยด้วย', 'emergency'],
    ['หลังดูดไขมันสามวัน ขาซ้ายบวมแดงและร้อน', 'emergency'],
    ['ฉันไม่อยากมีชีวิตอยู่แล้ว', 'crisis'],
  ],
};

const CALM: Record<string, readonly string[]> = {
  cy: [
    'Helo, hoffwn i archebu tylino i fy mam ddydd Sadwrn os gwelwch yn dda',
    'cafodd fy nhad drawiad ar y galon bum mlynedd yn ôl, mae e n iawn nawr. Ydy tylino n addas iddo fe?',
  ],
  ga: [
    'Dia duit, an bhfuil coinne ar fáil Dé hAoine?',
    'bhí stróc ag mo mháthair blianta ó shin, tá sí go maith anois. an féidir léi teacht?',
  ],
  af: [
    'Goeiemore, kan ek asseblief n afspraak vir Donderdag maak?',
    'my pa het jare gelede n hartaanval gehad, dit gaan nou goed met hom. Is die behandeling veilig vir hom?',
  ],
  cs: [
    'Dobrý den, chtěla bych se objednat na lymfatickou masáž v pátek',
    'Může masáž způsobit trombózu? Jen se ptám, jsem zdravá.',
  ],
  hu: [
    'Szia, szeretnék időpontot kérni jövő hétre masszázsra',
    'apukámnak tavaly volt infarktusa, most már jól van. Eljöhet egy masszázsra?',
  ],
  th: ['สวัสดีค่ะ อยากจองนวดวันเสาร์ค่ะ', 'ไม่มีไข้ ไม่เจ็บหน้าอก แค่ขาบวมตอนเย็นค่ะ'],
};

describe.each(Object.keys(URGENT))('round 28 urgent messages in %s', (code) => {
  it.each(URGENT[code] ?? [])('"%s" gets the %s advice in that language', (text, kind) =>
    urgent(code, text, kind),
  );
});

describe.each(Object.keys(CALM))('round 28 calm messages in %s', (code) => {
  it.each(CALM[code] ?? [])('"%s" does not alarm and is told "I speak English" in that language', (text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

describe('round 28 asking for a person, in the new lexicons and those that had no hand-off', () => {
  it.each([
    ['cy', 'Alla i siarad gyda rhywun o’r dderbynfa plis?'],
    ['ga', 'Ar mhaith libh glaoch orm? Ba mhaith liom labhairt le duine faoi mo choinne'],
    ['af', 'Kan ek asseblief met iemand by ontvangs praat oor my afspraak?'],
    ['cs', 'Můžete mi prosím zavolat? Potřebuji změnit termín'],
    ['hu', 'Szeretnék egy élő emberrel beszélni, nem a géppel'],
    ['th', 'ขอคุยกับพนักงานหน่อยค่ะ'],
    ['ru', 'Позовите, пожалуйста, администратора, хочу поменять время'],
    ['ru', 'можете мне перезвонить? я опаздываю на сеанс'],
    ['uk', 'Хочу поговорити з адміністратором щодо запису'],
    ['uk', 'Передзвоніть мені, будь ласка, я не встигаю'],
    ['el', 'Θα ήθελα να μιλήσω με κάποιον υπάλληλο για την κράτησή μου'],
    ['el', 'Πάρτε με τηλέφωνο παρακαλώ, θέλω να αλλάξω την ώρα'],
  ])('%s: "%s" is handed over with the reply in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code, text: language(code).handoffReply });
  });

  it.each([
    ['pt', 'Queria muito que a recepção me ligasse hoje ainda'],
    ['pt', 'alguém da equipe poderia me ligar? quem me liga?'],
    ['zh', '麻烦店长有空给我回个电话'],
    ['zh', '可唔可以打個電話給我，我想改時間'],
    ['es', '¿me puedes pasar con alguien de recepción?'],
    ['es', 'podrían pasarme con la encargada, por favor'],
    // Round 31 (lang31): Arabic has its own hand-off reply now.
    ['ar', 'ممكن نتكلم مع المدير بخصوص الحجز؟'],
  ])('%s: being called back, "%s", is handed over', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });
});

// "Nor" carries a denial said earlier in the same sentence on through a list; alone it denies nothing.
describe('round 28 "nor" after a denial', () => {
  it.each([
    'No tengo fiebre ni la pierna roja, solo cansancio. ¿Me podéis dar cita?',
    'Não estou com febre nem vermelhidão no braço, só inchaço de sempre',
    'Non ho febbre né dolore al petto, vorrei solo prenotare',
    'Je n’ai pas de fièvre ni de douleur à la poitrine, c’est pour un rendez-vous',
  ])('"%s" does not alarm', calm);

  it('"Ne ho abbastanza: dolore al petto da un’ora e sudo freddo" (had enough, chest pain) still alarms', () =>
    urgent('it', 'Ne ho abbastanza: dolore al petto da un’ora e sudo freddo'));
});

describe('round 28 Russian and Ukrainian denials', () => {
  it.each([
    'Никаких отёков и давления нет, просто хочу на лимфодренаж. Беременность 28 недель',
    'Температуры нет, боли в груди нет, просто ноги отекают к вечеру',
    'Жодних набряків обличчя немає, вагітність 30 тижнів, можна на масаж?',
  ])('"%s" does not alarm', calm);

  it('"Нет боли в груди, только тяжесть в ногах" read first by the Ukrainian lexicon does not alarm', () =>
    calm('Нет боли в груди, только тяжесть в ногах'));
});

// Heavy legs are what most clients come for: "pesant" alone read the legs as a heavy chest.
describe('round 28 heavy legs are not a heavy chest', () => {
  it.each([
    'Nessun dolore al petto, però ho le gambe pesanti la sera',
    'ho il petto un po’ raffreddato e le gambe pesanti, potete aiutarmi?',
  ])('"%s" does not alarm', calm);
  it('"mi sento il petto pesante e sudo freddo" still alarms', () =>
    urgent('it', 'mi sento il petto pesante e sudo freddo'));
});

describe('round 28 all clear since then, fully well, or asking whether staff would know', () => {
  it.each([
    'Mein Vater hatte 2016 einen Schlaganfall, seitdem keine Beschwerden. Geht Lymphdrainage?',
    'Tuve un infarto y desde entonces nada, hago vida normal. ¿Puedo reservar?',
    'Me desmayé el lunes por no comer, ya estoy perfecta. ¿Hay hueco el jueves?',
    'vos masseuses savent reconnaître un AVC ? je demande parce que je travaille en EHPAD',
    'Ebbi una trombosi alla gamba, da allora nessun problema. Posso fare il linfodrenaggio?',
    'Tive um AVC leve e desde então estou bem, posso marcar?',
  ])('"%s" does not alarm', calm);
});

describe('round 28 a sign told now is not stood down by "may I have a massage?"', () => {
  it('Russian', () =>
    urgent('ru', 'После операции правая икра опухла и горячая. Можно ли мне завтра на лимфодренаж?'));
  it('Ukrainian', () => urgent('uk', 'Після перельоту ліва нога набрякла й болить. Чи можна мені масаж?'));
});

describe('round 28 the thigh is a clot site', () => {
  it.each([
    ['de', 'Seit der OP letzte Woche ist mein rechter Oberschenkel dick und heiß'],
    ['fr', 'depuis le long vol, ma cuisse gonfle et me fait mal'],
    ['es', 'solo el muslo izquierdo está hinchado y me duele mucho'],
    ['ru', 'после перелёта бедро опухло и болит'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));

  it('"Nach der Fettabsaugung an beiden Oberschenkeln sind beide Beine dick" (both, after lipo) does not alarm', () =>
    calm('Nach der Fettabsaugung an beiden Oberschenkeln sind beide Beine dick'));
});

describe('round 28 skin dark and cold after surgery, by colour and temperature', () => {
  it.each([
    ['pt', 'três dias depois da abdominoplastia a pele perto do umbigo está arroxeada e gelada'],
    ['es', 'tras la lipo la piel del abdomen se ha puesto morada oscura y está fría'],
    ['fr', 'après ma lipo, la peau du ventre devient violacée et froide'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));

  it.each([
    'Tenho a pele escura e queria saber se a drenagem deixa manchas',
    'depois da lipo a barriga ficou roxa, é normal ter hematoma?',
  ])('"%s" does not alarm', calm);
});

describe('round 28 signs told in words the lexicons lacked', () => {
  it.each([
    ['pt', 'estou grávida de 34 semanas e minhas mãos incharam do nada'],
    ['pt', 'gestante de 30 semanas, sinto uma dor forte em cima do estômago'],
    ['ar', 'جدي فجأة لا يستطيع تحريك يده اليسرى'],
    ['ar', 'أمي كلامها غير واضح من نص ساعة'],
    ['tr', 'annem mutfakta düştü, seslenince cevap vermiyor'],
    ['tr', 'kocam titriyor ve hiç cevap vermiyor'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));

  it.each(['我真係唔想再活落去', '我不想再活了'])('"%s" gets the crisis advice in Chinese', (text) =>
    urgent('zh', text, 'crisis'),
  );
});

describe('round 28 Persian breath told as an absence', () => {
  it.each(['مادرم نفس نداره، کمک کنید', 'نفسم نمیاد، سینه‌ام هم درد می‌کنه'])('"%s" alarms', (text) =>
    urgent('fa', text),
  );
});

describe('round 28 Japanese written in kanji alone', () => {
  it.each(['祖母、脳卒中疑。左半身麻痺', '夫胸部圧迫感、冷汗'])(
    '"%s" gets the Japanese emergency advice',
    (text) => urgent('ja', text),
  );
  it('Chinese stays Chinese: "我妈妈胸口很痛" gets the Chinese advice', () => urgent('zh', '我妈妈胸口很痛'));
});

describe('round 28 "the body\'s toxins" is no poisoning', () => {
  it.each(['کیا یہ مساج جسم سے زہریلے مادے نکالتا ہے؟', 'क्या यह मालिश शरीर के जहरीले पदार्थ बाहर निकालती है?'])(
    '"%s" does not alarm',
    calm,
  );
  it('"میرے بیٹے نے زہر پی لیا ہے" (my son drank poison) still alarms', () =>
    urgent('ur', 'میرے بیٹے نے زہر پی لیا ہے'));
});

describe('round 28 a Swahili request about the legs is read as Swahili', () => {
  it('"Ni masaji gani bora kwa miguu inayouma kila jioni?" is told "I speak English" in Swahili', () =>
    expect(read('Ni masaji gani bora kwa miguu inayouma kila jioni?')).toMatchObject({
      kind: 'not_supported',
      language: 'sw',
    }));
});

// Afrikaans shares word starts with English ("tong"/"tongue", "swel"/"swelling", "arm", "warm"): no English message
// may be read by its lexicon, nor by any other new one.
describe('round 28 English stays English', () => {
  it.each([
    'my tongue is swelling up after that new balm',
    'after lipo my arm has been warm and hard for a week',
    'been lazy since my lipo, is that normal?',
    'my gosh the cost of this, also is the piano music on in the room?',
    'my mum has been dizzy since her op, is MLD ok?',
  ])('"%s" is not read as another language', (text) => {
    const reading = read(text);
    expect(reading === null || reading.written === false).toBe(true);
  });
});

describe('round 28 new lexicons through the whole bot', () => {

  it.each([
    ['cy', 'emergency', 'mae fy nhad yn methu anadlu, help'],
    ['th', 'emergency', 'แม่หายใจไม่ออก ช่วยด้วยค่ะ'],
  ] as const)(
    'a %s %s gets the urgent advice in that language, with a person to talk to',
    async (code, kind, text) => {
      const chat = await conversation();
      const replies = await chat.say(text);
      const advice = kind === 'emergency' ? language(code).emergencyAdvice : language(code).crisisAdvice;
      expect(texts(replies)).toEqual([advice]);
      expect(replyOf(replies[0])?.kind).toBe('urgent');
      expect(replyOf(replies[0])?.choices?.[0]?.label).toBe(language(code).talkToPerson);
    },
  );

  it('a personal Irish question gets "I speak English" in Irish, never a health check', async () => {
    const chat = await conversation();
    const replies = await chat.say(
      'An mbeadh an suathaireacht seo go maith domsa? Bíonn mo chosa tinn gach oíche',
    );
    expect(texts(replies)).toEqual([language('ga').notSupported]);
  });
});

describe('round 28 redness spreading with a fever, and a Greek pregnancy told by its weeks', () => {
  it.each([
    ['el', 'Έχω πυρετό και η κοκκινίλα στο χέρι απλώνεται'],
    ['tl', 'nilalagnat ako at yung pula sa binti ko kumakalat'],
    ['es', 'tengo fiebre y la rojez de la pierna se extiende hacia arriba'],
    ['pt', 'estou com febre e a vermelhidão no braço está se espalhando'],
    ['el', 'Είμαι 33 εβδομάδων και βλέπω θολά με δυνατό πονοκέφαλο'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));

  it.each([
    'Είμαι 20 εβδομάδων, μπορώ να κάνω λεμφική μάλαξη;',
    'tenía la pierna un poco roja después de la cera, sin fiebre, ¿puedo ir igual?',
  ])('"%s" does not alarm', calm);
});
