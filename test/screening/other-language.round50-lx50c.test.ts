import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 50 (lx50c; dev set 50E read). Examples written for this test, none from a test set: each concept added to a
// lexicon, told in other words, and calm messages that share its words.

describe('Macedonian, read by the Serbian Cyrillic block: chest, pregnancy bleeding, being gone, a hot lymphoedema arm', () => {
  it.each([
    ['мама се држи, рака на лимфедем ми е врела и црвена', 'emergency'],
    ['сопругата се фати за градите и вели дека ја стиска', 'emergency'],
    ['бремена сум во седми месец и крварам од утрово', 'emergency'],
    ['немам сила, на сите ќе им биде подобро да ме нема', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sr', text, kind));

  it('calm: "имам лимфедем на раката, стабилен е, термин во петок?"', () =>
    expectNotUrgent('имам лимфедем на раката, стабилен е, термин во петок?'));
});

describe('Croatian/Serbian Latin and Slovenian: a chest held, a muddled fever, a limb not lifted, pregnancy lights, ending it', () => {
  it.each([
    ['hr', 'brat se drzi za grudi, ko da mu kamen sjedi na grudima', 'emergency'],
    ['hr', 'ima groznicu i potpuno je smusen, ne zna gdje je', 'emergency'],
    ['sl', 'mama ne more dvignit leve roke in besede se ji zapletajo', 'emergency'],
    ['sl', 'sem v 35. tednu in vidim utripajoce lucke pred ocmi', 'emergency'],
    ['sl', 'nic vec nima smisla, razmisljam, kako bi se vse koncalo', 'crisis'],
  ] as const)('%s: "%s"', (code, text, kind) => expectUrgentIn(code, text, kind));

  it('calm: "ta teden me boli pod rebri desno po teku"', () => expectNotUrgent('ta teden me boli pod rebri desno po teku'));
});

describe('Albanian, Lithuanian, Latvian and Estonian', () => {
  it.each([
    ['sq', 'babi me shtrengon gjoksi dhe po djersitet', 'emergency'],
    ['lt', 'tėčiui staiga nutirpo puse veido', 'emergency'],
    ['lt', 'po kremo liezuvis storas, sunku nuryti', 'emergency'],
    ['lt', 'po lipo tvarstis persisunkes krauju', 'emergency'],
    ['lv', 'pec abdominoplastikas vēders ciets kā akmens', 'emergency'],
    ['lv', 'paldies par visu, jums vairs nebus jaraizejas', 'crisis'],
    ['et', 'huuled on lillakad ja ta ei saa hingata', 'emergency'],
    ['et', 'lümfiturse jalg on punane ja tuline', 'emergency'],
  ] as const)('%s: "%s"', (code, text, kind) => expectUrgentIn(code, text, kind));

  it.each([
    'veder pec abdominoplastikas ir mīksts, viss labi',
    'paldies par visu, tiekamies rit',
    'lilla huulepulk sobib mulle',
    'nutirpo koja nuo sedejimo, jau praejo',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Bulgarian, Romanian, Ukrainian and Greek in Latin letters', () => {
  it.each([
    ['bg', 'бременна съм в 33 седмица и лицето ми внезапно отече', 'emergency'],
    ['bg', 'написах прощално писмо, няма смисъл повече', 'crisis'],
    ['ro', 'copilul s-a invinetit la buze', 'emergency'],
    ['ro', 'se zvarcoleste pe jos cu ochii dati peste cap', 'emergency'],
    ['uk', 'після маски все обличчя в пухирях і свистить у грудях', 'emergency'],
    ['uk', 'всім буде легше, коли мене не стане', 'crisis'],
    ['el-latn', 'meta to lipo vouizoun ta autia mou', 'emergency'],
    ['el-latn', 'skeftomai na ta teleiwsw ola apopse', 'crisis'],
  ] as const)('%s: "%s"', (code, text, kind) => expectUrgentIn(code, text, kind));

  it.each([
    'мам лимфедем на ръката след операция на гърдата, стабилен е',
    'всім буде легше, якщо я прийду раніше',
    'na ta teleiwsw ola ta emails prin to massaz',
    'apopse tha erthw gia masaz',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Macedonian garden is not the chest', () => {
  it.each([
    'работев во градината цел ден и ме боли раката, имате ли масажа?',
    'работила сам у градини и боли ме рука',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
