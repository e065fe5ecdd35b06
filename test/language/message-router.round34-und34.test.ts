import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';
import {
  expectNotUrgent as calm,
  readInOtherLanguage as read,
  expectUrgentIn as urgent,
} from '../helpers/other-language-reading';

// Round 34 (und34, issue 12 §2): requests for a person in other languages that batch 30 showed the lexicons lacked, by cause,
// in wordings written for this test (not batch 30's messages, nor the und34 training file the lead left out of training).
// A request for a person gets the hand-off in the writer's language (or the English one when the language is not read);
// the guards are look-alikes that must not hand off, and lost speech that must still alarm.

describe('round 34 requests for a person in other languages', () => {
  it.each([
    // A call returned in its other tenses, being written to by email.
    ['es', 'Hola, ¿podría la recepcionista devolverme la llamada esta tarde?'],
    ['es', 'Me gustaría que el fisio me devolviera la llamada mañana'],
    ['es', '¿Me pueden enviar un correo con los horarios? Prefiero no llamar'],
    // The one who saw one before, customer service, someone of the staff free to see to one.
    ['es', 'Quisiera hablar con Andrés, fue el que me atendió la vez pasada'],
    ['es', 'Servicio al cliente, por favor'],
    ['es', '¿Hay alguna recepcionista libre para atenderme un momento?'],
    // Being written to by email (de), an operator or the bot that does not help (it), "poproszę"/not a bot (pl).
    ['de', 'Schreiben Sie mir bitte eine E-Mail, ich bin den ganzen Tag in Meetings'],
    ['it', "Scusi, c'è un addetto disponibile? questo bot non mi aiuta"],
    ['pl', 'Chciałbym rozmawiać z pracownikiem recepcji, nie z botem'],
    ['pl', 'Poproszę kogoś z obsługi'],
    ['tl', 'paki call po ako ng front desk bukas ng umaga'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    // Arabic too short in common words to be read as Arabic: the hand-off still comes (in English).
    'أرجو أن تتواصل معي موظفة الاستقبال',
    'من فضلك يتواصل معي المسؤول',
  ])('"%s" is handed to the team', (text) => {
    expect(read(text)?.kind).toBe('handoff');
  });

  it.each([
    '¿Hay algún restaurante bueno cerca de la estación?',
    '¿Cuánto cuesta el servicio de drenaje facial?',
    "Il bot di Amazon non mi capisce mai, come si cambia indirizzo?",
    'Chcę kupić nowy rower, jaki polecasz?',
    'Wie lange dauert eine Sitzung bei Ihnen?',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});

describe('round 34 not being able to talk on the phone is no lost speech', () => {
  it.each([
    'No puedo hablar por teléfono ahora, estoy en el trabajo, ¿me escriben?',
    'Não consigo falar ao telefone durante o dia, podem mandar mensagem?',
  ])('"%s" does not alarm', calm);
  it.each([
    ['es', 'Mi padre de repente no puede hablar y tiene la cara torcida'],
    ['pt', 'Minha mãe não consegue falar desde agora há pouco, fala enrolada'],
    ['de', 'Mein Mann kann nicht sprechen, plötzlich, der Mund hängt'],
  ] as const)('%s: "%s" still gets the emergency advice', (code, text) => urgent(code, text, 'emergency'));
});

// Round 34 (und34, issue 12 §3): English personal requests batch 30 showed the router missing (screenedConditions in
// knowledge/intents.yaml): coming in with a screened condition, whether it changes if one can have it, whether it is
// something to avoid, an autoimmune condition or an antidepressant, a question said of "someone with" then owned.
describe('round 34: whether one may come or have it with one own condition reaches the health check', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    'can I come in if I have eczema on both hands',
    'could I still turn up Thursday if my psoriasis is flaring on my shins',
    "I'm on citalopram, does that change whether I can book a session?",
    "I've got lupus - would it be something I'd have to avoid?",
    "I'm on sertraline, does it affect if I can have lymph drainage",
    "is it ok for someone with diabetes? I'm type 1",
  ])('"%s"', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
  it.each([
    'can I come in early for my appointment?',
    'can I come in if I have a cold?',
    'is lymphatic drainage safe for people with lupus?',
    'is MLD safe for someone with cancer? my friend says it spreads it',
  ])('"%s" stays a question', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
});

// Round 34 (lead): the cues above as first merged read coming to someone else's place, or having someone else's thing, as a
// request for our health check (each of these was declined before them, and went to the health check with them): what
// one would come to or have must be ours or left unnamed. Wordings written for this test; the personal requests above
// and those below still reach the health check.
describe("round 34: coming to or having someone else's thing with a condition is not a request of ours", () => {
  const router = messageRouter();
  const asQuestion = [reading('ask_question'), reading('none', 1)];
  it.each([
    'can I still come in to work with an infection, my boss is asking',
    "can I still attend my cousin's wedding if I've had a fever this week",
    'may I attend the gym if I am on antibiotics',
    'can we show up to the concert if my husband has a chest infection',
    'does that affect whether I can donate blood? I had hepatitis years ago',
    'would my lupus affect whether I can get life insurance',
    "is it ok for someone with diabetes to fast for Ramadan? I'm type 2",
    'is keto safe for people with kidney disease? I have stage 2',
  ])('"%s" is not sent to the health check', (text) => {
    expect(routesUnder(router, asQuestion)(text)).not.toContain('personal');
  });
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    'I have rheumatoid arthritis, can I still come in for my appointment tomorrow',
    'got psoriasis on my legs, can I still attend my session on friday',
    "I'm on fluoxetine, would that affect whether I can have a session",
    "ok for someone with lupus? it's me asking",
  ])('"%s" still reaches the health check', (text) => {
    expect(routes(text)).toEqual(everywhere('personal'));
  });
});
