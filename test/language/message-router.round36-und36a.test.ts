import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';
import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 36 (und36a, issue 12 §1-§2): the hand-off and out-of-scope causes batch 31 showed, in wordings written for this test
// (not batch 31's messages). Asking for a person wins in any phrasing and language, whatever the classifier read; someone
// else's business is declined, never a command, the health check or an article. Each cause both ways: the request that must
// be read, and the look-alike that must not.

describe('round 36: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // A person of ours fetched, looped in or switched to, with no verb of talking.
    'can you fetch me a staffer, this is going nowhere',
    'rope in a team member please',
    'swap me over to a staff member',
    'kick me across to an employee please',
    // A person by any living word set against a machine by any word.
    'i want an actual staffer on my case, not software',
    'a staffer, not some gizmo',
    "i'd rather an employee than autocomplete",
    // A living soul asked after, or someone at the other end.
    'is there one real living soul working today',
    'is anybody at all on the other end of this',
    // The chat spelling without its vowel.
    'hoomn pls',
    // A direct message on a social app as the contact.
    'could the studio manager DM me re: my refund',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'find me a therapist near Leeds who does MLD',
    'can you switch me to the evening slot',
    'is MLD better than a machine for lipoedema',
    // A line of a business is no phone line.
    'which ferry line is best for people who use wheelchairs',
    'is there a skincare line for people with rosacea',
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });

  it('a phone line to reach a person is still a request for one', () => {
    expect(routes('is there a phone line for people who want to book')).toEqual(everywhere('handoff'));
  });
});

describe("round 36: someone else's business is declined", () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // Whether to get a vaccine, a scan or a test: a GP's question, though "the surgery" or an ankle reads as ours.
    'do I need the pneumonia jab? the surgery rang about it',
    'my ankle cracks when I jog, do I need an ultrasound',
    // A tradesperson of another kind asked to be recommended.
    "any nail techs in Leeds you'd recommend",
    'know any decent hairdressers round here you\'d recommend',
    "any lash technicians you'd suggest in Bristol?",
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'do I need a scan for a clot before MLD',
    'should I get a scan for my swollen ankle',
    'can you recommend a therapist for my swollen legs',
  ])('"%s" is not declined', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('out_of_scope');
  });
});

describe('round 36: asking for a person in other languages', () => {
  it.each([
    // Spanish: put through in the forms people type, the person with "con" and a please, the idiom for a real person, the
    // machine refused without "con", "marcar", being answered or seen to by one of ours, the one in charge wanted.
    ['es', '¿me pasas con recepción? tengo una duda de la factura'],
    ['es', 'pónganme con la encargada por favor'],
    ['es', 'con la gerente, por favor'],
    ['es', 'uno de carne y hueso, gracias'],
    ['es', 'una persona por favor, no una máquina que no entiende'],
    ['es', '¿me pueden marcar al celular en la tarde?'],
    ['es', 'que me conteste alguien del equipo, porfa'],
    ['es', 'necesito a la jefa, es urgente lo de mi reserva'],
    ['de', 'Könnte mein Masseur mich heute noch anrufen?'],
    ['tr', 'bir çalışanla mesajlaşmak istiyorum, botla değil'],
    ['pt', 'a recepcionista está disponível? quero resolver com ela a remarcação'],
    ['fr', "est-ce possible d'avoir quelqu'un de l'équipe au téléphone ?"],
    ['hi', 'kise bande naal gall karao ji, mainu samajh nahi aa reha'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    // Haitian Creole, Zulu, Yoruba: no lexicon here, the team is told in English.
    'Mwen ta renmen pale ak yon anplwaye',
    'ngicela ukukhuluma nomsebenzi',
    'mo fẹ́ bá oṣiṣẹ sọ̀rọ̀',
  ])('"%s" is handed to the team', (text) => {
    expect(read(text)?.kind).toBe('handoff');
  });

  it.each([
    '¿con la terapeuta se puede hacer en el embarazo?',
    '¿cuánto cuesta la sesión con la terapeuta, por favor?',
    '¿la terapeuta contesta preguntas durante la sesión?',
    '¿hay que marcar la casilla del formulario?',
    '¿la máquina de presoterapia es mejor que el drenaje manual?',
    'Darf mein Masseur während der Sitzung telefonieren?',
    'a massagista fala inglês?',
    'Peut-on payer par téléphone ?',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
