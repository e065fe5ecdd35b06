import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 43 (lang43, issue 11 part 6): messages in other languages, written for this test, not taken from batch 38.
// Cause 1: a dream told ("I dreamt I had a stroke") named a condition that every lexicon read as an event now; dreams were
// topic cues only in a sentence that asks, and people tell a dream without a question mark. A dream is now a `frames` word
// of `namedTopic` in every language with one: the names of its sentence are set aside, asked or not.
// Cause 2: a definition asked ("what is anaphylaxis?") was no topic cue, and anaphylaxis was no topic name anywhere. A sign
// told in the same sentence, a name told now ("mi padre tiene un infarto"), or a question asked beside a sign still gets the
// emergency advice.

describe('round 43 a dream of a condition stays calm, asked or not', () => {
  it.each([
    'sonhei que estava tendo um AVC durante a drenagem, que sonho estranho',
    "j'ai rêvé que je faisais un AVC pendant le massage, bizarre non",
    'ich habe geträumt, dass ich einen Herzinfarkt habe, total seltsam',
    'ho sognato che avevo un ictus durante il massaggio, che incubo',
    'мне приснилось, что у меня инсульт, странный сон',
    'rüyamda babam kalp krizi geçiriyordu',
    '我梦见自己中风了，好可怕',
    '夢で心筋梗塞になった、怖かった',
    'ik heb gedroomd dat ik een hartaanval had',
  ])('"%s"', (text) => calm(text));
});

// The lead's reread kept "what is" only right before the name it asks about (`after`), or as a cue in Chinese and Japanese:
// as a cue anywhere in a sentence that asks, "que es", "o que e", "qu est ce" and "was ist" also end "creo que es un infarto",
// "o que eu faço", "qu'est-ce que je fais" and "was ist zu tun" (below). The "if" cues went for the same reason.
describe('round 43 a definition asked stays calm', () => {
  it.each([
    'アナフィラキシーとは何ですか',
    '什么是中风？',
    'що таке інсульт?',
    'что такое анафилактический шок? спрашиваю для себя',
    "c'est quoi l'anaphylaxie ?",
    "qu'est-ce qu'un AVC exactement ?",
    'was ist ein Schlaganfall genau?',
    'co to jest udar?',
    'wat is een beroerte precies?',
  ])('"%s"', (text) => calm(text));
});

describe('round 43 (lead) a present event told beside "what do I do" or a nightmare still gets the emergency advice', () => {
  it.each([
    ['es', 'creo que es un infarto, ¿qué hago?'],
    ['pt', 'acho que e um avc, o que eu faco?'],
    ['fr', "je crois que c'est un AVC, qu'est-ce que je fais ?"],
    ['de', 'ich glaube, das ist ein Schlaganfall, was ist zu tun?'],
    ['es', 'es una pesadilla, a mi madre le está dando un ictus'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});

describe('round 43 a sign or a name told now beside a dream or a question still gets the emergency advice', () => {
  it.each([
    ['es', 'tuve una pesadilla y ahora me duele mucho el pecho y el brazo izquierdo'],
    ['es', 'mi padre tiene un infarto ahora mismo, ¿qué es lo que tengo que hacer?'],
    ['es', 'creo que es un infarto, ayuda'],
    ['es', '¿qué es esto? se me cierra la garganta y tengo la lengua hinchada'],
    ['ru', 'что такое с мамой? у неё инсульт, лицо перекосило'],
    ['ru', 'мне приснился кошмар, проснулась, а рука онемела и лицо перекосило'],
  ] as const)('%s: "%s"', (code, text) => urgent(code, text));
});
