import { expectNotUrgent, expectUrgentIn, readInOtherLanguage } from '../helpers/other-language-reading';

// Round 53 (lx53-a, dev set 52K read): Croatian, Serbian and Bosnian (Latin and Cyrillic), Slovenian and Albanian. Examples
// written for this test, none from a test set: each concept added told in other words (the heart racing with dizziness, a
// stab on breathing in, a sudden worst headache, pills got ready beside a letter, not waking in the short infinitive,
// wheezing told "piskati", lips swollen "like a balloon", a stroke sign that passed within minutes, a growing lump in the
// throat, a drain filling with fresh blood, the shin "kërci" named by its side), and calm messages that share its words.

describe('Croatian, Serbian and Bosnian in Latin letters: palpitations, a stab on breathing, a sudden headache, pills and a letter, not waking, wheezing, swollen lips', () => {
  it.each([
    ['srce mi preskače i ubrzano kuca već pola sata, vrti mi se i slabo mi je', 'emergency'],
    ['od jutros mi srce juri, a sad me i boli u prsima', 'emergency'],
    ['probada me u boku svaki put kad duboko udahnem, vratila sam se avionom iz Kanade', 'emergency'],
    ['odjednom me strašno zaboljela glava, kao da me netko udario palicom', 'emergency'],
    ['spremila sam sve tablete i ne mogu više', 'crisis'],
    ['napisao sam pismo sestri, tablete su na stolu', 'crisis'],
    ['ne možemo je probudit, leži na krevetu i ne reagira', 'emergency'],
    ['nakon nove kreme sva sam u osipu i piska mi u prsima kad dišem', 'emergency'],
    ['jezik mi je ko balon i jedva gutam', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hr', text, kind));

  it.each([
    'srce mi lupa od uzbuđenja jer se sutra udajem, možemo li rezervirati masažu?',
    'bode me kad udahnem otkad sam prehlađena i kašljem, smijem li doći na masažu?',
    'Pišem seminar o infarktu, koji su simptomi kod žena?',
    'koliko košta paket, ove cijene su za infarkt, ima li popusta?',
    'glava me boli od jučer, kao i uvijek kad je mijena vremena',
  ])('calm: "%s"', (text) => expectNotUrgent(text));

  it('a Bosnian message about a tattoo is read as the language it is written in, not as Polish', () => {
    const reading = readInOtherLanguage('u srijedu sam uradila tetovazu na ruci, crveno je i malo boli, jel treba izbjegavat te dijelove?');
    expect(reading?.language).toBe('hr');
    expect(reading?.kind).toBe('not_supported');
  });
});

describe('Serbian in Cyrillic: the same concepts', () => {
  it.each([
    ['срце ми лупа као лудо и врти ми се, мислим да ћу пасти', 'emergency'],
    ['боде ме кад удахнем већ два дана', 'emergency'],
    ['одједном ме је заболела глава, најгора главобоља у животу', 'emergency'],
    ['по целом телу ми је изашла копривњача и пишти ми кад дишем', 'emergency'],
    ['спремила сам таблете и не могу више', 'crisis'],
    ['опет се сечем, не знам шта да радим', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sr', text, kind));

  it.each(['боли ме кад удахнем од тренинга у теретани, може ли масажа?', 'спремила сам таблете за пут, да ли вам треба списак?'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('Slovenian: a stroke sign that passed within minutes, a growing lump in the throat, palpitations, a sudden headache, a drain filling with blood', () => {
  it.each([
    ['včeraj je možu za nekaj minut odrevenela roka in ni mogel govoriti, zdaj je v redu', 'emergency'],
    ['dopoldne sem za par minut na levo oko videla samo temo, zdaj je v redu', 'emergency'],
    ['po novi kremi imam v grlu cmok, ki je vse večji', 'emergency'],
    ['srce mi hitro razbija in vrti se mi, skoraj sem omedlela', 'emergency'],
    ['nenadoma me je zabolela glava, najhujši glavobol v življenju', 'emergency'],
    ['iz drena po operaciji teče svetla kri, vrečka je že polna', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sl', text, kind));

  it.each([
    'pred tremi leti sem imela strdek v nogi, zdaj je vse v redu. lahko pridem na limfno drenažo?',
    'imam cmok v grlu od ganjenosti, ko sem brala vaše sporočilo, hvala',
    'iz drena po operaciji pride še malo rožnate tekočine, zdravnik pravi, da je vse v redu',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Albanian: palpitations with dizziness, a sudden headache, the shin named by its side', () => {
  it.each([
    ['zemra më rreh fort dhe më merren mendtë, nuk po ndihem mirë', 'emergency'],
    ['papritur më dhemb koka më e forta që kam pasur ndonjëherë', 'emergency'],
    ['kam kërcirin e djathtë të fryrë dhe të nxehtë prej dy ditësh', 'emergency'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sq', text, kind));

  it.each([
    'zemra më rreh shpejt kur vrapoj, a është normale?',
    'më dhembin të dyja këmbët pas vrapimit, kërcinjtë janë pak të fryrë',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
