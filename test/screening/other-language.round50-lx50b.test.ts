import { expectNotUrgent, expectUrgentIn, readInOtherLanguage } from '../helpers/other-language-reading';

// Round 50 (lx50b, issue 11 part 6; dev set 50B read). Examples written for this test, none from a test set: each
// concept added to a lexicon, told in other words, and calm messages that share its words.

describe('Bulgarian: a new lexicon, every category', () => {
  it.each([
    ['стяга ме в гърдите и болката отива към лявата ръка', 'emergency'],
    ['баща ми се задушава и устните му са посинели', 'emergency'],
    ['на мама ѝ увисна ъгълчето на устата и не може да говори', 'emergency'],
    ['изведнъж ръката ми се отпусна и не мога да я вдигна', 'emergency'],
    ['езикът ми се подува след новия крем и трудно преглъщам', 'emergency'],
    ['повърнах кръв два пъти', 'emergency'],
    ['раната след абдоминопластиката кърви и превръзката прогизна', 'emergency'],
    ['детето припадна и не реагира', 'emergency'],
    ['бременна съм в 32 седмица и ужасно ме боли главата, виждам мушици', 'emergency'],
    ['след липосукцията коремът ми е твърд като камък', 'emergency'],
    ['след ббл кожата на дупето почерня', 'emergency'],
    ['след липото ми изтръпват устните и бучи в ушите', 'emergency'],
    ['след полета левият ми прасец е подут и горещ', 'emergency'],
    ['имам лимфедем на крака, червен и горещ е и ме втриса', 'emergency'],
    ['детето има температура и петна, които не изчезват под чашата', 'emergency'],
    ['на всички ще им е по-добре без мен', 'crisis'],
    ['събрах всичките си хапчета и ще ги изпия довечера', 'crisis'],
    ['не искам да се събуждам повече', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('bg', text, kind));

  it.each([
    'след масажа ме болят краката, нормално ли е?',
    'гърдите ме болят от кърменето',
    'миналата седмица дарих кръв, мога ли да дойда на масаж?',
    'краката ми отичат вечер след работа',
    'мъжът ми падна от колелото вчера, сега е добре',
    'имам високо кръвно, може ли масаж?',
    'какви са признаците на инсулт?',
    'вчера тичах и сега съм задъхана',
    'утре няма да ме има, ще съм в софия, може ли в сряда?',
    'писна ми от работа, не мога повече',
    'мъжът ми говори глупости цял ден',
  ])('calm: "%s"', (text) => expectNotUrgent(text));

  it('a Bulgarian booking question is answered in Bulgarian, not Russian', () => {
    expect(readInOtherLanguage('колко струва масажът на лицето?')).toMatchObject({
      language: 'bg',
      kind: 'not_supported',
    });
  });

  it('a Russian message is still answered in Russian', () => {
    expect(readInOtherLanguage('у меня болит грудь и отдает в руку')).toMatchObject({
      language: 'ru',
      kind: 'emergency',
    });
  });

  it('asking for a person in Bulgarian is handed over', () => {
    expect(readInOtherLanguage('искам да говоря с човек')).toMatchObject({ language: 'bg', kind: 'handoff' });
  });
});

describe('Baltic: after lipo or a BBL, the glass test, a lymphoedema limb, one calf, a burden and letters', () => {
  it.each([
    ['lt', 'po liposakcijos man tirpsta lūpos ir zvimbia ausyse', 'emergency'],
    ['lt', 'dukrai pakilo temperatūra, dėmelės neišnyksta prispaudus stiklinę', 'emergency'],
    ['lt', 'mano ranka su limfedema raudona ir karšta', 'emergency'],
    ['lv', 'pēc lipo labais ikrs ir pietūcis un karsts', 'emergency'],
    ['lv', 'rokas limfedēma ir sarkana, man ir drudzis', 'emergency'],
    ['et', 'pärast lendu on vasak säär paistes ja valus', 'emergency'],
    ['et', 'kõigil oleks lihtsam, kui mind enam poleks', 'crisis'],
    ['et', 'kirjad on valmis, ma ei jaksa enam', 'crisis'],
  ] as const)('%s: "%s"', (code, text, kind) => expectUrgentIn(code, text, kind));

  it.each([
    'vakar grįžau iš jūros, kojos pavargusios ir karštis didelis',
    'ar galima masažuoti kai yra limfedema? ji stabili',
    'kiek kainuoja masažas su stikline žvakės?',
    'saar oli kuum ja ilus, lennult tulles puhkasin',
    'raamat on valmis, kirjad saadetud',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Romanian, Ukrainian, Polish, Slovak and Greek in Latin letters', () => {
  it.each([
    ['ro', 'mamei i-a căzut colțul gurii și nu mai poate zâmbi', 'emergency'],
    ['ro', 'tata vorbește aiurea de câteva minute și nu își simte mâna', 'emergency'],
    ['ro', 'am strâns toate pastilele de dormit pentru diseară', 'crisis'],
    ['uk', 'після ббл сідниця почорніла', 'emergency'],
    ['pl', 'tata osunął się na ziemię i nic nie mówi', 'emergency'],
    ['sk', 'po liposukcii mi tŕpne jazyk a hučí mi v ušiach', 'emergency'],
    ['el-latn', 'meta to kremi prisikan ta xeili tis kai den mporei na katapiei', 'emergency'],
  ] as const)('%s: "%s"', (code, text, kind) => expectUrgentIn(code, text, kind));

  it.each([
    'mi-a căzut telefonul și buza e crăpată de la frig',
    'vorbește aiurea tot timpul, așa e el',
    'am cumpărat toate cutiile de ceai pentru diseară',
    'upadł mi telefon i nic nie działa',
    'po bbl chcem prísť na masáž, je to možné?',
    'prisikan ta podia mou apo ti zesti',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
