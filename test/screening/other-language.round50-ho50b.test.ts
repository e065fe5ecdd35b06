import { expectUrgentIn, readInOtherLanguage } from '../helpers/other-language-reading';

// Round 50 (ho50b, issue 12 §2; dev set 50D read). Examples written for this test, none from a test set: someone given on the
// phone, ringing asked in the polite plural or let to someone, being put through to the one in charge, talking asked with the
// one in charge named, someone let write, a person asked to be given, whether anyone is there or watching; and the
// neighbours: the same words beside an emergency keep the emergency advice, and calm messages sharing the words are no
// hand-off.

describe('a request for a person in the forms this round adds', () => {
  it.each([
    ['Dajte mi nekoga od osoblja na telefon, hvala', 'hr'],
    ['Pozovite me sutra ujutro, molim', 'hr'],
    ['Spojite me sa menadžerom, imam pritužbu', 'hr'],
    ['Нека ми се јави неко од вас сутра', 'sr'],
    ['A ka njeri aty që më ndihmon?', 'sq'],
    ['Tegul administratorė man paskambina rytoj', 'lt'],
    ['Paskambinkit man vakare, prašau', 'lt'],
    ['Vai kāds varētu man atzvanīt rīt?', 'lv'],
    ['Andke mulle palun mõni töötaja, tänan', 'et'],
    ['Dați-mi un om la telefon, vă rog', 'ro'],
    ['Voisiko joku hieroja soittaa minulle huomenna?', 'fi'],
    ['mporw na milisw me ton ypefthyno parakalo?', 'el-latn'],
    ['may tao ba dito na sumasagot?', 'tl'],
  ] as const)('"%s" hands off in its language', (text, language) => {
    expect(readInOtherLanguage(text)).toMatchObject({ kind: 'handoff', language });
  });
});

describe('the same words beside an emergency keep the emergency advice', () => {
  it.each([
    ['hr', 'Dajte mi nekoga na telefon, muž mi ne diše'],
    ['sr', 'Нека ме позове неко, не могу да дишем'],
    ['lt', 'Tegul kas nors paskambina greitajai, vyras nekvėpuoja'],
    ['lv', 'Vai kāds var man piezvanīt? man sāp krūtis un nevaru paelpot'],
    ['et', 'andke mulle administraator, mu mees ei hinga'],
    ['ro', 'Dați-mi pe cineva la telefon, soțul nu respiră'],
    ['fi', 'Hoitaja soittaa minulle, en saa henkeä'],
  ] as const)('%s: "%s"', (code, text) => {
    expectUrgentIn(code, text);
  });
});

describe('calm messages that share the words are no hand-off', () => {
  it.each([
    ['odmah dolazim na masažu, hvala', 'hr'],
    ['Laukiu jūsų atsakymo dėl kainos', 'lt'],
    ['Sveiki, jūsu masāža man palīdzēja', 'lv'],
    ['Kāds ir masāžas cenas?', 'lv'],
    ['Hoitaja soitti minulle eilen, kiitos', 'fi'],
  ] as const)('"%s" is read as %s, not handed off', (text, language) => {
    expect(readInOtherLanguage(text)).toMatchObject({ kind: 'not_supported', language });
  });
});
