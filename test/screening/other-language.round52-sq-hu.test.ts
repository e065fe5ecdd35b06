import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 52 (lx52, dev set 52I read). Examples written for this test, none from a test set: each concept added to the
// Albanian and Hungarian lexicons, told in other words, and calm look-alikes that share their words.

describe('Albanian: one swollen leg, hives with the throat, pregnancy by its month, wishing not to be, farewells', () => {
  it.each([
    ['kemba e majte me eshte fryre dhe me dhemb shume qe dje', 'emergency'],
    ['i doli koshere ne gjithe trupin dhe i kruhet fyti', 'emergency'],
    ['me kruhet fyti qe kur provova kremin e ri', 'emergency'],
    ['jam ne muajin e 7 dhe koka me cahet, shoh xixa', 'emergency'],
    ['babai po djersitet dhe i dhemb gjoksi deri ne nofull', 'emergency'],
    ['pas abdominoplastikes barku eshte bere i forte si gur', 'emergency'],
    ['do te ishte me mire te mos isha fare', 'crisis'],
    ['nuk do te jem me ketu per ju, ju dua te gjitheve', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sq', text, kind));

  it.each([
    'ne mengjes kam fytyren te fryre dhe qese nen sy, a ndihmon masazhi?',
    'para nje muaji me ra te fiket, mjeku tha qe jam mire. a mund te rezervoj?',
    'a eshte i sigurt masazhi ne muajin e 8 te shtatzanise?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Hungarian: no air, blue nails, one calf, pregnancy by its month, a hard belly after lipo, not waking up', () => {
  it.each([
    ['anyam fuldoklik, nincs levegoje es kapkodja a levegot', 'emergency'],
    ['a kormei kekesek lettek es alig kap levegot', 'emergency'],
    ['a jobb vadlim feldagadt, forro es faj', 'emergency'],
    ['babat varok es homalyosan latok, szetmegy a fejem', 'emergency'],
    ['a 9. honapban vagyok es hirtelen bedagadt az arcom', 'emergency'],
    ['zsirleszivas utan kemeny a hasam es borzaszto faj', 'emergency'],
    ['bárcsak ne ébrednék fel többé', 'crisis'],
    ['megírtam a búcsúleveleket mindenkinek', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hu', text, kind));

  it.each([
    'ettol az artol infarktust kapok, van akcio?',
    'apukam regen agyverzest kapott, most jol van, jarhat masszazsra?',
    'kek koromlakkot szeretnek, van manikur is?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
