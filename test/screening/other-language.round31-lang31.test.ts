import {
  expectNotUrgent as calm,
  otherLanguage,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';

// Round 31 (lang31, issue 11 item 6 and issue 12 §2): messages in other languages, written for this test, not taken from any
// read set or from knowledge/urgency-examples/round31-lang31.yaml. Each cause has its own wordings and guards (messages that
// must not change behaviour).

describe('round 31 asking for a person gets the reply in the language asked in', () => {
  it.each([
    ['ar', 'لو سمحت ممكن أتكلم مع أحد الموظفين عن الفاتورة؟'],
    ['ar', 'أرجو من الاستقبال أن يتصلوا بزوجي بخصوص موعده'],
    ['ar-latn', 'baddi e7ki ma3 el modir law sama7t, 3andi mushkle bel 7ajz'],
    ['hi', 'kya main aapke manager se baat kar sakti hoon? refund ka issue hai'],
    ['tl', 'pwede ko po bang makausap ang therapist bago mag book?'],
    ['id', 'saya mau bicara dengan resepsionis soal jadwal saya'],
    ['sv', 'Får jag prata med någon i personalen om min bokning?'],
    ['he', 'אפשר לדבר עם מישהו מהצוות לגבי התור שלי?'],
  ])('%s: "%s" is handed to the team with that language\'s reply', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code, text: otherLanguage(code).handoffReply });
  });
  it.each([
    ['it', 'Sarebbe possibile che qualcuno richiamasse mia zia nel pomeriggio?'],
    ['it', 'Potreste telefonare a mio marito per confermare?'],
    ['de', 'Könnte mich jemand aus dem Team kurz anrufen? Ich sitze im Zug'],
    ['de', 'Kann jemand von der Rezeption meiner Tochter eine Mail schreiben?'],
    ['ko', '원장님이랑 잠깐 통화할 수 있을까요?'],
    ['ko', '데스크에서 할머니께 연락 주실 수 있을까요?'],
    ['zh', '麻烦前台给我老公打个电话确认一下时间'],
    ['zh', '可以让客服给我女儿发个信息吗'],
  ])('%s: being called or written to, "%s", is handed to the team', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });
  it.each([
    'Kann ich Ihnen eine E-Mail schreiben, um den Termin zu ändern?',
    '我可以打电话预约吗？',
    'Quanto costa una seduta di linfodrenaggio?',
  ])('"%s" is not a request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});

describe('round 31 a means got ready, "I\'ll end it", "I\'d rather die"', () => {
  it.each([
    ['fr', "j'ai trouvé une corde dans la grange et je ne sais pas pourquoi je vous écris"],
    ['es', 'compré una soga esta mañana, perdón, no sé ni por qué les escribo'],
    ['de', 'Der Strick ist gekauft, heute Abend ist es vorbei, lebt wohl'],
    ['it', 'Domani non venite a cercarmi, stasera la faccio finita'],
    ['tl', 'pagod na ako sa lahat, mamatay na lang ako'],
    ['pl', 'Wszystkim ulży, gdybym zniknęła na dobre'],
  ])('%s: "%s" gets the crisis words', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    "J'ai acheté une corde à sauter pour me remettre au sport, le drainage aide-t-il ?",
    'Ho deciso: la faccio finita con i dolci! Avete un pacchetto dimagrante?',
    'mamatay na lang ako sa kilig sa bagong facial niyo haha',
    'Po masażu zniknął mi ból karku, dziękuję bardzo',
  ])('"%s" does not alarm', calm);
});

describe('round 31 infection: a lymphoedema limb red or burning, chills, rigors, a weeping wound', () => {
  it.each([
    ['es', 'con el linfedema la pierna se me ha puesto rojo vivo y me arde desde el mediodía'],
    ['es', 'me operaron la semana pasada y estoy tiritando bajo la manta'],
    ['de', 'vier Tage nach der Brustverkleinerung zittere ich am ganzen Körper'],
    ['de', 'die Wunde am Bauch eitert und ich habe seit heute Fieber'],
    ['hi', 'operation ke baad bukhar hai aur tanke laal aur garam ho gaye'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'tengo linfedema, ¿puedo darme un baño caliente después de la sesión?',
    'estoy tiritando porque llovía mucho, ¿tenéis toallas en la cabina?',
    'Ich zittere am ganzen Körper vor Lampenfieber, morgen ist die Prüfung. Termin frei?',
  ])('"%s" does not alarm', calm);
});

describe('round 31 vomiting blood, poison in a child\'s mouth, pregnancy by its week', () => {
  it.each([
    ['es', 'mi madre lleva una hora devolviendo y ahora sale con sangre'],
    ['de', 'mein Kleiner hatte Rohrreiniger im Mund und weint'],
    ['es', 'la niña se metió una cápsula de detergente en la boca'],
    ['de', 'SSW 36 und plötzlich Lichtblitze und Druck unter den Rippen'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'quiero devolver la bata roja que compré, ¿cómo lo hago?',
    'Welches Waschmittel nehmen Sie für die Handtücher?',
    'Seit einer Woche Kopfschmerzen vom Computer, hilft eine Massage?',
    'SSW 20, alles gut laut Ärztin, wann kann ich zur Lymphdrainage?',
  ])('"%s" does not alarm', calm);
});

describe('round 31 a clot, the heart, a stroke and the airway in words the lexicons missed', () => {
  it.each([
    ['nl', 'mijn linkerkuit is sinds vanmorgen opgezet en warm, vorige maand bevallen'],
    ['uk', 'після заміни коліна литка набрякла і болить'],
    ['ar', 'ألم شديد في صدري ينتشر لذراعي الشمال'],
    ['ar', 'جدتي فجأة ما تقدر ترفع يدها'],
    ['ar-latn', 'lisani kbir kteer w ma 3am b2dar ebla3, shu a3mel'],
    ['hi', 'naya face serum lagaya aur honth sooj gaye'],
    ['hi', 'lipo ke baad se munh sunn hai aur kaan mein seeti baj rahi hai'],
    ['hi', 'flight ke baad se ek pindli sooji hui aur garam hai'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'mijn linkerbeen is stijf van het hardlopen, spierpijn, sportmassage mogelijk?',
    'после перелёта отекли обе ноги, ничего не болит, хочу записаться',
    'كلامك غير مفهوم، أبي أعرف السعر بس',
    'shafati kbar ba3d el filler, normal?',
    'chehre pe subah sujan si rehti hai, facial ka rate kya hai?',
    'agle mahine knee surgery hone wali hai, pair mein halka dard rehta hai',
  ])('"%s" does not alarm', calm);
});

describe('round 31 past events dated long ago or by their decade, all-clears and denials', () => {
  it.each([
    'Mi madre tuvo una trombosis hace muchísimo tiempo, ¿puedo hacer drenaje?',
    'A minha tia teve um AVC há muito tempo. Posso fazer massagem?',
    'Mein Onkel hatte vor langer Zeit einen Herzinfarkt. Ist Lymphdrainage für mich sicher?',
    'Mijn opa had in de jaren negentig een herseninfarct, is dat erg voor mij?',
    'Nie mam żadnych objawów ani dolegliwości, chcę się tylko zrelaksować',
    'Ik viel flauw bij de bakker, de huisarts heeft alles nagekeken: niets ernstigs',
    "J'ai failli m'évanouir en voyant vos tarifs, il y a une promo ?",
  ])('"%s" does not alarm', calm);
});
