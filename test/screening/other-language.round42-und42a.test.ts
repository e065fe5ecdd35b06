import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 42 (und42a, issue 12 §2): requests for a person in other languages that batch 37 showed unread, by cause, in
// wordings written for this test (not batch 37's messages): Italian "con" joined to its article ("col", "coi", "colla")
// and one of ours in the plural; a real person by the German idiom "aus Fleisch und Blut" and a matter cleared
// ("klären") with one of ours; being passed on in Ukrainian and Russian ("передайте мене/меня") with "someone" in the
// dative; "someone real" and being answered by one of ours in Hebrew; Czech read as Czech when it needs ("potřebuju")
// rather than wants; being written to by one of ours in Portuguese in any form of the verb. Each with look-alikes that
// ask for no one.

describe('round 42: asking for a person in another language', () => {
  it.each([
    ['it', 'posso parlare col titolare un attimo?'],
    ['it', 'vorrei parlarne coi responsabili del centro'],
    ['de', 'gibt es da jemanden aus Fleisch und Blut? der Bot versteht mich nicht'],
    ['uk', 'передай мене комусь живому, бот нічого не розуміє'],
    ['ru', 'передайте меня кому-нибудь из персонала пожалуйста'],
    ['he', 'יש פה מישהי אמיתית? אני צריכה עזרה עם התור'],
    ['he', 'אפשר שנציג יענה לי על ההזמנה?'],
    ['cs', 'potřebuju mluvit s někým z recepce'],
    ['cs', 'potřebuji to probrat s živým člověkem, ne s automatem'],
    ['pt', 'alguém da recepção pode me escrever no whatsapp?'],
    ['pt', 'queria que a gerente me mandasse um email sobre o pacote'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    'il massaggio linfatico fa parlare come un libro aperto?',
    'sollte ich das vorher mit meinem Therapeuten abklären?',
    'ich muss noch klären, ob meine Versicherung das zahlt',
    'передайте мені, будь ласка, ціни на масаж',
    'potřebuju vědět, kolik stojí lymfatická masáž',
    'potřebuju se objednat na pátek',
    'a terapeuta me mandou fazer drenagem depois da cirurgia',
    'podem me enviar o endereço da clínica?',
    'מישהו יכול להסביר לי מה זה ניקוז לימפתי?',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
