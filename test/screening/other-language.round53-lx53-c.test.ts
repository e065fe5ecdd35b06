import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 53 (lx53-c, dev set 53C read): Danish, Norwegian (read by the Danish block), Swedish, Icelandic and Finnish.
// Examples written for this test, none from a test set: each concept added told in other words, and calm messages that
// share its words.

describe('Danish and Norwegian: breath, the heart, a sudden weak arm, allergy, blood vomited, collapse, pregnancy, infection, after lipo', () => {
  it.each([
    ['min kone kan ikke få vejret og hun er helt grå', 'emergency'],
    ['pappa sliter med å puste og klarer ikke gå opp trappa', 'emergency'],
    ['jeg bliver forpustet bare af at tale i telefon, det er nyt', 'emergency'],
    ['fødte for ti dage siden og er pludselig meget andpusten', 'emergency'],
    ['det føles som en elefant står på mit bryst', 'emergency'],
    ['hjertet hamrer uregelmæssigt og jeg er ved at besvime', 'emergency'],
    ['farmor kan pludselig ikke løfte venstre arm', 'emergency'],
    ['han snakker rart og munnen henger på den ene siden', 'emergency'],
    ['sønnen min spiste peanøtter og nå piper han når han puster', 'emergency'],
    ['min tunge er helt tyk og hævet efter den nye creme', 'emergency'],
    ['jeg kastede blod op i nat', 'emergency'],
    ['afføringen er helt sort som tjære', 'emergency'],
    ['en gjest datt om i garderoben og svarer ikke', 'emergency'],
    ['hun rister i hele kroppen og øynene ruller bakover', 'emergency'],
    ['gravid i uge 33 og hun har ikke bevæget sig i dag', 'emergency'],
    ['såret efter operationen er betændt og jeg har feber', 'emergency'],
    ['lipo i går og nu er læberne helt nummen og det suser i ørerne', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('da', text, kind));

  it.each([
    ['jeg har begyndt at skære i mig selv igen', 'crisis'],
    ['jeg tenker på å hoppe fra brua i kveld', 'crisis'],
    ['dette er siste gang du hører fra meg, takk for alt', 'crisis'],
    ['jeg har samlet på tabletter i flere uker', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('da', text, kind));

  it.each([
    'lægen siger det ser fint ud med arret, kan I lave massage på det?',
    'mine ben er tunge og hævede om aftenen, det har de altid været med lipødem',
    'kan jeg få en kaffeskrub med kaffegrums?',
    'jeg får sort afføring af mine jerntilskud, er massage ok?',
    'jeg kuttet meg i fingeren da jeg lagde mat, kan jeg få manikyr?',
    'min bror hopper på trampolin hver dag, må han komme med?',
    'jeg er gravid i uge 30 og barnet sparker masser, kan jeg få gravidmassage?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Swedish: gasping, blood vomited, a fit, a baby moving less, numb lips after lipo, self-harm, saved pills, a last goodbye', () => {
  it.each([
    ['mamma kippar efter luft och är blå om läpparna', 'emergency'],
    ['jag spydde blod i morse och mår jättedåligt', 'emergency'],
    ['min man föll ihop i duschen och svarar inte', 'emergency'],
    ['gravid i vecka 35 och bebisen har slutat sparka sedan igår', 'emergency'],
    ['fettsugning i förrgår och nu pirrar det i läpparna och smakar metall', 'emergency'],
    ['flög från thailand i söndags och nu är vaden svullen och varm', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sv', text, kind));

  it.each([
    ['jag har börjat skära mig i armen igen', 'crisis'],
    ['han har sparat ihop sömntabletter i en månad', 'crisis'],
    ['det här är sista gången ni hör från mig', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sv', text, kind));

  it.each([
    'jag skar mig på ett papper, gör det något vid manikyr?',
    'det är sista gången jag hör av mig om bokningen, svara nu',
    'jag har sparat ihop pengar till en spadag',
    'jag är gravid i vecka 28, bebisen sparkar mycket, får jag boka?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Icelandic: chest, a racing heart, a weak arm, allergy, blood vomited, pregnancy, after lipo, crisis', () => {
  it.each([
    ['ég er með þyngsli fyrir brjósti og er kaldsveittur', 'emergency'],
    ['hjartað slær óreglulega og það líður næstum yfir mig', 'emergency'],
    ['pabbi getur allt í einu ekki lyft hægri handlegg', 'emergency'],
    ['ég er með ofnæmi fyrir hnetum og það er píp þegar ég anda', 'emergency'],
    ['hann kastaði upp blóði í morgun', 'emergency'],
    ['ég er ólétt og það blæðir mikið', 'emergency'],
    ['komin 32 vikur og andlitið er allt í einu bólgið', 'emergency'],
    ['fór í fitusog í gær og varirnar eru dofnar', 'emergency'],
    ['hún fékk flog í búningsklefanum', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('is', text, kind));

  it.each([
    ['ég hef safnað töflum í nokkrar vikur', 'crisis'],
    ['ég hugsa um að stökkva af brúnni', 'crisis'],
    ['öllum væri betur komin án mín', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('is', text, kind));

  it.each([
    'ég er með flogaveiki en er alveg stabíl, má ég fara í nudd?',
    'ég hef safnað pening fyrir nuddi',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Finnish: breath after an operation or a birth, chest pain, a weak arm, allergy, bleeding, collapse, a baby moving less, crisis', () => {
  it.each([
    ['keisarinleikkauksesta viikko ja oon tosi hengästyny', 'emergency'],
    ['isällä on kova rintakipu ja hän on harmaa', 'emergency'],
    ['mummon käsi muuttui yhtäkkiä voimattomaksi, käsi on ihan voimaton', 'emergency'],
    ['sain ampiaisenpiston ja nyt hengitys vinkuu', 'emergency'],
    ['haava vuotaa ihan valtavasti verta', 'emergency'],
    ['ulosteet on mustat ja tervamaiset', 'emergency'],
    ['hän pyörtyi saunassa eikä herää', 'emergency'],
    ['raskausviikko 36 ja vauva ei ole liikkunut koko päivänä', 'emergency'],
    ['rasvaimu eilen ja nyt korvissa soi ja huulet puutuu', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('fi', text, kind));

  it.each([
    ['en halua enää elää, kaikki on turhaa', 'crisis'],
    ['olen viillellyt itseäni taas', 'crisis'],
    ['mietin että hyppään katolta', 'crisis'],
    ['oon säästänyt unilääkkeitä', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('fi', text, kind));

  it.each([
    'tää gradu antaa mulle sydänkohtauksen kohta, tarviin hieronnan',
    'luin lehdestä et aivoinfarkti on yleinen talvella',
    'hyppäsin sillalta jokeen uimaan viime kesänä',
    'raskaana viikolla 30, vauva potkii paljon, voinko varata hieronnan?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
