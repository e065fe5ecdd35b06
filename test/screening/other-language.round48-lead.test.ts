import { expectNotUrgent, expectUrgentIn, otherLanguage, readInOtherLanguage } from '../helpers/other-language-reading';

// Round 48 (lead, issue 11 part 6). Examples written for this test, none from a test set.

// Lithuanian and Latvian share common words ("ir", "kur", "kad"), so a short Latvian question was answered in
// Lithuanian, or read as English. Each now has the letters only it writes among the lexicons (`distinctive`), and at
// equal common words the language whose own letters the message has comes first.
describe('Latvian and Lithuanian told apart by their own letters', () => {
  it.each([
    ['lv', 'Kur ir jūsu salons? Vai tālu no centra?'],
    ['lv', 'Kādas ir jūsu cenas?'],
    ['lt', 'Kur ir jūsų salonas, ar toli nuo centro?'],
    ['lt', 'Sveiki, kiek kainuoja seansas šeštadienį?'],
  ])('%s: "%s" gets "I speak English" in its own language', (code, text) => {
    expect(readInOtherLanguage(text)).toMatchObject({
      kind: 'not_supported',
      language: code,
      text: otherLanguage(code).notSupported,
    });
  });
});

// Issue 11 lists bleeding through a dressing or garment, and from a wound or drain: Croatian, Slovenian and Albanian had
// both since round 47, Lithuanian, Latvian and Estonian neither.
describe('bleeding through a dressing or from a wound after an operation, in Lithuanian, Latvian and Estonian', () => {
  it.each([
    ['lt', 'Po pilvo plastikos operacijos tvarstis visiškai permirko krauju'],
    ['lt', 'Vakar man darė operaciją, dabar iš žaizdos bėga kraujas'],
    ['lv', 'Asinis sūcas caur pārsēju, viss krekls izmircis'],
    ['lv', 'Trešā diena pēc operācijas, no brūces tek asinis'],
    ['et', 'Pärast lõikust tuleb haavast verd'],
    ['et', 'Veri tuleb läbi sideme, kõik on verine'],
  ])('%s: "%s"', (code, text) => expectUrgentIn(code, text));

  it.each([
    'Kraujo tyrimai po operacijos buvo geri, ar galiu ateiti masažui?',
    'Asins analīzes pēc operācijas bija labas, vai drīkstu nākt uz masāžu?',
    'Vereanalüüs pärast operatsiooni oli korras, kas võin massaaži tulla?',
  ])('a blood test after an operation is no bleeding: "%s"', (text) => expectNotUrgent(text));
});
