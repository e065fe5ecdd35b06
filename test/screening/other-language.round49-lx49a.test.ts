import {
  expectNotUrgent,
  expectUrgentIn,
} from "../helpers/other-language-reading";

// Round 49 (tuner lx49a, dev set 43L read; issue 11 part 6). Examples written for this test in their own words, none from a
// test set. Each concept added to knowledge/other-languages.yaml has an urgent case, each language a calm look-alike or two.

// Bengali typed in Latin letters had no lexicon: a heart attack, a stroke or a wish to die were answered "I speak English".
describe("Bengali in Latin letters (bn-latn)", () => {
  it.each([
    "baba bolche buker bam dike khub chap, ghame bhije geche",
    "amar meye shash nite parche na, thot nil hoye geche",
    "dadu khub hapacche, kotha bolte parche na",
    "mayer thot ek pashe jhule geche, kotha jodiye jacche",
    "notun oil lagiye gola fule jacche, dhok gilte parchi na",
    "selai theke rokto porchhe, kichutei thamchhe na",
    "baba kashir sathe rokto tulche",
    "dada hothat ogyan hoye porlo, sara dichhe na",
    "amar bou pregnant, hothat hat ar mukh phule geche",
    "tummy tuck er por pet pathorer moto shokto, khub betha",
    "lipo korar por chamra kalo hoye jachhe",
    "flight theke nemei dan payer calf fule geche ar gorom",
    "operation er por jwor ar kapuni, baba kemon elomelo bolche",
  ])('"%s"', (text) => expectUrgentIn("bn-latn", text));

  it("a wish to die gets the crisis line", () =>
    expectUrgentIn(
      "bn-latn",
      "ami ar banchte chai na, nijeke shesh kore dibo",
      "crisis",
    ));

  it.each([
    "amar gym er por dan payer calf e betha, massage korle ki kombe?",
    "gato bochor amar operation hoyechilo, ekhon sob thik achhe, lymph massage nite pari?",
    "amar rokto porikkhar report bhalo esheche, massage kobe korte pari?",
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Czech: pregnancy by its week, a belly rigid after liposuction, blood through a dressing", () => {
  it.each([
    "jsem v 35. týdnu a od rána mám hrozně oteklý obličej a prsty",
    "jsem ve 30 tydnu tehotenstvi a strasne me boli hlava",
    "tři dny po liposukci mám břicho tvrdé jak prkno",
    "od včerejška mi krev teče přes obvaz a nejde to zastavit",
  ])('"%s"', (text) => expectUrgentIn("cs", text));

  it.each([
    "po lipu mám na břiše pár tvrdých bulek, pomůže lymfodrenáž?",
    "Jsem ve 20. týdnu, můžu na lymfatickou masáž?",
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Icelandic: breath, blue fingers, clot, infection, bleeding, a rigid belly, ending one's life", () => {
  it.each([
    "ég næ varla andanum og fingurnir eru bláir",
    "eftir langt flug er vinstri kálfinn bólginn og heitur",
    "mamma er með háan hita eftir aðgerðina og virðist rugluð",
    "það blæðir stöðugt úr sárinu og hættir ekki",
    "eftir fitusogið er kviðurinn harður eins og steinn",
  ])('"%s"', (text) => expectUrgentIn("is", text));

  it("ending one's life gets the crisis line", () =>
    expectUrgentIn("is", "ég vil binda enda á líf mitt", "crisis"));

  it.each([
    "fæturnir eru bólgnir og rauðir eftir sólbruna á ströndinni",
    "blóðprufan eftir aðgerðina var fín, má ég koma í nudd?",
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Maltese: swelling verbs, choking, blue lips, fever after liposuction, after a BBL, ending one's life", () => {
  it.each([
    "ilsieni qed jintefaħ wara l-krema l-ġdida",
    "missieri qed jifga u xufftejh saru vjola",
    "binti ma tistax tibla u griżmejha minfuħa",
    "għandu deni qawwi wara l-liposukzjoni",
    "wara l-operazzjoni żaqqi iebsa qisha ġebla",
  ])('"%s"', (text) => expectUrgentIn("mt", text));

  it("ending one's life gets the crisis line", () =>
    expectUrgentIn("mt", "irrid intemm ħajti, m'għadx nifla", "crisis"));

  it("calm: a fever last week, well now", () =>
    expectNotUrgent("kelli deni l-ġimgħa li għaddiet, issa tajba"));
});

describe("Basque: clot, infection, the tongue and swallowing, after liposuction or a BBL, ending one's life", () => {
  it.each([
    "hegaldi luzearen ondoren eskuineko berna puztuta eta gorri daukat",
    "ebakuntzaren ostean sukar handia eta dardarka nago",
    "mingaina puzten ari zait eta ezin dut irentsi",
    "liposukzioaren ondoren sabela oso gogor dago",
    "BBL egin ondoren ipurdiko azala beltz jartzen ari da",
  ])('"%s"', (text) => expectUrgentIn("eu", text));

  it("ending one's life gets the crisis line", () =>
    expectUrgentIn("eu", "neure buruaz beste egitea pentsatzen dut", "crisis"));

  it.each([
    "gimnasioan ibili ondoren hankak minduta ditut, masajea har dezaket?",
    "eguzkiak erre dit ezkerreko hanka, gorri eta bero dago",
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Gujarati: clot, infection, spreading redness, blood through a dressing, a rigid belly after liposuction", () => {
  it.each([
    "ફ્લાઇટ પછી ડાબા પગની પિંડી ફૂલી ગઈ છે અને લાલ છે",
    "સર્જરી પછી મને તાવ અને ધ્રુજારી છે",
    "ટાંકા પાસે લાલાશ વધતી જાય છે",
    "પાટામાંથી લોહી નીકળે છે, બંધ નથી થતું",
    "લાઇપો પછી પેટ એકદમ કડક થઈ ગયું છે અને સખત દુખાવો છે",
  ])('"%s"', (text) => expectUrgentIn("gu", text));

  it.each([
    "જીમ પછી બંને પગ દુખે છે, મસાજ કરાવી શકું?",
    "ગયા વર્ષે ઓપરેશન થયું હતું, હવે ઠીક છે",
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Amharic: breath, blue fingers, swelling and swallowing, pregnancy headache, a rigid belly after surgery", () => {
  it.each([
    "እናቴ ትንፋሽ አጥሯታል፣ ጣቶቿ ሰማያዊ ሆነዋል",
    "ከንፈሮቼ አበጡ፣ መዋጥ አልቻልኩም",
    "ነፍሰ ጡር ነኝ፣ ራሴን በጣም ያመኛል",
    "ከቀዶ ጥገና በኋላ ሆዴ እንደ እንጨት ጠንክሯል",
  ])('"%s"', (text) => expectUrgentIn("am", text));

  it.each(["ነፍሰ ጡር ነኝ፣ ራሴን መንከባከብ እፈልጋለሁ", "ከሊፖ በኋላ ማሳጅ መቼ መጀመር እችላለሁ?"])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});
