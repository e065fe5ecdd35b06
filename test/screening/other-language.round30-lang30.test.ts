import { messageRouter } from '../helpers/dialog-deps';
import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';
import { read as reading, routesUnder, sameUnder } from '../helpers/router-readings';

// Round 30 (lang30, issue 11 item 6 and issue 12): messages in other languages, written for this test, not taken from any
// read set or from round30-lang30.yaml. Each cause has its own wordings and guards (messages that must not change behaviour).

describe("round 30 a child's breathing: a high noise, flaring nostrils, the chest sucking in", () => {
  it.each([
    ['vi', 'Con gái tôi 1 tuổi thở rít, tím tái quanh môi'],
    ['vi', 'bé thở mà lồng ngực bị rút lõm, em lo quá'],
    ['es', 'al bebé se le hunden las costillas cada vez que respira'],
    ['pt', 'meu nenê tá com a asa do nariz batendo e respirando rápido'],
    ['ar', 'ابني صدره يسحب لتحت وهو يتنفس من الفجر'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'Con tôi hơi sổ mũi nhưng vẫn chơi và ăn bình thường, tôi muốn đặt lịch cho tôi',
    'mi hijo ronca cuando duerme, ¿puedo llevarlo a mi cita?',
  ])('"%s" does not alarm', calm);
});

describe('round 30 a clot: a past clot, a flight or a birth with one leg, in the verbs people type', () => {
  it.each([
    ['pt', 'já tive trombose e agora a batata da perna esquerda inchou e tá doendo'],
    ['pt', 'dei à luz faz 10 dias e a coxa direita endureceu'],
    ['ru', 'три недели как родила, правая нога отекла и горячая'],
    ['ru', 'левая икра опухла и покраснела со вчерашнего вечера'],
    ['es', 'tuve un trombo hace dos años y hoy el muslo derecho está caliente e hinchado'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'tive trombose há muitos anos e hoje estou bem, quero marcar drenagem',
    'После родов прошло два года, ноги в порядке, хочу лимфодренаж',
  ])('"%s" does not alarm', calm);
});

describe('round 30 purple or dark spots with a fever', () => {
  it.each([
    ['es', 'mi hija tiene fiebre y unas manchitas moradas en el pecho'],
    ['pt', 'meu filho tá com febre e manchas roxas pelo corpo todo'],
    ['fr', 'fièvre depuis ce matin et des petites taches violettes sur le ventre'],
    ['de', 'Meine Tochter hat Fieber und lila Flecken an den Armen'],
    ['it', 'ha la febbre e delle macchioline viola sulla pancia'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'me salió un moratón morado en la rodilla por un golpe, sin fiebre',
    'Ich habe blaue Flecken vom Training, kein Fieber, darf ich kommen?',
  ])('"%s" (a bruise, no fever) does not alarm', calm);
});

describe('round 30 spreading redness with chills, a very hot lymphoedema limb (Portuguese)', () => {
  it.each([
    'a vermelhidão do corte tá se espalhando e tô com calafrio',
    'meu braço com linfedema tá quentíssimo e eu tô com tremedeira',
  ])('"%s" alarms', (text) => urgent('pt', text));
  it('"fiz tatuagem ontem, tá só um pouco vermelha, sem febre" does not alarm', () =>
    calm('fiz tatuagem ontem, tá só um pouco vermelha, sem febre'));
});

describe('round 30 palpitations with dizziness or faintness', () => {
  it.each([
    ['fr', "j'ai des palpitations et la tête me tourne depuis tout à l'heure"],
    ['fr', 'mon cœur bat trop vite et je vais tomber dans les pommes'],
    ['es', 'tengo taquicardia y estoy mareada'],
    ['pt', 'tô com palpitação e muita tontura'],
    ['de', 'Herzrasen und mir ist total schwindlig'],
    ['it', 'ho le palpitazioni e un forte capogiro'],
    ['tr', 'çarpıntım var, başım dönüyor'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'Bei den Preisen krieg ich ja Herzrasen 😄',
    'hice un electro por palpitaciones el año pasado y todo salió normal',
  ])('"%s" does not alarm', calm);
});

describe('round 30 a threat with a weapon, shut in or hiding in fear', () => {
  it.each([
    ['it', 'il mio ex mi minaccia con una pistola'],
    ['it', 'mi sono chiusa in camera, lui è ubriaco e ho paura'],
    ['tr', 'eşim bıçakla tehdit ediyor, odaya kilitlendim'],
    ['es', 'estoy escondida en el baño, mi marido tiene un cuchillo'],
    ['pt', 'ele me ameaçou de morte com um revólver'],
    ['de', 'Er hat mich mit einer Waffe bedroht'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'mio marito mi minaccia di mangiarsi tutta la torta 😂',
    'kapı kilitli kaldı, biraz geç geleceğim',
  ])('"%s" does not alarm', calm);
});

describe('round 30 a rash with tingling or swelling lips', () => {
  it.each([
    ['ja', '新しい石けんで手にぶつぶつが出て、唇が腫れてきました'],
    ['es', 'me salió urticaria y se me están hinchando los labios'],
    ['fr', "de l'urticaire sur les bras et la langue qui fourmille"],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it('"les lèvres un peu sèches avec le froid" does not alarm', () =>
    calm("j'ai les lèvres un peu sèches avec le froid, vous avez un soin ?"));
});

describe('round 30 a swallowed magnet or battery, and a crisis, in Arabic', () => {
  it.each(['طفلي ابتلع مغناطيس صغير', 'بنتي بلعت بطارية ساعة'])('"%s" alarms', (text) => urgent('ar', text));
  it.each([
    'لم تعد لدي رغبة في الحياة',
    'أخذت كل حبوب المنوم اللي عندي',
    'ما ابغى احد يعرف اني اخذت الحبوب كلها',
  ])('"%s" gets the crisis advice', (text) => urgent('ar', text, 'crisis'));
});

describe('round 30 a face drooping to one side (Chinese), and a cosmetic face', () => {
  it('"奶奶脸一边下垂，左右不对称" alarms', () => urgent('zh', '奶奶脸一边下垂，左右不对称'));
  it.each(['减肥以后脸两边不对称，有点下垂', '年纪大了面部松弛下垂，想做引流'])('"%s" does not alarm', calm);
});

describe('round 30 past events and all-clears in other languages', () => {
  it.each([
    'desmaiei semana passada mas já tô ótima',
    'tive hemorragia no parto em 2018, hoje estou bem',
    'Инфаркт был давно, сейчас все стабильно',
    'pichle mahine seene mein dard tha, ab bilkul theek hoon',
    'Tôi không bị sốt, không khó thở, chỉ hỏi giá thôi',
    'Vor einem Monat hatte ich Atemnot, jetzt bin ich wieder fit',
  ])('"%s" does not alarm', calm);
  it('a plain Vietnamese "không" alone denies nothing: "không hiểu sao đau ngực dữ dội" alarms', () =>
    urgent('vi', 'không hiểu sao đau ngực dữ dội'));
});

describe('round 30 asking for a person, and a complaint to someone else (Polish)', () => {
  it.each([
    'Naomba mtu wa mapokezi anipigie leo',
    'Ich hätte gern mit der Studioleitung gesprochen',
    'Ich habe eine Beschwerde wegen meines letzten Termins',
    'ممكن حد من المركز يتصل علي؟',
  ])('"%s" is a hand-off', (text) => {
    expect(read(text)?.kind).toBe('handoff');
  });
  it('"Pomóż mi napisać reklamację do banku" is not a hand-off', () => {
    expect(read('Pomóż mi napisać reklamację do banku')?.kind).not.toBe('handoff');
  });
});

describe('round 30 personal requests: Turkish and Hindi get a person in their language; Pidgin reaches the health check', () => {
  it.each([
    ['tr', 'Bana hangi seansı önerirsiniz, sırtım çok tutuluyor'],
    ['hi', 'meri behen ko thyroid hai, kya woh drainage karwa sakti hai?'],
    ['hi', 'papa ke liye kya book karun, unke pair bahut sujte hain'],
  ])('%s: "%s"', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });

  const router = messageRouter();
  const readings = [reading('out_of_scope'), reading('ask_question'), reading('get_recommendation'), reading('none', 1)];
  const routes = routesUnder(router, readings);
  const everywhere = sameUnder(readings);
  it.each([
    'my mama don old well well, e fit do dis drainage?',
    'I don finish my chemo, e good make I do lymph massage?',
    'my leg dey swell, which one una go advise?',
  ])('"%s" is a personal request', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});
