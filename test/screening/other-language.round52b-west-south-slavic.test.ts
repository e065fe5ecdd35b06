import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 52, second pass (lx52, dev set 52J read): Croatian, Serbian and Bosnian in Latin letters, Slovenian, Czech and
// Slovak. Examples written for this test, none from a test set: each concept added to a lexicon told in other words
// (things given away with a farewell, no sense left with papers put in order, a soaked dressing after an operation, fever
// with confusion, a jump from a height, an uneven heart with dizziness, blue lips, pre-eclampsia signs), and calm
// messages that share its words (moving away, a school paper, a condition unchanged for years, an old event now well).

describe('Croatian, Serbian and Bosnian: heart, breath, bleeding after surgery, collapse, things given away, papers put in order', () => {
  it.each([
    ['mama se uhvatila za prsa, kaže da je steže i da joj bol ide u lijevu ruku', 'emergency'],
    ['ne mogu da dišem, guši me nešto u grlu i usne su mi natekle', 'emergency'],
    ['nakon operacije grudi iz rane mi lije krv i gaza je skroz natopljena', 'emergency'],
    ['deda je pao i ne reagira, trese se cijeli', 'emergency'],
    ['poklonila sam psa komšinici i dala sam sve stvari, hvala vam na svemu, neću ih više trebati', 'crisis'],
    ['ništa nema smisla više, sredio sam papire i napisao pismo ženi', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hr', text, kind));

  it.each([
    'imam lipedem godinama, kao i uvijek ništa novo, samo bih rezervirala masažu',
    'dala sam psa sestri jer se selim u Njemačku, hvala na svemu',
    'pišem referat o moždanom udaru, možete li mi reći simptome?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Slovenian: blood coughed, a hard belly after liposuction, a drooping face, pregnancy bleeding, things given away', () => {
  it.each([
    ['kaslja kri in težko diha', 'emergency'],
    ['po liposukciji imam trd trebuh in vročino', 'emergency'],
    ['od jutra ima mama povešen obraz in ne more govoriti', 'emergency'],
    ['sem v 33. tednu in krvavim', 'emergency'],
    ['razdala sem vse svoje obleke in knjige, ne bom jih več rabila. zbogom', 'crisis'],
    ['razdajam vse svoje stvari, kmalu me ne bo več', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sl', text, kind));

  it.each([
    'pred tremi leti sem imela strdek v nogi, zdaj je vse v redu. lahko pridem na limfno drenažo?',
    'lani sem po serumu dobila otekle ustnice, zdaj je vse v redu',
    'pred dvema letoma sem omedlela na pregledu, zdaj sem v redu',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Czech: stroke, chest, a hard belly, fever with confusion, not being here long, things given away', () => {
  it.each([
    ['dědovi se najednou svěsil koutek a nemůže mluvit', 'emergency'],
    ['manžel má silnou bolest na hrudi a je celý zpocený', 'emergency'],
    ['po liposukci mám tvrdé břicho a horečku', 'emergency'],
    ['děda má teplotu, třese se a je zmatený, nepoznává mě', 'emergency'],
    ['rozdala jsem oblečení a šperky, už je nebudu potřebovat, sbohem', 'crisis'],
    ['dnes jsem dala kočku sestře, už tu dlouho nebudu', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('cs', text, kind));

  it.each([
    'dala jsem psa mamince, protože se stěhuju do zahraničí. nemá smysl ho brát s sebou',
    'jsem těhotná a otékají mi kotníky, můžu na lymfodrenáž?',
    'před lety jsem měla po operaci horečku, teď jsem v pořádku',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Slovak: choking with blue lips, an uneven heart, pre-eclampsia, bleeding, collapse, a jump or killing oneself', () => {
  it.each([
    ['otec sa dusí a má fialové pery', 'emergency'],
    ['srdce mi bije nepravidelne a cítim sa slabo, točí sa mi hlava', 'emergency'],
    ['som tehotná a náhle mi opuchla tvár a bolí ma hlava', 'emergency'],
    ['po operácii mi krváca rana a nedá sa zastaviť', 'emergency'],
    ['mama spadla na zem, nereaguje a trasie sa celá, neviem čo robiť', 'emergency'],
    ['myslím na to, že by som sa zabila', 'crisis'],
    ['stále myslím na to, že by som skočil z mosta', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sk', text, kind));

  it.each([
    'po výplni kyselinou hyalurónovou mám pery trochu modré, je to normálne?',
    'skočím z práce na masáž, máte voľno zajtra?',
    'som tehotná a opuchajú mi členky večer, je to normálne?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

// Round 52 (lead): a pregnancy or a birth named beside a farewell no longer stands it down (judgement call: the safer error
// is a false alarm on a goodbye before maternity leave; a crisis in pregnancy or after a birth is real).
describe('a farewell told beside a pregnancy is still a crisis', () => {
  it.each([
    ['cs', 'jsem těhotná a už tu nebudu, nemá to smysl, sbohem'],
    ['hr', 'trudna sam i nema vise smisla, necu vise biti tu'],
    ['sl', 'sem noseča in sem razdala vse svoje stvari, ne bom jih več rabila, hvala za vse'],
  ])('%s: "%s" gets the crisis reply', (code, text) => expectUrgentIn(code, text, 'crisis'));
});
