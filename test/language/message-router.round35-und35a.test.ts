import { messageRouter } from '../helpers/dialog-deps';
import { MISLEADING_READINGS, read as reading, routesUnder, sameUnder } from '../helpers/router-readings';
import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 35 (und35a, issue 12 §1-§2): the hand-off and out-of-scope causes batch 29 showed, in wordings written for this test
// (not batch 29's messages). Asking for a person wins in any phrasing and language; someone else's business is declined,
// never a command, the health check or an article. Each cause both ways: the request that must be read, and the look-alike
// that must not.

describe('round 35: asking for a person in English', () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // The role word called out as a sentence of its own, then chatter.
    'operator. do you even work',
    'Agent!!! lol this is like ringing the bank',
    'HUMAN. this thing is useless',
    // A person who speaks one's language.
    'do you have a Polish-speaking therapist?',
    'is there anyone who speaks Urdu at the clinic',
    // A person of ours (not a clinician) asked to see to something.
    "can a real person just deal with it, I've emailed three times",
    'need a member of staff to help with my gift card',
    'could a human handle this for me',
    // Whether a person in any role is there, or a program.
    'receptionist or robot, who am I typing to?',
    'is an employee answering these or only software',
    // "bell me".
    'bell us after lunch if you can',
    'can you bell me tomorrow about moving my slot',
  ])('"%s" is handed to the team', (text) => {
    expect(routes(text)).toEqual(everywhere('handoff'));
  });

  it.each([
    'therapist. do I need a referral for MLD?',
    'does the therapist speak during the session?',
    'I speak Spanish, is the aftercare leaflet available in Spanish?',
    'can a therapist help with my swollen ankles',
    'can someone with lipoedema have lymphatic drainage?',
    'is the drainage done by hand or by a machine?',
    'do I ring the bell when I arrive or just walk in?',
  ])('"%s" is not handed to the team', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('handoff');
  });
});

describe("round 35: someone else's business is declined", () => {
  const router = messageRouter();
  const routes = routesUnder(router, MISLEADING_READINGS);
  const everywhere = sameUnder(MISLEADING_READINGS);
  it.each([
    // An animal named by its breed or with a word before it.
    'can you do lymph drainage on our elderly spaniel',
    'would your therapist treat my rescue greyhound, her back legs are stiff',
    // A parcel or delivery to be tracked.
    'Front desk: can you check the tracking number for the candle delivery?',
    'reception, can you look up the tracking code for the linen order',
    // Another clinic or spa.
    'what does the salon across the road charge for a facial',
    'the other spa on King Street, are they open sundays',
    // A cosmetic injection asked to be done, a service named before its price.
    'could you inject some filler in my cheeks',
    'would you inject my forehead lines',
    'dermaplaning cost?',
    'lip filler prices',
    'does the clinic also do laser hair removal',
    // Another health professional asked to be recommended.
    "any podiatrist you'd recommend for my bunions?",
    "any chiropractor you'd recommend for a stiff neck?",
  ])('"%s" is declined', (text) => {
    expect(routes(text)).toEqual(everywhere('out_of_scope'));
  });

  it.each([
    'I walk my old labrador twice a day and my ankles still swell, would MLD help me?',
    'is your other clinic down the road open on Saturdays?',
    'how long after Botox injections can I have lymphatic drainage?',
    'MLD price?',
    'would you recommend MLD or physio for my swollen knee after surgery?',
  ])('"%s" is not declined', (text) => {
    const asQuestion = [reading('ask_question'), reading('none', 1)];
    expect(routesUnder(router, asQuestion)(text)).not.toContain('out_of_scope');
  });

  it('a person asked for about a parcel still reaches the team', () => {
    expect(routes('can someone call me about my voucher order, the tracking number does not work')).toEqual(
      everywhere('handoff'),
    );
  });
});

describe('round 35: asking for a person in other languages', () => {
  it.each([
    ['pt', 'Alguém da recepção pode me telefonar amanhã?'],
    ['ro', 'Vă rog să mă sune cineva de la recepție'],
    ['de', 'Ich würde gern kurz mit jemandem vom Team telefonieren'],
    ['es', '¿Me pueden conectar con una asesora?'],
    ['es', 'Necesito a alguien del equipo, no entiendo la factura'],
    ['es', '¿Tienen alguien que hable español? No hablo bien inglés'],
    ['fr', "Mettez-moi en relation avec la responsable, s'il vous plaît"],
    ['sw', 'Naomba mtu aongee nami kuhusu miadi yangu'],
    ['ar-latn', '3ayza akalem 7ad men el reception'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    'papa ko phone karke bata do kal ka time',
    "Jista' xi ħadd iċempilli llum?",
    "Irrid nitkellem ma' bniedem, mhux magna",
  ])('"%s" is handed to the team', (text) => {
    expect(read(text)?.kind).toBe('handoff');
  });

  it.each([
    'Posso telefonar amanhã para marcar?',
    'Darf ich während der Sitzung telefonieren?',
    '¿Cuánto cuesta la sesión de drenaje facial?',
    'Je, mashine ya masaji ni salama?',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
