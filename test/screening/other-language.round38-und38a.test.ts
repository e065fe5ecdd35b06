import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 38 (und38a, issue 12 §2): requests for a person in other languages batch 33 showed unread, by cause (a verb of talking
// the lexicon lacked, a verb form, one of ours by a title or a word the lexicon lacked, whom to talk to, whether one of the
// staff is free), in wordings written for this test, not batch 33's messages. Each with look-alikes that ask for no one.

describe('round 38: asking for a person in a language with a lexicon', () => {
  it.each([
    // Portuguese: a matter settled with one of ours; one of the staff "de verdade".
    ['pt', 'dá pra acertar o pagamento com a atendente?'],
    ['pt', 'quero um funcionário de verdade, por favor'],
    // French: discussing or exchanging with one of ours.
    ['fr', 'je voudrais discuter avec le praticien de mon dossier'],
    // Italian: "passami", and one of ours by title.
    ['it', 'passami la reception, grazie'],
    ['it', 'vorrei parlare con la dottoressa Bianchi domani'],
    // Spanish: whom to ring.
    ['es', '¿a quién llamo para cambiar mi cita?'],
    // Polish: chatting with someone.
    ['pl', 'chciałbym pogadać z kimś z obsługi'],
    // Japanese: the salon's people.
    ['ja', 'サロンの方と話したいです'],
    // Ukrainian: the verb in another form.
    ['uk', 'хай мені передзвонить адміністратор, будь ласка'],
    // Dutch: whether one of the staff is there.
    ['nl', 'is er iemand van de receptie aanwezig?'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    'posso tratar a celulite com drenagem linfática?',
    'la signora che mi ha fatto il massaggio era bravissima',
    'is lymfedrainage bij jullie beschikbaar op zaterdag?',
    'je voudrais discuter des tarifs pour une cure',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
