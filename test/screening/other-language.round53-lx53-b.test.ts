import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 53 (lx53-b, dev set 52K read): Lithuanian, Latvian, Estonian, Czech, Slovak and Hungarian. Examples written for this
// test, none from a test set: each concept added to a lexicon told in other words, and calm messages that share its words.

describe('Lithuanian: a thunderclap headache, an inhaler that fails, not waking, leaving for ever, a pet that chokes', () => {
  it.each([
    ['mama staiga sako, kad jai baisiausias galvos skausmas gyvenime, ir ji vemia', 'emergency'],
    ['sūnui astmos priepuolis, inhaliatorius visai nepadeda, ką daryti', 'emergency'],
    ['kartais galvoju, kad būtų geriau užmigti ir nebeprabusti', 'crisis'],
    ['vis svarstau, kaip dingti amžiams, man viskas vienoda', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('lt', text, kind));

  it.each([
    'mano katinas dūsta ir kosti, ar turite veterinaro kontaktą?',
    'noriu išeiti amžiams iš darbo ir emigruoti, ar galite išrašyti sąskaitą?',
    'tylėkit, kad vaikas nepabustų, aš atvyksiu vėliau',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Latvian: short of breath, an inhaler and a wheeze, a puffed tongue, a fit, the glass test, a jump, a blood test in pregnancy', () => {
  it.each([
    ['mammai pēkšņi trūkst elpas, viņa nevar parunāt', 'emergency'],
    ['dēlam astmas lēkme, inhalators nepalīdz un krūtis svilpj', 'emergency'],
    ['pēc jaunās ziedes meitai piepampušas lūpas un kaklā kaut kas žņaudz', 'emergency'],
    ['vīrs nokrita, raustās un neatbild', 'emergency'],
    ['uz kājām izsitumi, kas nepazūd, kad piespiežu glāzi', 'emergency'],
    ['grūtniecība 30. nedēļa un asiņoju', 'emergency'],
    ['es domāju, ka nolēkšu no tilta šovakar', 'crisis'],
    ['gribu aiziet no šīs pasaules', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('lv', text, kind));

  it.each([
    'esmu grūtniece, rīt asins analīzes, vai varu pierakstīties uz masāžu?',
    'no rīta seja mazliet piepampusi, vai palīdz limfodrenāža?',
    'lēcām no tilta ūdenī vasarā, tagad muguru sāp',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Estonian: a clot after a compound operation, a thunderclap headache, a racing heart, an inhaler, a BBL, numb lips, pills, a jump', () => {
  it.each([
    ['pärast puusaoperatsiooni on parem sääre paistes ja soe', 'emergency'],
    ['mul hakkas järsku elu halvim peavalu ja kael on kange', 'emergency'],
    ['ema süda taguleb ja jätab vahele, tal käib pea ringi', 'emergency'],
    ['astmahoog, inhalaator ei aita, ta hingab vilistades', 'emergency'],
    ['mul on pärast BBL-i tuharal must laik ja see läheb aina tumedamaks', 'emergency'],
    ['pärast liposuktsiooni on huuled tuimad ja kõrvus undab', 'emergency'],
    ['olen mõelnud, et võtan täna kõik unerohud korraga', 'crisis'],
    ['tahaks hüpata sillalt alla', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('et', text, kind));

  it.each(['hüppasime sillalt vette, see oli lõbus', 'pärast trenni on pea valus, kas massaaž aitab?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Czech: hard breathing and blue lips, stroke signs, a thunderclap headache, a racing heart, the glass test, numb lips, leaving for ever', () => {
  it.each([
    ['tátovi se špatně dýchá a má namodralé rty', 'emergency'],
    ['babička najednou mluví jako opilá a levá ruka jí visí', 'emergency'],
    ['slova mu nejdou a úsměv má nakřivo', 'emergency'],
    ['náhle strašně bolí hlava a zvracím', 'emergency'],
    ['srdce mi buší jako o závod a motá se mi hlava', 'emergency'],
    ['vyrážka nezmizí ani pod sklenicí', 'emergency'],
    ['po liposukci mi brní rty a zvoní mi v uších', 'emergency'],
    ['po plastice břicha mám břicho jak prkno a strašně to bolí', 'emergency'],
    ['babička najednou upustila lžíci, koutek úst jí visí', 'emergency'],
    ['přemýšlím, jak odejít navždy, všechno mi je jedno', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('cs', text, kind));

  it.each([
    'manžel po pivu mluví jak opilý, to je normální',
    'po odsávání tuku mám brnění na stehnech, je to normální?',
    'chci odejít navždy do zahraničí, kdy máte volno?',
    'loni jsem omdlela v sauně, od té doby nic, můžu do sauny?',
    'dělám prezentaci do školy o infarktu, máte letáky?',
    'upustila jsem sklenici na recepci, mluvila jsem s kolegyní, promiňte',
    'v sauně mi srdce buší rychle a potím se, je to normální?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Slovak: a crooked smile and lost words, a thunderclap headache, an inhaler, the glass test, leaving for ever, a past all-clear', () => {
  it.each([
    ['dedo sa usmieva nakrivo a nevie nájsť slová', 'emergency'],
    ['zrazu ma strašne bolí hlava a vraciam', 'emergency'],
    ['syn má astmu a inhalátor nezaberá', 'emergency'],
    ['vyrážka nezmizne pod pohárom', 'emergency'],
    ['premýšľam, ako odísť navždy, nemá to zmysel', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sk', text, kind));

  it.each([
    'chcem odísť navždy zo Slovenska, pracujem v zahraničí',
    'vlani som mala zápal po operácii s horúčkou, teraz je všetko zahojené, môžem na masáž?',
    'zrazu ma bolí hlava aj krk po cvičení, pomôže masáž?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hungarian: a wheeze, a growing lump in the throat, numb lips after liposuction, a racing heart, an inhaler, the glass test, a jump, pills', () => {
  it.each([
    ['anyám sípolva lélegzik és fullad', 'emergency'],
    ['gombóc van a torkomban és egyre nagyobb, nehezen nyelek', 'emergency'],
    ['zsírleszívás után zsibbad a szám körül és cseng a fülem', 'emergency'],
    ['a szívem összevissza kalapál és szédülök', 'emergency'],
    ['a pumpa nem segít, nem kap levegőt', 'emergency'],
    ['kiütés van a lábán ami nem tűnik el a pohár alatt', 'emergency'],
    ['le akarok ugrani a hídról', 'crisis'],
    ['tegnap bevettem az összes altatómat', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hu', text, kind));

  it.each([
    'gombóc van a torkomban, annyira szomorú vagyok',
    'zsírleszívás után zsibbad a combom, normális?',
    'ugrottunk a hídról a vízbe nyáron',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
