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
