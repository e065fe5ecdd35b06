import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 52 (lx52, dev set 52I read): Lithuanian, Latvian and Estonian. Examples written for this test, none from a test
// set: each concept added to a lexicon told in other words, and calm messages that share its words.

describe('Lithuanian: an uneven heart, breath, puffed lips, a pregnancy told as "laukiasi", no point in living, self-harm', () => {
  it.each([
    ['tėčiui širdis daužosi kaip pašėlusi ir jam labai silpna, vos stovi', 'emergency'],
    ['skauda širdį ir maudžia kairę ranką, visas prakaituoja', 'emergency'],
    ['po operacijos negaliu giliai kvėpuoti, oro neužtenka', 'emergency'],
    ['vaikui po riešutų išsipūtė lūpos ir jis negali praryti', 'emergency'],
    ['sesuo laukiasi ir jai kraujuoja', 'emergency'],
    ['esu 32 savaitę ir per naktį sutino veidas, labai skauda galvą', 'emergency'],
    ['mamai po riebalų siurbimo pilvas kietas kaip akmuo ir kyla temperatūra', 'emergency'],
    ['man nebėra prasmės gyventi, niekam nerūpiu', 'crisis'],
    ['vakar vėl pjausčiausi, nebežinau ką daryti', 'crisis'],
    ['planuoju šiąnakt padaryti sau galą', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('lt', text, kind));

  it.each([
    'po svorio metimo veidas suglebęs, ar padeda botoksas ar limfodrenažas?',
    'širdingai ačiū, man labai patiko masažas, skauda tik truputį nugarą',
    'noriu viską baigti iki penktadienio, ar galima du seansus per vieną vizitą?',
    'po lūpų didinimo hialuronu lūpos išsipūtusios, ar tai normalu?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Latvian: numb lips after a BBL or lipo, chest and breath, a swollen tongue, pregnancy swelling, no point in living, self-harm', () => {
  it.each([
    ['pēc liposukcijas tirpst lūpas un mēle, metāla garša mutē', 'emergency'],
    ['vīram pēkšņi sāp krūtis un nevar paelpot', 'emergency'],
    ['meitai pēc zemesriekstiem uztūka mēle un grūti norīt', 'emergency'],
    ['grūtniecības 34. nedēļā pēkšņi pietūka seja un rokas, sāp galva', 'emergency'],
    ['es vairs neredzu jēgu dzīvot, visiem būtu vieglāk', 'crisis'],
    ['es atkal sagriezu sevi, nezinu ko darīt', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('lv', text, kind));

  it.each([
    'pēc notievēšanas seja ļengana un viena puse nokārusies, vai palīdz sejas masāža?',
    'nav jēgas maksāt tik daudz par vienu seansu',
    'pēc sporta zāles kājas sāp un tirpst, vai masāža palīdzēs?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Estonian: words that will not come out, an arm gone weak, blood in phlegm, ending it, self-harm', () => {
  it.each([
    ['emal jäi vasak käsi järsku jõuetuks ja ta ei saa sõnu välja', 'emergency'],
    ['köhin ja röga on verine, palju', 'emergency'],
    ['rase 35 nädalat, verejooks ja kõht valutab', 'emergency'],
    ['pärast kõhuplastikat on kõht kõva nagu kivi ja palavik', 'emergency'],
    ['mul on plaan ennast ära tappa, ma ei jaksa enam', 'crisis'],
    ['elul pole mõtet, tahan lihtsalt ära kaduda', 'crisis'],
    ['tahan endale meelega haiget teha', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('et', text, kind));

  it.each([
    'pärast kaalulangust on nägu lõtv ja üks pool nagu vajub, kas massaaž aitab?',
    'mul on lipodeem, jalad on alati paistes, tahaksin lümfimassaaži',
    'palun kinnitage koha ja aja broneering, pean enne vereproovi andma',
    'tegin endale trennis haiget, põlv valutab, kas massaaž sobib?',
    'mul on plaan endale uus soeng teha, kas teil on juuksur?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
