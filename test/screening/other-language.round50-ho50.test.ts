import { expectNotUrgent, readInOtherLanguage } from '../helpers/other-language-reading';

// Round 50 (ho50, issue 12 §2 and issue 11 part 6; dev set 50C read). Examples written for this test, none from a test set:
// a request for a person with few or none of its language's common words (the request itself is evidence of the language),
// whether anyone is there at all in the lexicons that lacked it, ringing and talking told in more forms, a personal request
// in another language offered a person in it, and the look-alikes: a question whether the staff speak a language, a writing
// task, someone who rang in the past, someone's experience asked for.

describe('a request for a person with few or none of its language common words', () => {
  it.each([
    ['Lahko govorim z receptorjem?', 'sl'],
    ['Rada bi se pogovorila s terapevtko', 'sl'],
    ['Naj me kdo pokliče, prosim', 'sl'],
    ['Soittaisitteko mulle huomenna?', 'fi'],
    ['haluaisin keskustella jonkun työntekijän kanssa', 'fi'],
    ['Neka me netko iz tima nazove', 'hr'],
    ['Volio bih da sam razgovarao s voditeljem', 'hr'],
    ['mporeite na me parete tilefono avrio?', 'el-latn'],
    ['na me kalesei kapoios parakalo', 'el-latn'],
  ] as const)('"%s" hands off in its language', (text, language) => {
    expect(readInOtherLanguage(text)).toMatchObject({ kind: 'handoff', language });
  });
});

describe('whether anyone is there at all', () => {
  it.each([
    ['Hallo, ist hier jemand?', 'de'],
    ['Czy jest tu ktoś?', 'pl'],
    ['Este cineva aici?', 'ro'],
    ['Je tu někdo?', 'cs'],
    ['Van itt valaki?', 'hu'],
    ['Finns det någon där?', 'sv'],
    ['Kimse var mı?', 'tr'],
    ['Ima li koga tu?', 'hr'],
    ['A je kdo tu?', 'sl'],
    ['Onko kukaan paikalla?', 'fi'],
    ['yparxei kapoios ekei?', 'el-latn'],
    ['Hi ha algú que em llegeixi?', 'ca'],
    ['Есть тут кто?', 'ru'],
    ['Є тут хтось?', 'uk'],
  ] as const)('"%s" hands off in its language', (text, language) => {
    expect(readInOtherLanguage(text)).toMatchObject({ kind: 'handoff', language });
  });
});

describe('a personal request in another language is offered a person in it', () => {
  it.each([
    ['Soveltuuko lymfahieronta äidilleni?', 'fi'],
    ['Mitä kannattaa varata, jalkani turpoavat', 'fi'],
    ['ti mou proteinete gia ta podia mou?', 'el-latn'],
    ['Što biste mi preporučili za otečene noge?', 'hr'],
    ['Kaj bi mi priporočili po operaciji?', 'sl'],
  ] as const)('"%s"', (text, language) => {
    expect(readInOtherLanguage(text)).toMatchObject({ kind: 'not_supported', language });
  });
});

describe('look-alikes that are not a request for a person', () => {
  it('a question whether the staff speak a language is answered, not handed off', () => {
    expect(readInOtherLanguage('puhutteko englantia?')).toMatchObject({ kind: 'not_supported', language: 'fi' });
    expect(readInOtherLanguage('osaako henkilökunta englantia?')?.kind).not.toBe('handoff');
  });

  it.each([
    'kirjoita minulle tarina kissasta',
    'Hat jemand damit Erfahrung?',
    'Er der nogen der har prøvet det?',
    'Netko me nazvao jučer iz banke',
  ])('"%s" is no hand-off', (text) => {
    expect(readInOtherLanguage(text)?.kind).not.toBe('handoff');
  });

  it.each(['Ist da jemand?', 'Czy ktoś tam jest?', 'Sopiiko tämä minulle?', 'kirjoita minulle tarina kissasta'])(
    'calm: "%s"',
    (text) => expectNotUrgent(text),
  );
});

describe('an English message is still read as English', () => {
  it.each(['call me back please', 'pls call back asap', 'operator please', 'what would you put me on'])(
    '"%s"',
    (text) => {
      expect(readInOtherLanguage(text)).toBeNull();
    },
  );
});
