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

// Issue 11 names "I'm 34 weeks and my face and hands have suddenly swollen" (pre-eclampsia). Told by its week alone,
// with no word for pregnant, it got an emergency reading in 3 of the 18 languages tried; a number from 20 to 42 beside
// a week word now reads as a pregnancy (`gestationalWeeks` in knowledge/other-languages.yaml).
describe('a pregnancy told by its week, with a sudden swelling of the face and hands', () => {
  it.each([
    ['es', 'Tengo 34 semanas y de repente se me hinchó mucho la cara y las manos'],
    ['pt', 'Estou com 33 semanas e do nada meu rosto e minhas mãos incharam muito'],
    ['fr', "Je suis à 35 semaines et j'ai le visage et les mains qui ont gonflé d'un coup"],
    ['de', 'Bin in der 34. Woche und plötzlich sind Gesicht und Hände stark geschwollen'],
    ['it', "Sono alla 34esima settimana e all'improvviso mi si sono gonfiate faccia e mani"],
    ['pl', 'Jestem w 34 tygodniu i nagle spuchła mi twarz i ręce'],
    ['ro', 'Sunt în săptămâna 34 și brusc mi s-au umflat fața și mâinile'],
    ['vi', 'Tôi đang ở tuần 34, tự nhiên mặt và tay sưng phù lên'],
    ['nl', 'Ik ben 34 weken en mijn gezicht en handen zijn ineens heel dik'],
    ['lv', 'Esmu 35. nedēļā, pēkšņi sapampa seja un rokas'],
    ['et', 'Olen 34. nädalal ja äkki paistetasid nägu ja käed'],
    ['lt', 'Esu 34 savaitę, staiga ištino veidas ir rankos'],
    ['hr', 'U 34. sam tjednu i naglo su mi otekli lice i ruke'],
    ['sl', 'V 34. tednu sem in nenadoma so mi otekli obraz in roke'],
  ])('%s: "%s"', (code, text) => expectUrgentIn(code, text));

  it.each([
    // Two weeks after an operation is no pregnancy: only weeks 20 to 42 are read as one.
    'Tengo 2 semanas de operada y la cara sigue hinchada, ¿puedo ir al drenaje?',
    // A date is no week: "sábado 25" has no week word beside it.
    'El sábado 25 tengo cita, ¿puedo ir con las manos un poco hinchadas por el calor?',
    // A short week word is a whole word: "sa" also starts "samedi".
    'Samedi 28 je viens pour le drainage, mes chevilles gonflent un peu le soir',
  ])('no pregnancy read into "%s"', (text) => expectNotUrgent(text));
});
