import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 40 (und40a, issue 12 §2): requests for a person in other languages that batch 35 showed unread, by cause, in
// wordings written for this test (not batch 35's messages): Spain's vosotros forms of ringing, "dar un toque", a call
// returned in any tense, nobody answering in the past, being seen to in the subjunctive, a matter raised with a person with
// words between (es); "das Personal" and automatic replies refused (de); the team's compound titles (it); talking
// "directly" (vi); conversing and the therapist in either gender (el); one of ours by stem, not one case ending (cs).
// Each with look-alikes that ask for no one.

describe('round 40: asking for a person in another language', () => {
  it.each([
    ['es', '¿me podéis llamar mañana por la mañana? es por la cita de mi madre'],
    ['es', 'si alguien me da un toque al teléfono lo agradezco'],
    ['es', 'todavía nadie me devolvió la llamada de ayer'],
    ['es', 'escribí el lunes y nadie respondió todavía'],
    ['es', 'busco a alguien que me pueda atender con lo del pago'],
    ['es', 'me gustaría aclarar lo de la factura con alguien del equipo'],
    ['de', 'bitte keine automatische antwort, ich möchte jemanden vom personal'],
    ['it', 'posso parlare con il massaggiatore prima della seduta?'],
    ['vi', 'em muốn gặp trực tiếp quản lý được không'],
    ['el', 'θέλω να συζητήσω με τη φυσιοθεραπεύτρια για το ραντεβού'],
    ['cs', 'můžu mluvit s paní terapeutkou?'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    // A gentle touch asked of the massage, not a ring.
    '¿el masaje es con un toque suave o fuerte?',
    // My name, not a call.
    'hola, me llamo Lucía y quiero saber el precio del drenaje',
    // An ID card, not the staff.
    'brauche ich meinen personalausweis für den termin?',
  ])('"%s" is not handed to the team', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
