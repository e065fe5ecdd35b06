import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 54 (lx54-a, dev set 54C read): Yoruba, Haitian Creole, Somali and Zulu. Examples written for this test, none from a
// test set: each concept added told in other words (one leg swollen more than the other, fever with confusion, a belly hard as
// stone, skin gone dark after an operation, the baby not moving, numb lips with ringing ears after lipo, a red and warm wound,
// no reason to go on and a goodbye letter, fainting as it comes and a cold sweat, breath running out and blue lips, a swollen hot
// calf, a red hot lymphoedema arm, bleeding told as a verb, chest pain going to the arm with a sweat), and calm messages that
// share their words.

describe('Yoruba: one-sided leg swelling, fever with confusion, a belly hard as stone, dark skin after surgery', () => {
  it.each([
    ['ese otun mi ti wu ju ti osi lo lati ana, o si gbona', 'emergency'],
    ['baba mi ni iba, o n gbon, ko mo ibi to wa mo', 'emergency'],
    ['ara mi gbona gan leyin lipo mi, mo n gbon', 'emergency'],
    ['ikun mi le bi okuta leyin tummy tuck, mi o le fowo kan', 'emergency'],
    ['leyin BBL awo ara mi ni egbe kan ti di dudu, irora po ju', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('yo', text, kind));

  it.each([
    'ese mi mejeeji maa n wu die ti mo ba duro pupo, ko dun mi',
    'inu mi dun pupo leyin massage ana, e se o',
    'waan ka xumahay, emergency kekere ni: mo gbagbe kaadi mi ni ibi isanwo yin',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Haitian Creole: the baby not moving, numb lips after lipo, a red warm wound, no reason to go on, a goodbye letter', () => {
  it.each([
    ['ansent mwen 30 semen, bebe a pa bouje ditou depi maten', 'emergency'],
    ['bouch mwen angoudi e m gen gou metal nan bouch apre lipo a', 'emergency'],
    ['zorey mwen sonnen depi operasyon an, m santi m toudi', 'emergency'],
    ['kote yo te fe lipo a vin wouj e cho anpil', 'emergency'],
    ['m pa we okenn rezon pou m viv anko', 'crisis'],
    ['m ekri yon let pou manman m, adye tout moun', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ht', text, kind));

  it.each([
    'manman m te fe yon estwok ane pase, li refe kounye a, eske li ka vin fe massage?',
    'po m wouj e cho apre soley la nan plaj la, eske m ka vin fe massage?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Somali: fainting as it comes, a cold sweat with a pale face, dark skin after surgery, the baby not moving', () => {
  it.each([
    ['hadda waan suuxayaa, madaxa ayaa i wareeraya, fadlan', 'emergency'],
    ["aabahay dhidid qabow ayaa ka da'aya, wejigiisu wuu cadaaday", 'emergency'],
    ['tummy tuck ka dib maqaarka caloosha ayaa madoobaaday oo xanuun badan', 'emergency'],
    ['walaashay uur ayay leedahay, ilmaha ma dhaqaaqayo', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('so', text, kind));

  it.each(['uur ayaan leeyahay, ilmaha wuu dhaqaaqaa si fiican, massage ma sameyn karaa?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Zulu: breath running out, blue lips, a swollen calf, bleeding, chest pain to the arm, a red hot lymphoedema arm', () => {
  it.each([
    ['Ngiphelelwa umoya, angikwazi nokuqeda umusho', 'emergency'],
    ['Umlomo kababa uluhlaza, uphefumula kanzima', 'emergency'],
    ['Umlenze wami wesokudla uvuvukile futhi ubuhlungu kakhulu', 'emergency'],
    ['Ngikhulelwe, ngiyopha kakhulu', 'emergency'],
    ['Inhliziyo yami ibuhlungu kakhulu, ubuhlungu buya engalweni, ngijuluka', 'emergency'],
    ['Ingalo yami ine-lymphoedema, ibomvu futhi iyashisa namhlanje', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('zu', text, kind));

  it.each([
    'Ngo-2019 ngaba nesifo, manje sekuphelile konke. Ngingeza ku-massage?',
    'Imilenze yami yomibili ivuvukile ntambama ngemuva komsebenzi',
    'Ingalo yami ibomvu futhi iyashisa ngenxa yelanga elangeni izolo',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
