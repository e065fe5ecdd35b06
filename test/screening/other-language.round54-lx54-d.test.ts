import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 54 (lx54-d, dev set 54I read): Yoruba, Haitian Creole, Somali and Zulu. Examples written for this test, none from a
// test set: each concept added told in other words (a red, hot limb or lymphoedema arm, a belly hard as a stone and skin going
// black after an operation, one swollen leg and fever after an operation in Somali, the family "better off without me" and
// being a burden, a chest squeezed and heavy with pain to the jaw, fever with confusion, a rash that stays under a glass, the
// face and hands swelling or the worst headache in pregnancy), and calm messages that share its words.

describe('Yoruba: a red, hot limb', () => {
  it.each([
    ['Ese otun mi ti pupa gidigidi o si n gbona lati ana', 'emergency'],
    ['Mo ni lymphoedema ni ese, o ti pupa o si gbona ju ti tele lo', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('yo', text, kind));

  it.each([
    'Mo ni lymphedema ni apa otun, ko pupa rara, ko gbona. Se mo le wa fun MLD ni ola?',
    'Oorun jo mi ni eti okun, apa mi pupa o si gbona, se mo le se massage?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Haitian Creole: a stone-hard belly and skin going black after an operation', () => {
  it.each([
    ['De jou apre tummy tuck la, vant mwen vin di tankou yon woch e li fe m mal anpil', 'emergency'],
    ['Po a bo koupe a ap vin nwa depi apre lipo a, li fe m mal', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('ht', text, kind));

  it.each([
    'Mwen ansent 8 mwa, vant mwen di, eske m ka pran yon masaj?',
    'Apre BBL mwen, m gen yon ti mak nwa sou po m, eske sa nomal?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Somali: one swollen leg, lymphoedema or fever after an operation, better off without me, a series', () => {
  it.each([
    [
      'Kubka lugteyda bidix ayaa bararay oo wuu i xanuunayaa, shalay ayaan diyaarad ka soo degay',
      'emergency',
    ],
    ['Gacanteyda lymphoedema-da leh way casaatay oo way kulushahay', 'emergency'],
    ['Qandho iyo qarqaryo ayaan qabaa tan iyo markii la i qalay', 'emergency'],
    ['Waxaan u maleynayaa in carruurtayda ay ka roonaan lahaayeen haddii aanan jirin', 'crisis'],
    ['Waxaan dareemayaa inaan culays ku ahay qoyskeyga oo dhan', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('so', text, kind));

  it.each([
    'Labada lugood ayaa bararay markaan maalin dhan taagnaa, ma imaan karaa massage?',
    'Filimkii aan daawaday nin ayaa dhiig matagay, aad ayaan u cabsaday. Ma furan tihiin Sabtida?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Zulu: a squeezed, heavy chest, fever with confusion, a rash under a glass, pre-eclampsia', () => {
  it.each([
    ['Isifuba sami siyangicinana kakhulu, kungathi kunento esindayo phezu kwaso', 'emergency'],
    ['Ubaba ujuluka kakhulu, nengalo yakhe yobunxele ibuhlungu kuze kufike emhlathini', 'emergency'],
    ['Ingane yami inemfiva, ididekile futhi ayingazi', 'emergency'],
    ['Umntanami unamabala awapheli uma ngicindezela ngengilazi', 'emergency'],
    ['Ngikhulelwe amasonto angu-34, izandla nobuso kuvuvuke kakhulu namuhla', 'emergency'],
    ['Ngikhulelwe, ikhanda libi kakhulu angikaze ngibe nalo kanje', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('zu', text, kind));

  it.each([
    'Ngikhulelwe amasonto angu-30, ngicela ukubhuka i-facial yobuso',
    'Ngonyaka odlule ngaba nomkhuhlane emva kokuhlinzwa, ngicela ukubhuka',
    'Ngisanda kuqeda ijimu, imilenze yami ibuhlungu, ngicela i-massage',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
