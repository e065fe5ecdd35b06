import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 41 (lang41, issue 11 part 6): messages in other languages, written for this test, not taken from batch 36. A
// condition's name told as happening now to a person (a present or progressive verb right before it, or a present-time word
// right after it) was stood down by any question of the signs in the message (a `notNow` phrase: "was sind die Anzeichen",
// "quali sono i sintomi"); it is now an event whatever the message asks (`namedTopic.now`), as English reads `mentionNowCues`.

describe('round 41 a condition told as happening now to a person, then a question of its signs', () => {
  it.each([
    ['it', 'mia suocera ha un ictus, quali sono i segni da controllare?'],
    ['it', 'credo che mio figlio sta avendo un infarto, quali sono i sintomi?'],
    ['de', 'meine Oma hat gerade einen Herzinfarkt, was sind die Symptome?'],
    ['de', 'ich glaube mein Mann kriegt einen Schlaganfall. woran erkennt man das genau?'],
    ['es', 'mi abuelo tiene un infarto, ¿cuáles son los síntomas para estar seguros?'],
    ['fr', "ma tante fait une crise cardiaque, quels sont les signes qu'il faut surveiller ?"],
    ['pt', 'minha avó está tendo um derrame, quais são os sinais?'],
    ['nl', 'mijn moeder krijgt een beroerte, wat zijn de signalen?'],
    ['pl', 'mój mąż ma zawał, jakie są objawy?'],
    ['ro', 'bunica are un atac cerebral, care sunt semnele?'],
    ['ru', 'у мамы инсульт, какие признаки проверить?'],
    ['ar', 'جدي عنده نوبة قلبية، شو العلامات؟'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
});

describe('round 41 the same names in a condition, of anyone, or in the past stay calm', () => {
  it.each([
    'quali sono i sintomi quando qualcuno ha un ictus?',
    'cosa succede se uno ha un infarto durante il linfodrenaggio?',
    'was sind die Anzeichen, wenn jemand einen Herzinfarkt hat?',
    'meine Mutter hat einen Schlaganfall gehabt, was sind die Anzeichen für einen zweiten?',
    'mijn vader heeft een beroerte gehad in 2018, wat zijn de signalen van een nieuwe?',
    '¿cuáles son los síntomas cuando alguien tiene un infarto?',
    "quels sont les signes quand on fait un AVC ?",
    "mon oncle a fait un AVC il y a dix ans, quels sont les signes d'une récidive ?",
    'jakie są objawy, gdy ktoś ma zawał?',
    'o que fazer se alguém tem um derrame? quais são os sinais?',
    'quali sono i sintomi di un infarto adesso che ho 60 anni?',
    // A present-time word after a comma tells the person well now; a dream or a story frames the name.
    'due anni fa un ictus, adesso sto benissimo e vorrei un massaggio',
    'у тещи был инфаркт давно, сейчас она в порядке, можно ей массаж?',
    'мне приснилось, что у меня инфаркт, это к чему?',
    'كانت عندها نوبة قلبية قبل خمس سنوات والحين بخير، هل يناسبها المساج؟',
    'en mi novela el protagonista tiene un infarto en la playa, ¿cómo reaccionaría un socorrista?',
  ])('"%s" does not alarm', calm);
});

describe('round 41 Polish ł read as l, as the entries are written', () => {
  it.each([
    ['pl', 'chyba mam zawał, strasznie mnie ściska'],
    ['pl', 'tato dostaje zawału serca'],
  ] as const)('%s: "%s" is an emergency', (code, text) => urgent(code, text));
  it.each([
    // Read now, the [zawal] entry meets the Polish stand-downs: a past with all well, a price in another case, a risk asked.
    'pięć lat temu miałem zawał, od tamtej pory wszystko dobrze',
    'przy takich rachunkach zawału można dostać',
    'czy po limfodrenażu może dojść do zawału u starszej osoby?',
  ])('"%s" does not alarm', calm);
});
