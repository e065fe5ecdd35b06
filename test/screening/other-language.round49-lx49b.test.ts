import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 49 (lx49b, issue 11 part 6; dev set 43L read). Examples written for this test, none from a test set: each
// concept added to a lexicon, told in other words, and calm messages that share its words.

describe('Catalan: the calf, swallowing, bleeding, no response, pregnancy and after an operation', () => {
  it.each([
    'des de l\'avió tinc el bessó esquerre calent i inflat',
    'amb la crema nova se li inflen els llavis a la meva filla',
    'tinc la llengua enorme i no puc empassar',
    'sagno per la ferida i no puc aturar-ho',
    'la meva mare no obre els ulls i no respon',
    'estic embarassada de 36 setmanes i se m\'ha inflat la cara de cop',
    'després de la lipo tinc la panxa dura com una pedra',
    'fa tres dies de l\'abdominoplàstia i la pell s\'està tornant negra',
  ])('"%s"', (text) => expectUrgentIn('ca', text));

  it.each([
    'els meus bessons tenen febre i mal de coll',
    'vaig fer-me un tatuatge al bessó, està una mica vermell',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Slovak: vomiting blood, killing oneself, after an operation, a lymphoedema limb', () => {
  it.each([
    ['otec zvracia krv, čo mám robiť', 'emergency'],
    ['už nevládzem, idem sa zabiť', 'crisis'],
    ['po liposukcii mám brucho tvrdé ako kameň', 'emergency'],
    ['moja ruka s lymfedémom je zrazu červená a horúca', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sk', text, kind));

  it('calm: "sa trasiem od zimy, je tu chladno"', () => expectNotUrgent('sa trasiem od zimy, je tu chladno'));
});

describe('Hungarian: a compound operation, the mouth and swallowing, bleeding through a dressing', () => {
  it.each([
    'a csípőműtétem után bedagadt a vádlim és forró',
    'az új olajtól duzzad a szám széle és alig tudok nyelni',
    'átvérzett a kötszer a hasplasztika után',
  ])('"%s"', (text) => expectUrgentIn('hu', text));

  it('calm: "van egy jó számom a masszőrnek?"', () => expectNotUrgent('van egy jó számom a masszőrnek?'));
});

describe('Finnish: lips or tongue, infection, a seizure, pregnancy, after an operation', () => {
  it.each([
    'kieli on paksu ja nieleminen ei onnistu',
    'leikkaushaava punoittaa ja kuumottaa',
    'minulla on kuumetta leikkauksen jälkeen',
    'poika kaatui ja kouristaa koko keho',
    'olen raskaana ja kasvot turposivat, päätä särkee kovasti',
    'liposuktion jälkeen vatsa on kova kuin kivi',
    'bbl:n jälkeen iho on mustunut',
  ])('"%s"', (text) => expectUrgentIn('fi', text));

  it.each(['silmä nykii vähän, onko se vaarallista?', 'punoitus haalistui jo, kiitos'])('calm: "%s"', (text) =>
    expectNotUrgent(text),
  );
});

describe('Swedish: a face hanging, speech or grip, bleeding that will not stop, ending one\'s life', () => {
  it.each([
    ['mammas ansikte hänger på ena sidan', 'emergency'],
    ['han tappade greppet om koppen och pratar otydligt, ena sidan av munnen', 'emergency'],
    ['blodet går inte att stoppa efter operationen', 'emergency'],
    ['jag vill göra slut på mitt liv', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sv', text, kind));

  it('calm: a face changed by weight loss is cosmetic', () =>
    expectNotUrgent('jag har gått ner i vikt och ansiktet hänger lite, kan ni hjälpa?'));
});

describe('Danish and Norwegian: breath, blue lips, after an operation, a lymphoedema limb, a wish to die', () => {
  it.each([
    ['min søn kan næsten ikke trække vejret', 'emergency'],
    ['hun er blå om munden', 'emergency'],
    ['efter fedtsugningen er maven stenhård', 'emergency'],
    ['jeg har lymfødem og armen er rød og varm', 'emergency'],
    ['jeg vil bare dø', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('da', text, kind));

  it.each(['jeg besvimede for et år siden, alt er fint nu', 'blaa bla, kan jeg booke en tid på fredag?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Croatian: taking one\'s life with the pronoun first', () => {
  it('"mislim da ću si oduzeti život"', () => expectUrgentIn('hr', 'mislim da ću si oduzeti život', 'crisis'));
});

describe('Slovenian: a message with "me" and "in" is Slovenian; the calf as "meče"', () => {
  it.each([
    'močno me stiska v prsih in sem ves poten',
    'meče je oteklo po operaciji in me boli',
    'imam vročino in sem zmeden',
  ])('"%s"', (text) => expectUrgentIn('sl', text));

  it('calm: "včeraj sem omedlela, danes sem ok"', () => expectNotUrgent('včeraj sem omedlela, danes sem ok'));
});

describe('Albanian: feeling like dying, death beside pills', () => {
  it.each(['më vjen të vdes, s\'kam më forcë', 'dua të vdes, i kam mbledhur tabletat'])('"%s"', (text) =>
    expectUrgentIn('sq', text, 'crisis'),
  );

  it('calm: laughter', () => expectNotUrgent('më vjen të vdes nga e qeshura me këtë video'));
});

describe('Lithuanian, Latvian and Estonian: after an operation, infection, pregnancy', () => {
  it.each([
    ['lt', 'po riebalų nusiurbimo pilvas kietas kaip akmuo'],
    ['lv', 'rēta pēc operācijas kļūst sarkana un karsta'],
    ['lv', 'apsārtums ap brūci izplešas'],
    ['lv', 'pēc liposukcijas vēders ir ciets'],
    ['et', 'olen rase ja nägu läks äkki paiste'],
    ['et', 'pärast BBL-i on nahk tuharal must ja valus'],
  ])('%s: "%s"', (code, text) => expectUrgentIn(code, text));

  it.each(['kaip ilgai trunka riebalų nusiurbimo atsigavimas?', 'pärast BBL-i on nahk natuke kuiv, kas massaaž aitab?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Hebrew and Tamil: swallowing, vomiting blood, liposuction spelt another way, a doctor\'s all-clear', () => {
  it.each([
    ['he', 'השפתיים שלי ענקיות ואני לא מצליחה לבלוע'],
    ['he', 'אבא שלי מקיא הרבה דם'],
    ['ta', 'அம்மா வாந்தி எடுத்தாங்க, அதுல ரத்தம்'],
    ['ta', 'லைப்போ முடிஞ்சு வயிறு கல் போல இருக்கு'],
  ])('%s: "%s"', (code, text) => expectUrgentIn(code, text));

  it('calm: "הרופא אמר שהכל תקין אחרי הכאב בחזה בשבוע שעבר"', () =>
    expectNotUrgent('הרופא אמר שהכל תקין אחרי הכאב בחזה בשבוע שעבר'));
});
