import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 37 (lead, issue 11): found by the lead's own probes after a tuner's note ("ni siquiera puedo respirar" got
// nothing), not from a held-out message. Spanish and Portuguese say they cannot breathe or swallow with other verbs
// ("no consigo", "no logro") and with "barely" or "not even" ("apenas puedo", "ni siquiera puedo", "mal consigo", "nem
// consigo"); the lexicons knew only "no puedo" / "não consigo". Written for this test.

describe('round 37 not being able to breathe or swallow, told with another verb or with "barely" / "not even"', () => {
  it.each([
    ['es', 'ayuda, apenas puedo respirar y tengo el pecho apretado'],
    ['es', 'mi papá no consigue respirar, está sentado en el sofá y se pone morado'],
    ['es', 'no logro respirar desde que me puse la crema nueva en la cara'],
    ['es', 'ni siquiera puedo tragar saliva, se me está cerrando la garganta'],
    ['es', 'mi hija apenas puede respirar después de la picadura de abeja'],
    ['pt', 'mal consigo respirar, estou com a boca inchada depois do óleo novo'],
    ['pt', 'minha mãe nem consegue engolir e a língua está enorme'],
    ['pt', 'nem consigo respirar direito desde a cirurgia de ontem'],
  ])('%s "%s" alarms', (language, text) => urgent(language, text));

  it.each([
    'tengo la nariz tapada por el resfriado y no consigo respirar por la nariz, ¿puedo ir igual a mi cita?',
    'apenas puedo esperar a mi primera sesión de drenaje, ¿a qué hora abren?',
    'estou resfriada e mal consigo respirar pelo nariz, posso ir à sessão amanhã?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 other signs told with "no consigo", "no logro", "apenas", "mal" or "nem", and someone who cannot be woken', () => {
  it.each([
    ['es', 'de golpe no consigo mover la pierna izquierda y se me duerme la cara'],
    ['es', 'mi tía no logra hablar, se le traban las palabras desde la comida'],
    ['es', 'no conseguimos despertarla, respira raro y está muy pálida'],
    ['es', 'de repente dejé de ver por el ojo derecho, como una cortina negra'],
    ['pt', 'meu avô mal consegue falar e a boca entortou de um lado'],
    ['pt', 'não conseguimos acordar ele, está deitado no chão do banheiro'],
  ])('%s "%s" alarms', (language, text) => urgent(language, text));

  it.each([
    'no consigo despertarme temprano, ¿tienen citas por la tarde?',
    'não consigo acordar cedo no sábado, tem horário depois das onze?',
    'no logro mover la cita desde la app, ¿me ayudan a cambiarla al jueves?',
    'no puedo mover mi cita desde la app, ¿me la pasan al viernes?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 a limb that will not move still alarms beside a booking to move', () => {
  it('es "de repente no puedo mover el brazo derecho, ¿muevo mi cita?" alarms', () =>
    urgent('es', 'de repente no puedo mover el brazo derecho, ¿muevo mi cita?'));
});

describe('round 37 someone who cannot be woken, told by those trying (fr, de, it, pl), and "kaum noch Luft"', () => {
  it.each([
    ['fr', "mon père est allongé par terre, on n'arrive pas à le réveiller"],
    ['fr', 'impossible de la réveiller depuis sa sieste, elle est toute grise'],
    ['de', 'wir kriegen sie nicht wach, sie liegt im Sessel und atmet komisch'],
    ['de', 'seit der Narkose heute früh lässt sich mein Mann nicht wecken'],
    ['de', 'ich bekomme kaum noch Luft und die Lippen werden dick'],
    ['it', 'non riusciamo a svegliarla, è sul divano e respira male'],
    ['pl', 'nie możemy jej dobudzić, leży na kanapie i jest blada'],
  ])('%s "%s" alarms', (language, text) => urgent(language, text));

  it.each([
    "tous les matins on n'arrive pas à le réveiller pour l'école, un massage l'aiderait à mieux dormir ?",
    'jeden Morgen kriegen wir ihn nicht wach, hilft Lymphdrainage bei Müdigkeit?',
    'ogni mattina non riusciamo a svegliarlo, è normale a quattordici anni?',
  ])('"%s" does not alarm', calm);
});

describe('round 37 a wish to be gone told as "better if I were not here", and cutting oneself told in the present', () => {
  it.each([
    ['es', 'a veces pienso que mi familia estaría más tranquila si yo no existiera'],
    ['es', 'me corto las muñecas cuando me siento así y hoy está peor'],
    ['pt', 'acho que todo mundo ficaria em paz se eu desaparecesse'],
    ['de', 'meine Kinder wären besser dran ohne mich, ich halte das nicht mehr aus'],
    ['it', 'a volte penso che la mia famiglia starebbe meglio se io non ci fossi'],
  ])('%s "%s" gets the crisis line', (language, text) => urgent(language, text, 'crisis'));

  it.each([
    'sería mejor si no estuviera tan hinchada para la boda, ¿cuántas sesiones me recomiendan?',
    'el viernes me corto el pelo, ¿puedo hacerme el drenaje el mismo día?',
    '¿qué pasa si me mareo durante la sesión? es mi primera vez',
  ])('"%s" does not alarm', calm);
});
