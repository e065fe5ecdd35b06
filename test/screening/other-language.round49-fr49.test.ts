import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

/**
 * Round 49 (fr49, dev set 43F read): the core frames in `notNow` (a hypothetical about a client or someone, a video or
 * article seen, a course or exam, a doctor's all-clear), for ten languages. Each calm case is a frame with a sign named in
 * it and nothing happening now; each urgent case tells an emergency after the frame with a present-time word or a "but",
 * which ends the frame. Written by the tuner, not taken from the dev set. The curiosity frames fr49 also added were taken
 * back by the lead (round 49; the calm curiosity questions left here are calm as risk questions, whatever the frame).
 */
const calm: readonly (readonly [string, readonly string[]])[] = [
  [
    'es',
    [
      'solo por curiosidad, ¿una persona puede desmayarse con el drenaje linfático?',
      '¿qué hacen si una clienta se desmaya en la camilla?',
      'vi un documental sobre la trombosis y quería saber si el drenaje ayuda',
      'para mi examen de enfermería: ¿cuáles son los síntomas de un infarto?',
      'tuve dolor en el pecho el mes pasado, el médico dijo que no era nada y las pruebas salieron bien. ¿puedo reservar?',
    ],
  ],
  [
    'fr',
    [
      'par simple curiosité, est-ce qu’on peut faire un malaise pendant un drainage ?',
      'que faites-vous si une cliente fait un malaise sur la table ?',
      'j’ai vu une vidéo sur les caillots après une liposuccion, le drainage aide-t-il ?',
      'pour mon examen de secourisme, quels sont les signes d’un AVC ?',
      'j’avais une douleur dans la poitrine, le médecin a dit que tout va bien, les analyses sont normales',
    ],
  ],
  [
    'de',
    [
      'nur aus Neugier: kann man bei einer Lymphdrainage ohnmächtig werden?',
      'was machen Sie, wenn eine Kundin auf der Liege ohnmächtig wird?',
      'ich habe ein Video gesehen über Thrombose nach dem Fliegen, hilft Lymphdrainage?',
      'für meine Prüfung im Erste-Hilfe-Kurs: was sind Zeichen eines Schlaganfalls?',
      'hatte Brustschmerzen, der Arzt hat gesagt alles ist gut, die Blutwerte waren gut. Kann ich buchen?',
    ],
  ],
  [
    'it',
    [
      'per pura curiosità, si può svenire durante un linfodrenaggio?',
      'cosa fate se una cliente sviene sul lettino?',
      'ho letto un articolo sulla trombosi dopo la liposuzione, il drenaggio aiuta?',
      'per il mio esame di primo soccorso: quali sono i segni di un infarto?',
      'avevo dolore al petto, il medico ha detto che non è niente e gli esami erano normali. posso prenotare?',
    ],
  ],
  [
    'pt',
    [
      'só por curiosidade, alguém pode desmaiar durante a drenagem?',
      'o que vocês fazem se uma cliente desmaiar na maca?',
      'assisti um documentário sobre trombose, a drenagem ajuda a prevenir?',
      'para a minha prova no curso de primeiros socorros: quais são os sinais de um AVC?',
      'tive dor no peito, o médico disse que não era nada e os exames vieram normais. posso marcar?',
    ],
  ],
  [
    'pl',
    [
      'co robicie jeśli klientka zemdleje na stole?',
      'widziałam filmik na tiktoku o zakrzepicy po liposukcji, czy drenaż pomaga?',
      'mam kurs pierwszej pomocy, jakie są objawy zawału?',
      'miałam ból w klatce, lekarz powiedział że wszystko w porządku, wyniki w normie. mogę się zapisać?',
    ],
  ],
  [
    'nl',
    [
      'gewoon uit nieuwsgierigheid, kun je flauwvallen tijdens lymfedrainage?',
      'wat doen jullie als een klant flauwvalt op de tafel?',
      'ik zag een video over trombose na een vliegreis, helpt lymfedrainage?',
      'voor mijn EHBO-cursus: wat zijn de tekenen van een beroerte?',
      'ik had pijn op de borst, de huisarts zei dat alles goed was en de uitslagen waren goed. kan ik boeken?',
    ],
  ],
  [
    'tr',
    [
      'sadece merak ettim, lenf drenajı sırasında bayılan olur mu?',
      'eğer bir müşteri masada bayılırsa ne yaparsınız?',
      'bir belgesel izledim tromboz hakkında, drenaj işe yarar mı?',
      'ilk yardım kursu için soruyorum, kalp krizi belirtileri nelerdir?',
      'göğüs ağrım vardı, doktor sorun yok dedi, tahliller temiz. randevu alabilir miyim?',
    ],
  ],
  [
    'el',
    [
      'τι κάνετε αν κάποια πελάτισσα λιποθυμήσει στο κρεβάτι;',
      'είδα ένα βίντεο για θρόμβωση μετά από λιποαναρρόφηση, βοηθάει η παροχέτευση;',
      'σεμινάριο πρώτων βοηθειών κάνω, ποια είναι τα σημάδια εγκεφαλικού;',
      'είχα πόνο στο στήθος, ο γιατρός είπε ότι είναι όλα καλά και οι εξετάσεις βγήκαν καλές',
    ],
  ],
  [
    'ru',
    [
      'чисто из любопытства, можно ли потерять сознание на лимфодренаже?',
      'что вы делаете если клиентка потеряет сознание на столе?',
      'видела видео про тромбоз после липосакции, лимфодренаж помогает?',
      'готовлюсь к экзамену на курсах первой помощи: какие признаки инсульта?',
      'была боль в груди, врач сказал что всё в порядке, анализы в норме. можно записаться?',
    ],
  ],
];

const urgent: readonly (readonly [string, string])[] = [
  ['es', 'vi un documental sobre alergias pero ahora mi hija tiene los labios hinchados y no puede respirar'],
  ['fr', 'par simple curiosité au début, mais maintenant ma mère ne respire plus et ne répond pas'],
  ['de', 'der Arzt hat gesagt alles ist gut, aber jetzt habe ich starke Brustschmerzen und kriege keine Luft'],
  ['it', 'ho letto un articolo sulle allergie, ma adesso ho la gola che si chiude e non respiro'],
  ['pt', 'assisti um documentário sobre AVC, mas agora meu pai está com a boca torta e não consegue falar'],
  ['pl', 'mam kurs pierwszej pomocy, ale teraz mój mąż stracił przytomność i nie oddycha'],
  ['nl', 'ik zag een video over allergie, maar nu is mijn tong opgezwollen en ik kan niet ademen'],
  ['tr', 'doktor sorun yok dedi ama şimdi göğsümde çok şiddetli ağrı var ve nefes alamıyorum'],
  ['el', 'είδα ένα βίντεο για εγκεφαλικό, αλλά τώρα ο πατέρας μου δεν μπορεί να μιλήσει και έχει στραβό στόμα'],
  ['ru', 'врач сказал что всё хорошо, но сейчас у меня сильная боль в груди и не могу дышать'],
];

describe('round 49 (fr49): the core frames hold a look-alike', () => {
  for (const [code, texts] of calm)
    for (const text of texts)
      it(`${code}: ${text}`, () => {
        expectNotUrgent(text);
      });
});

describe('round 49 (fr49): an emergency told after a frame, with a present-time word or a "but", is urgent', () => {
  for (const [code, text] of urgent)
    it(`${code}: ${text}`, () => {
      expectUrgentIn(code, text);
    });
});
