import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 55 (lx55-c, dev set 54D read): Spanish, Portuguese, Italian, French and Polish. Examples written for this test, none
// from a test set: each concept added told in other words (a fever after an operation named by its procedure, a belly told
// hard in the superlative, chest pain from coughing or a cold, both legs swollen after a flight or at the end of a hot day,
// the heart found fine at a check, asking to take up an activity "again" after a dated event), and urgent messages that share
// their words.

describe('a fever after an operation named by its procedure', () => {
  it.each([
    ['fiz uma mamoplastia semana passada e agora estou com febre alta', 'pt'],
    ['me hice una abdominoplastia hace diez días y tengo fiebre y escalofríos', 'es'],
    ["j'ai fait une abdominoplastie il y a une semaine et j'ai de la fièvre depuis hier", 'fr'],
    ["ho fatto l'addominoplastica cinque giorni fa e ho la febbre a 39", 'it'],
    ['tydzień temu miałam plastykę brzucha, a teraz mam gorączkę i dreszcze', 'pl'],
  ] as const)('"%s"', (text, language) => expectUrgentIn(language, text, 'emergency'));
});

describe('a belly told hard in the superlative', () => {
  it.each([
    ['tras la abdominoplastia tengo la barriga durísimo y no paro de llorar del dolor', 'es'],
    ['depois da lipo minha barriga ficou duríssima e dói demais', 'pt'],
    ['dopo la lipo ho la pancia durissima e mi fa malissimo', 'it'],
  ] as const)('"%s"', (text, language) => expectUrgentIn(language, text, 'emergency'));
});

describe('chest pain from coughing or a cold stands down; other chest signs still count', () => {
  it.each([
    'ho la bronchite e mi fa male il torace a forza di tossire, posso fare un massaggio alla schiena?',
    'me duele el pecho de tanto toser por el resfriado, ¿puedo ir al masaje igual?',
    'estou com dor no peito quando tusso por causa da gripe, posso fazer a massagem mesmo assim?',
    "j'ai mal à la poitrine quand je tousse avec ce rhume, je peux garder mon rendez-vous ?",
  ])('calm: "%s"', (text) => expectNotUrgent(text));

  it.each([
    ['ho un peso sul petto come un macigno, non è la tosse, sudo freddo', 'it'],
    ['tengo dolor en el pecho que me baja al brazo izquierdo y estoy sudando frío', 'es'],
  ] as const)('"%s"', (text, language) => expectUrgentIn(language, text, 'emergency'));
});

describe('both legs swollen after a flight or on a hot evening; one leg still counts', () => {
  it.each([
    'depois do avião minhas pernas ficaram inchadas, mas no outro dia já melhoram. drenagem ajuda?',
    'mes deux jambes gonflent tous les soirs, surtout en été quand il fait chaud, un drainage serait bien ?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));

  it.each([
    ['voltei de um voo longo e a panturrilha esquerda está inchada e quente', 'pt'],
    ['depuis le vol, mon mollet droit est gonflé, rouge et me fait mal', 'fr'],
  ] as const)('"%s"', (text, language) => expectUrgentIn(language, text, 'emergency'));
});

describe('the heart found fine at a check; asking to take up an activity again after a dated event', () => {
  it.each([
    'mese scorso ho avuto un dolore al petto, in ospedale mi hanno fatto l’ECG e il cuore è sano. Vorrei prenotare un massaggio.',
    'Dwa lata temu zemdlałem na siłowni, lekarz powiedział, że to z przegrzania. Czy mogę znowu ćwiczyć po masażu?',
  ])('calm: "%s"', (text) => expectNotUrgent(text));

  it.each([
    [
      'al pronto soccorso hanno detto che il cuore è a posto, ma ora ho di nuovo dolore al petto e al braccio',
      'it',
    ],
    ['W zeszłym roku zemdlałam, a teraz znowu zemdlałam i nie mogę oddychać', 'pl'],
  ] as const)('"%s"', (text, language) => expectUrgentIn(language, text, 'emergency'));
});
