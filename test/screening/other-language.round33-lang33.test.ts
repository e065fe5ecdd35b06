import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';

// Round 33 (lang33, issue 11 item 6 and issue 12 §2): messages in other languages, written for this test, not taken from any
// read set or from knowledge/urgency-examples/round33-lang33.yaml. Each cause has its own wordings and guards (messages that
// must not alarm or must not change behaviour).

describe('round 33 languages the assistant did not read at all: Somali, Basque, Maltese, Icelandic', () => {
  it.each([
    ['so', 'Hooyaday way suuxday, miyir ma leh oo ma neefsanayso si fiican, fadlan maxaan sameeyaa', 'emergency'],
    ['so', 'Ninkayga laabta ayaa xanuun badan ku haya, wuuna dhidid badan yahay hadda', 'emergency'],
    ['so', 'Waxaan ahay uur shan bilood ah, dhiig ayaa iga imanaya hadda', 'emergency'],
    ['so', 'Waan ka daalay nolosha, waxaan rabaa inaan is dilo caawa', 'crisis'],
    ['eu', 'Aitak bularrean min handia du eta izerditan dago, zer egin?', 'emergency'],
    ['eu', 'Ez dut bizi nahi, barkatu hau hemen idazteagatik', 'crisis'],
    ['mt', 'Missieri ħass ħażin fil-kċina u ma jirrispondix, x\'nagħmel?', 'emergency'],
    ['mt', 'Jien ma rridx ngħix aktar, skużani li qed nikteb hawn', 'crisis'],
    ['is', 'Maðurinn minn nær ekki andanum og varirnar eru bláar', 'emergency'],
    ['is', 'Ég vil ekki lifa lengur, fyrirgefðu að ég skrifi þetta hér', 'crisis'],
  ] as const)('%s: "%s" gets the advice in that language', (code, text, kind) => urgent(code, text, kind));
  it.each([
    'Fadlan, imisa ayay ku kacaysaa hal fadhi oo duugis ah? Mahadsanid',
    'Kaixo, gaur arratsaldean txanda bat daukazue? Eskerrik asko',
    'Bongu, kif nista nibbukkja sessjoni għal ommi? Grazzi ħafna',
    'Takk fyrir, hvað kostar einn tími hjá ykkur?',
  ])('"%s" does not alarm', calm);
});

describe('round 33 thoughts of dying told as thinking of it', () => {
  it.each([
    ['pt', 'ando pensando em morrer todos os dias e não conto pra ninguém'],
    ['es', 'últimamente pienso en morirme casi cada noche, perdón por escribir aquí'],
    ['fr', 'je pense à mourir depuis des semaines, je ne sais plus quoi faire'],
    ['it', 'da un mese penso a morire, non so a chi dirlo'],
    ['de', 'ich denke ans Sterben, schon seit Wochen, und weiß nicht weiter'],
    ['nl', 'ik denk aan doodgaan, elke avond weer, sorry dat ik dit stuur'],
  ])('%s: "%s" gets the crisis words', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'quase morri de rir com o vídeo da sessão, que massagista divertida',
    'pienso en morirme de risa cada vez que veo el vídeo de la sesión, ¿hay cita el sábado?',
    'J\'ai failli mourir de rire quand la masseuse a chanté, merci encore !',
  ])('"%s" does not alarm', calm);
});

describe('round 33 Hinglish: a child who swallowed a battery, a magnet or a cleaner', () => {
  it.each([
    ['hi', 'beti ne remote ki button cell nigal li, ab rone lagi hai'],
    ['hi', 'chhote ne fridge wala chumbak nigal liya, kya karu'],
    ['hi', 'bachche ne galti se toilet cleaner pi liya hai, muh jal raha'],
  ])('%s: "%s" alarms', (code, text) => urgent(code, text));
  it.each([
    'remote ki battery change karni hai, aapke paas hai kya?',
    'subah dawai ki goli nigal li thi, massage ke pehle kuch khana zaroori hai kya?',
  ])('"%s" does not alarm', calm);
});

describe('round 33 denials, all-clears, risk questions and treatments since a past event', () => {
  it.each([
    'meu pai não tá com falta de ar nem dor no peito, só quer relaxar depois do trabalho',
    'minha avó não tem falta de ar, só as pernas cansadas de sempre',
    'Due anni fa ho avuto un ictus, adesso sto bene e cammino ogni giorno. Fate linfodrenaggio?',
    '¿cómo prevenir que se me hinche la pierna en un vuelo largo? viajo a Lima en marzo',
    'estoy de seis meses y tengo los pies hinchados al final del día, ¿me podéis dar cita?',
    'Mon mari est sous anticoagulants depuis son infarctus, le drainage est-il possible ?',
    'lambi flight ke baad pair kyun sooj jaate hain, koi tip?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['pt', 'ela não tem febre, mas de repente ficou com falta de ar agora'],
    ['it', 'Ho avuto un infarto anni fa e adesso ho un dolore fortissimo al petto'],
    ['es', 'embarazada de ocho meses y de repente tengo la cara y las manos hinchadas'],
  ])('%s: "%s" still alarms', (code, text) => urgent(code, text));
});

describe('round 33 asking for a person, in words the lexicons lacked', () => {
  it.each([
    ['es', 'preferiría que me atendiera una persona de recepción, gracias'],
    ['de', 'Ich bräuchte eine persönliche Ansprechpartnerin, mit dem Chat komme ich nicht weiter.'],
    ['de', 'Mein Arzt möchte, dass ich das mit Ihrem Therapeuten abspreche. Wer ist zuständig?'],
    ['de', 'Könnten Sie jemanden bitten, mich morgen zurückzurufen?'],
    ['pt', 'Vocês têm algum atendente que possa me ajudar com a reserva?'],
    ['it', 'Vorrei sentire una delle terapiste prima di prenotare per mia madre'],
    ['ar', 'ممكن أكلم الأخصائية قبل الحجز؟'],
    ['sv', 'Kan jag ringa någon i personalen om min mammas bokning?'],
  ])('%s: "%s" is handed to the team', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });
  it.each([
    'Quanto custa uma sessão de drenagem para duas pessoas?',
    'Wie lange dauert eine Sitzung bei Ihnen?',
    'Ho sentito dire che il linfodrenaggio sgonfia le gambe, è vero?',
  ])('"%s" is not a request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});

describe('round 33 Spanish: a button battery gone missing, a baby moving less, affairs put in order', () => {
  it.each([
    ['es', 'a la báscula le falta la pila de botón y mi hija de un año no para de babear', 'emergency'],
    ['es', 'estoy de 33 semanas y desde anoche no noto al bebé moverse como siempre', 'emergency'],
    ['es', 'ya dejé todo arreglado con el notario para cuando yo no esté, gracias por todo', 'crisis'],
  ] as const)('%s: "%s" alarms', (code, text, kind) => urgent(code, text, kind));
  it.each([
    '¿vendéis pilas de botón para la báscula de la cabina?',
    'dejo todo en orden antes del viaje, cuando yo no esté mi hermana vendrá a la cita',
  ])('"%s" does not alarm', calm);
});
