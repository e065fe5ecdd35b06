import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 28 (hand28, issue 12 §2): a request for a person in Greek, Russian, Ukrainian, Irish, Welsh, Danish, Swedish,
// Czech, Hungarian or Thai (no words for it here before), in Portuguese as a wish in the subjunctive, in Chinese with a
// call's measure word, in Arabic in a prefixed form of "to talk", in Spanish with the pronoun joined to the verb, and in
// Polish, Turkish, Persian and Punjabi in forms their lists missed, got "I speak English" instead of the team.
// Phrasings written for this test, not taken from any batch.

// Merged with lang28 (round 28), which gave Greek, Russian, Ukrainian, Irish, Welsh, Czech, Hungarian and Thai hand-off words
// of their own: those requests now reach the team with the reply in that language, not 'other' in English.
describe('a request for a person in another language reaches the team', () => {
  it.each([
    ['Θα ήθελα να μιλήσω με κάποιον υπεύθυνο, όχι με ρομπότ', 'el'],
    ['Пожалуйста, перезвоните мне, хочу поменять время записи', 'ru'],
    ['Можно поговорить с живым человеком, а не с ботом?', 'ru'],
    ['Будь ласка, зателефонуйте мені, я хочу змінити запис', 'uk'],
    ['Хочу поговорити з адміністратором щодо оплати', 'uk'],
    ["An féidir liom labhairt le duine ón bhfoireann? Tá ceist agam faoi m'áirithint", 'ga'],
    ["Hoffwn i siarad gyda rhywun o'r staff am fy apwyntiad, diolch", 'cy'],
    ['Ffoniwch fi yn ôl os gwelwch yn dda, mae gen i gwestiwn', 'cy'],
    // Round 31 (lang31): Arabic and Swedish have their own hand-off reply now (the request reaches the team in their language).
    ['أريد أن أتكلم مع المدير من فضلك', 'ar'],
    ['Queria muito que alguém da recepção me telefonasse hoje', 'pt'],
    ['麻烦让经理给我打个电话，我的预约有问题', 'zh'],
    ['¿Podrías pasarme con alguien de recepción? Tengo una duda con mi cita', 'es'],
    ['can I talk con alguien de la recepción please', 'es'],
    // someone as the caller in Polish, being called in Turkish, the staff in the plural in Persian, "want to talk" in
    // Punjabi, and Danish, Swedish, Czech, Hungarian and Thai, which have no words for it here
    ['Czy ktoś może do mnie zadzwonić w sprawie wizyty?', 'pl'],
    ['Beni arayabilir misiniz? Randevumu değiştirmek istiyorum', 'tr'],
    ['من میخواهم با یکی از کارکنان صحبت کنم', 'fa'],
    ['ਮੈਂ ਕਿਸੇ ਸਟਾਫ ਨਾਲ ਗੱਲ ਕਰਨੀ ਚਾਹੁੰਦਾ ਹਾਂ', 'pa'],
    // Round 49 (ho49): Danish has its own hand-off reply now.
    ['Jeg vil gerne tale med en medarbejder', 'da'],
    ['Jag vill prata med en person', 'sv'],
    ['Chci mluvit s někým z personálu', 'cs'],
    ['Szeretnék beszélni valakivel a recepcióról', 'hu'],
    ['ขอคุยกับพนักงานหน่อยค่ะ', 'th'],
  ])('%s', (text, language) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language });
  });
});

describe('a question in those languages that asks for no one is not handed off', () => {
  it.each([
    'Что такое лимфодренажный массаж?',
    'Чи можна робити масаж під час вагітності?',
    'Τι είναι η λεμφική παροχέτευση;',
    '我需要打个电话预约吗？',
  ])('%s', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
