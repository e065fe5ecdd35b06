import { conversation, replyOf, safetyContent, texts } from '../helpers/screening';

// Round 47 (issue 11 part 6): Croatian, Serbian and Bosnian in Latin letters, Slovenian, Albanian, Lithuanian, Latvian and
// Estonian had no lexicon and were read as English (or as a neighbour whose words they do not share), so "my husband can't
// breathe" in them got no advice. Through the whole bot, each now gets the emergency advice or the crisis line in its own
// language, marked urgent, with a person offered and the safety hold taken; a spa question in it never starts a health
// check. Messages written for this test, not from any set.
const language = (code: string) => {
  const found = safetyContent.otherLanguages.languages.find((l) => l.code === code);
  if (!found) throw new Error(`no language ${code}`);
  return found;
};

describe.each([
  {
    code: 'hr',
    emergency: 'moj muž ne može disati i usne su mu plave',
    crisis: 'ne želim više živjeti, mislim da ću se ubiti',
    question: 'koliko košta limfna drenaža i imate li termin u subotu?',
  },
  {
    code: 'sl',
    emergency: 'mama ne more dihati in ima modre ustnice',
    crisis: 'nočem več živeti, rada bi umrla',
    question: 'koliko stane limfna drenaža in ali imate prost termin v soboto?',
  },
  {
    code: 'sq',
    emergency: 'burri im nuk merr dot frymë dhe buzët i janë nxirë',
    crisis: 'dua të vdes, nuk dua të jetoj më',
    question: 'sa kushton masazhi limfatik dhe a keni termin të shtunën?',
  },
  {
    code: 'lt',
    emergency: 'mano vyras negali kvėpuoti ir jo lūpos pamėlynavo',
    crisis: 'nebenoriu gyventi, noriu mirti',
    question: 'kiek kainuoja limfodrenažinis masažas ir ar galiu užsiregistruoti šeštadienį?',
  },
  {
    code: 'lv',
    emergency: 'mans vīrs nevar paelpot un viņam ir zilas lūpas',
    crisis: 'es vairs negribu dzīvot, gribu nomirt',
    question: 'cik maksā limfodrenāžas masāža un vai sestdien ir brīvs laiks?',
  },
  {
    code: 'et',
    emergency: 'mu mees ei saa hingata ja ta huuled on sinised',
    crisis: 'ma ei taha enam elada, tahan surra',
    question: 'kui palju maksab lümfimassaaž ja kas laupäeval on vaba aega?',
  },
])('a message in $code (round 47)', ({ code, emergency, crisis, question }) => {
  it('gets the emergency advice in that language, marked urgent, with a person offered, and holds suggestions', async () => {
    const chat = await conversation();
    const replies = await chat.say(emergency);
    expect(texts(replies)).toEqual([language(code).emergencyAdvice]);
    expect(replyOf(replies[0])?.kind).toBe('urgent');
    expect(replyOf(replies[0])?.choices?.[0]?.label).toBe(language(code).talkToPerson);
    expect(await chat.safetyHoldSince()).toBeDefined();
  });

  it('gets the crisis line in that language', async () => {
    const chat = await conversation();
    expect(texts(await chat.say(crisis))).toEqual([language(code).crisisAdvice]);
  });

  it('never starts a health check: a spa question is told, in that language, that the assistant speaks English', async () => {
    const chat = await conversation();
    expect(texts(await chat.say(question))).toEqual([language(code).notSupported]);
  });
});
