import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 37 (und37a, issue 12 §2): requests for a person in other languages batch 32 showed unread, by cause (a role word,
// a verb form, a mutation, a language with no words here), in wordings written for this test, not batch 32's messages.
// Each cause with its look-alike where one exists.

describe('round 37: asking for a person in a language with a lexicon', () => {
  it.each([
    // French: the caller named in the subjunctive; a person of flesh and blood.
    ['fr', "j'aimerais qu'une conseillère me rappelle demain matin"],
    ['fr', "est-ce possible qu'on me téléphone après 18h ?"],
    ['fr', 'je voudrais parler à un être humain en chair et en os'],
    // Portuguese: the therapist by her trade; a person summoned.
    ['pt', 'quero falar com a massagista sobre o horário'],
    ['pt', 'dá pra conversar com o fisioterapeuta antes de marcar?'],
    ['pt', 'esse bot não entende, chame um atendente por favor'],
    // Indonesian: chat "-in" verbs and CS.
    ['id', 'kak tolong hubungin admin dong, saya mau tanya jadwal'],
    ['id', 'bisa teleponin saya? mau ngobrol sama cs manusia'],
    // Persian: an operator or support.
    ['fa', 'میشه با پشتیبانی صحبت کنم؟ سوالم درباره رزرو است'],
    // Bengali: the polite future of "call me".
    ['bn', 'আপনারা কি আমাকে কল করবেন? আমার কিছু প্রশ্ন আছে'],
    // Greek: is anyone there to answer.
    ['el', 'υπάρχει κανείς εκεί; θέλω να κλείσω ραντεβού'],
    // Urdu: "can a talk be had".
    ['ur', 'کیا مینیجر سے بات ہو سکتی ہے؟ مجھے بکنگ کے بارے میں پوچھنا ہے'],
    // Welsh: the soft mutation.
    ['cy', "Ydy hi'n bosib i rywun o'r staff fy ffonio i yfory?"],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    // Greek: "is there any way the massage helps" is no request.
    'υπάρχει κάποιος τρόπος να με βοηθήσει το μασάζ στο πρήξιμο;',
    // Portuguese: one's own physio, and what the masseuse is called.
    'devo falar com meu fisioterapeuta antes da sessão?',
    'como se chama a massagista de terça?',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});

describe('round 37: asking for a person in a language with no lexicon', () => {
  it.each([
    // Lithuanian.
    'Ar galėčiau pakalbėti su darbuotoju apie rezervaciją?',
    'prašau, paskambinkite man vakare',
    // Scottish Gaelic.
    'Tha mi airson bruidhinn ri cuideigin bhon sgioba',
    // Amharic.
    'እባካችሁ ደውሉልኝ',
    // Zulu: phone me with its object prefix.
    'ningishayele kusasa ekuseni',
  ])('"%s" is handed to the team', (text) => {
    expect(read(text)?.kind).toBe('handoff');
  });
});

describe('round 37: a complaint to another company is not a request for our team', () => {
  it.each([
    '¿cómo pongo una queja contra la aerolínea por mi maleta?',
    'quiero reclamar a mi banco por un cobro doble',
  ])('"%s" is not handed to the team', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });

  it('a complaint to us in Spanish still reaches the team', () => {
    expect(read('quiero poner una queja, la terapeuta llegó tarde')).toMatchObject({ kind: 'handoff', language: 'es' });
  });
});
