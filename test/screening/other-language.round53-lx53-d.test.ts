import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 53 (lx53-d, dev set 53C read): Catalan, Basque, Welsh, Irish, Maltese and Afrikaans. Examples written for this test,
// none from a test set: each concept added to a lexicon told in other words, and calm messages that share its words.

describe("Catalan: the chest named alone, a sudden weak arm or lost eye, the worst headache, a past clot, numb lips after lipo, a wound with fever, self-harm, ending one's life", () => {
  it.each([
    ['al meu pare li fa molt mal el pit des de fa mitja hora', 'emergency'],
    ['de sobte la meva àvia té el braç esquerre fluix i no el pot moure', 'emergency'],
    ["de cop he perdut la vista d'un ull", 'emergency'],
    ["el pitjor mal de cap de la meva vida, m'ha vingut de cop", 'emergency'],
    ['vaig tenir una trombosi fa anys i ara el panxell el tinc inflat i calent', 'emergency'],
    ['fa dos dies de la lipo i noto gust de metall i formigueig a la boca', 'emergency'],
    ["tinc febre i la ferida de l'operació supura", 'emergency'],
    ['últimament penso en fer-me mal, no sé què fer', 'crisis'],
    ["m'he tornat a tallar els canells aquesta nit", 'crisis'],
    ['vull posar fi a la meva vida', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ca', text, kind));

  it.each([
    'em vaig tallar els cabells ahir, teniu tractament per a les puntes?',
    "el pitjor de tot és el mal d'esquena que tinc des del gimnàs",
    'vull acabar amb tota la feina abans de les vacances, no vull deixar res',
    'de cop em vaig adonar que havia oblidat la cita, la puc canviar?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Basque: a sudden weak arm, one eye gone, pregnancy signs, blood that will not stop, numb lips after lipo, cutting oneself, ending it all', () => {
  it.each([
    ['bat-batean amonaren eskuineko besoa ahul dago eta ezin du altxatu', 'emergency'],
    ['begi batetik ez dut ikusten goizetik', 'emergency'],
    ['36 asteko haurdun nago eta argiak ikusten ditut, buruko min handia', 'emergency'],
    ['odol asko galtzen ari da sudurretik eta ez da gelditzen', 'emergency'],
    ['lipoaren ondoren ezpainak lokartuta eta metal zaporea ahoan', 'emergency'],
    ['berriro nire burua mozten ari naiz gauetan', 'crisis'],
    ['dena amaitzea erabaki dut, barkatu', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('eu', text, kind));

  it.each([
    'bat-batean gogoratu naiz hitzordua dudala bihar, aldatu al daiteke?',
    'dena amaitu nahi dut ostiralerako, larunbatean masajea hartu nahi dut',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe("Welsh: a stinking wound or black skin after surgery, a metal taste after lipo, sudden loss of sight, self-harm named, ending one's life", () => {
  it.each([
    ["mae'r clwyf yn drewi ers y tummy tuck ac mae gen i wres", 'emergency'],
    ["mae fy nghroen i'n mynd yn ddu ar ôl y bbl", 'emergency'],
    ["ar ôl y lipo mae blas metel yn fy ngheg a dwi'n teimlo pinnau bach", 'emergency'],
    ['yn sydyn dwi methu gweld allan o un llygad', 'emergency'],
    ["dwi'n hunan-niweidio bob nos ers mis", 'crisis'],
    ['dwi am roi diwedd ar fy mywyd heno', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('cy', text, kind));

  it.each([
    'roedd stori ar y newyddion am rywun yn llewygu mewn sawna, oes gennych chi staff cymorth cyntaf?',
    'mae fy nghroen yn dywyll ar ôl y gwyliau yn Sbaen, oes gennych chi driniaeth?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Irish: a clot told in English, one eye gone, vomiting blood, a hard belly after a BBL, breath not drawn, not wanting to be alive, all the pills taken', () => {
  it.each([
    ['tá a cholpa ata agus dearg ó tháinig sé abhaile ón eitleán, bhí clot aige cheana', 'emergency'],
    ['chaill mé radharc i leathshúil go tobann', 'emergency'],
    ['bhí sí ag caitheamh aníos fola ar maidin', 'emergency'],
    ['tá mo bholg an-chrua agus tinn ó rinne mé an bbl', 'emergency'],
    ["ní féidir liom m'anáil a tharraingt i gceart", 'emergency'],
    ['nílim ag iarraidh a bheith beo a thuilleadh', 'crisis'],
    ['thóg mé na piollaí ar fad atá sa teach', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ga', text, kind));

  it.each([
    'tá súil agam go bhfuil sibh oscailte amárach, ba mhaith liom suathaireacht',
    'bhí clot i mo chos agam anuraidh, tá sé go maith anois',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Maltese: the throat closing, no response after a fall, short of breath, numb lips after lipo, about to pass out, self-harm, ending it all', () => {
  it.each([
    ['il-gerżuma tiegħi qed tingħalaq wara l-ġewż', 'emergency'],
    ['ommi waqgħet fil-kamra u mhix tirrispondi', 'emergency'],
    ['qed nħossni nieqsa min-nifs u sidri jagħfas', 'emergency'],
    ["wara l-liposukzjoni qed inħoss tnemnim fix-xufftejn u togħma ta' metall", 'emergency'],
    ['qisni ħa nintilef minn sensija, qed jiddardarli', 'emergency'],
    ["kull lejl inweġġa' lili nnifsi", 'crisis'],
    ['ma nistax aktar, irrid intemm kollox għal dejjem', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('mt', text, kind));

  it.each([
    'il-kamra tas-sawna kienet nieqsa mill-arja friska, tistgħu tiftħu t-tieqa?',
    'irrid intemm kollox qabel il-vakanza, hemm appuntament nhar il-Ġimgħa?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Afrikaans: numb lips after lipo, a swollen calf after a flight, a fit, the worst headache, all the pills swallowed, self-harm, everyone better off', () => {
  it.each([
    ["ná my lipo gister is my lippe dom en ek kry 'n metaalsmaak", 'emergency'],
    ['my kuit is skielik opgeswel en baie seer ná die lang vlug', 'emergency'],
    ["my seun het 'n aanval, hy ruk en skud", 'emergency'],
    ['ek het die ergste hoofpyn ooit', 'emergency'],
    ['ek het gisteraand al my pille gesluk', 'crisis'],
    ['ek sny myself elke aand', 'crisis'],
    ['almal sal beter af wees sonder my', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('af', text, kind));

  it.each([
    "na die lipo voel ek goed, net 'n bietjie seer. kan ek 'n massering kry?",
    'my ouma het al jare epilepsie, dit is onder beheer met pille. is die sauna veilig?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
