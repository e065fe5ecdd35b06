import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 50 (lx50a, issue 11 part 6; dev set 50B read). Examples written for this test, none from a test set: each
// concept added to a lexicon, told in other words, and calm messages that share its words.

describe('Serbian in Cyrillic: its own lexicon, every concept', () => {
  it.each([
    ['притиска ме у грудима и боли ме лева рука, ознојио сам се', 'emergency'],
    ['отац не може да дише, једва хвата ваздух', 'emergency'],
    ['усне су јој помодреле', 'emergency'],
    ['језик ми је отекао после креме и стеже ме грло', 'emergency'],
    ['бака одједном не може да подигне леву руку', 'emergency'],
    ['уста су му се искривила на једну страну', 'emergency'],
    ['брат се срушио и не реагује', 'emergency'],
    ['рана после операције крвари и не престаје', 'emergency'],
    ['мама повраћа крв од јутрос', 'emergency'],
    ['трудна сам у 34. недељи и видим тачкице пред очима', 'emergency'],
    ['после лета ми је само једна нога отечена и врућа', 'emergency'],
    ['има високу температуру и збуњен је, не препознаје нас', 'emergency'],
    ['имам лимфедем на нози, сада је црвена и врућа', 'emergency'],
    ['после липосукције стомак ми је тврд и боли', 'emergency'],
    ['после ббл-а ми звони у ушима и трну ми усне', 'emergency'],
    ['срце ми лупа и осећам да ћу пасти у несвест', 'emergency'],
    ['свима би било лакше да ме нема', 'crisis'],
    ['не желим више да се пробудим', 'crisis'],
    ['мислим да ћу се убити, не могу више овако', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('sr', text, kind));

  it.each([
    'да ли могу да закажем масажу за суботу?',
    'колико кошта лимфна дренажа за обе ноге?',
    'пре три године сам имала тромбозу, сад сам добро, може ли масажа?',
    'пишем реферат о можданом удару, који су знакови?',
    'ноге ме боле после тренинга, да ли масажа помаже?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Serbian and Bosnian in Latin letters, read by the Croatian lexicon', () => {
  it.each([
    ['trudna sam, 31 nedelja, i krvarim', 'emergency'],
    ['u 29. sedmici sam i jako me boli glava, vidim zvjezdice', 'emergency'],
    ['ruka sa limfedemom mi je crvena i vruca, trese me groznica', 'emergency'],
    ['pre tri dana lipo, desni list je natecen i boli', 'emergency'],
    ['nedelju dana posle liposukcije, stalno sam zadihana', 'emergency'],
    ['posle bbl-a mi zuji u usima i utrnule su mi usne', 'emergency'],
    ['mislim da ima anafilakticki sok, usne joj rastu', 'emergency'],
    ['bolje bi im bilo da me nema', 'crisis'],
    ['lekovi su mi spremni, nema smisla vise nista', 'crisis'],
    ['razmisljam kako da se ubijem', 'crisis'],
    ['sutra me nece biti, volim vas sve', 'crisis'],
    ['necu vise da se budim ujutru, dosta mi je svega', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hr', text, kind));

  it.each([
    'pisem referat o anafilaksiji, koje znakove treba prepoznati?',
    'imam limfedem ruke godinama, stabilno je, imate li termin?',
    'umrecu od smeha, ubicu se od smijeha',
    'sutra me nece biti u gradu, mozemo li pomeriti termin?',
    'noge mi crvene od sunca, smijem li na masazu?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Slovenian and Albanian: after an operation, a fit after a fall, swelling told in Gheg', () => {
  it.each([
    ['sl', 'po abdominoplastiki mi piska v ušesih in ustnice so otrple'],
    ['sl', 'mama ne more zadihati, komaj zadiha'],
    ['sl', 'otrok je padel s stola in ima krče po celem telesu'],
    ['sl', 'limfedem na roki, imam vročino in mrzlico'],
    ['sq', 'pas liposukcionit me kumbon veshi dhe me mpihet gjuha'],
    ['sq', 'djalit i jane fry buzet nga kremi, mezi gelltit'],
    ['sq', 'kam bere bbl para 5 diteve, pulpa e kembes se djathte e fryre dhe e nxehte'],
    ['sq', 'kam limfedem ne krah dhe tani kam ethe'],
  ] as const)('"%s"', (lang, text) => expectUrgentIn(lang, text));

  it.each([
    'ponoči me zgrabijo krči v mečih, kaj pomaga?',
    'nuk marr dot fryme nga te qeshurit haha',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('A question word of one language (Turkish "mi") with a cue of another (Czech "dá se") is no question', () => {
  it('"srce mi lupa i osjecam da cu se onesvijestiti"', () =>
    expectUrgentIn('hr', 'srce mi lupa i osjecam da cu se onesvijestiti'));
  it('calm: "dá se infarktu předejít?"', () => expectNotUrgent('dá se infarktu předejít?'));
  it('calm: "kalp krizi belirtisi mi bu"', () => expectNotUrgent('kalp krizi belirtisi mi bu'));
});
