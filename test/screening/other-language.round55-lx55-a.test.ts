import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 55 (lx55-a, dev set 54F read): Yoruba, Haitian Creole, Somali, Zulu and Amharic. Examples written for this test,
// none from a test set: each concept added told in other words, and calm messages that share its words.

describe('Yoruba: a stabbing chest and breath told short with its verb', () => {
  it.each([
    ['Aya mi n gun mi gidigidi lati ana, mi o mo ohun to n sele', 'emergency'],
    ['Emi mi n kuru pupo lati igba ti mo ji, koda ti mo ba dubule', 'emergency'],
    ['Baba mi so pe emi re n kuru, ko le rin de ile iwe', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('yo', text, kind));

  it.each([
    'Mo ni wiwu ni apa osi lati odun meta, bi igbagbogbo ni, ko si nkan tuntun. Se mo le book?',
    'Iye owo facial yin ma fun mi ni heart attack o haha, se discount wa?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Haitian Creole: palpitations, a sign since this morning, ending everything with pills', () => {
  it.each([
    ['Ke m ap bat vit anpil epi li sote, m pa konn sa k ap pase', 'emergency'],
    ['Manman m di ke l ap bat fo depi inedtan, li toudi', 'emergency'],
    ['M te fè lipo de semèn pase, depi maten m ap touse san lol', 'emergency'],
    ['M pa ka anko, m pral fini ak tout bagay, m gen medikaman yo bò kote m', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ht', text, kind));

  it.each([
    'M pral fini ak tout bagay nan kay la jodi a anvan m vin pou masaj la',
    'Nan yon seri m te we, yon nonm pa t ka respire apre yon pike myel',
    'Janm mwen gonfle menm jan an chak jou depi plizyè ane, pa gen anyen nouvo',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Somali: a lymphoedema limb with fever, its heat denied, a programme watched', () => {
  it.each([['Gacanta lymphoedema-da leh qandho ayaa i haysa tan iyo caawa', 'emergency']] as const)(
    '"%s"',
    (text, kind) => expectUrgentIn('so', text, kind),
  );

  it.each([
    'Gacanteyda lymphoedema-da leh waxaan rabaa massage caadi ah, ma kulula, ma casaan',
    'Walaashay waxay YouTube ka daawaday nin laabta qabsaday oo dhacay, run ma tahay?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Zulu: a burning, tight chest, and the writer guessing a harmless cause', () => {
  it.each([
    ['Isifuba sami siyaqina kakhulu futhi ngijuluka, ubuhlungu buya engalweni', 'emergency'],
    [
      'Ubaba uthi isifuba sakhe siyashisa futhi siyaqina selokhu ekuseni, bengicabanga ukuthi yi-ulcer nje haha',
      'emergency',
    ],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('zu', text, kind));

  it.each([
    'Izolo ku-soapie umlingisi wawa phansi akaphefumuli, ngabe kwenzeka ngempela?',
    'Umama uthi ngonyaka odlule wawa, kodwa udokotela wathi konke kwakulungile, ngicela ukubhuka',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Amharic: a heavy chest and pain to the jaw or arm, a leg after a flight, one eye, the worst headache, a crisis', () => {
  it.each([
    ['ደረቴ ላይ እንደ ድንጋይ ከባድ ነገር ተጭኖብኛል፣ በላብ ተውጫለሁ', 'emergency'],
    ['አባቴ ህመሙ ከደረቱ ወደ መንጋጋው ይሄዳል አለ፣ አሁን በጣም ያልበዋል', 'emergency'],
    ['ትናንት በበረራ ከአሜሪካ መጣሁ፣ ግራ ባቴ አብጧል ያመኛልም', 'emergency'],
    ['እህቴ በድንገት በአንድ ዓይኗ ማየት አልቻለችም', 'emergency'],
    ['ራሴን በህይወቴ እንደዚህ አሞኝ አያውቅም፣ ድንገት ነው የጀመረው', 'emergency'],
    ['ራሴን ለማጥፋት አስቤያለሁ፣ ከዚህ በላይ መቀጠል አልችልም', 'crisis'],
    ['ኪኒኖቼን ሰብስቤ አስቀምጫለሁ፣ ዛሬ ማታ ሁሉንም ልውጥ ነው', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('am', text, kind));

  it.each(['በህይወቴ እንደዚህ ያለ ጥሩ ማሳጅ አይቼ አላውቅም፣ አመሰግናለሁ', 'ለቀጠሮው መድሃኒቶቼን ሰብስቤ ነው የምመጣው፣ ዶክተሩ እንዲያያቸው'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});
