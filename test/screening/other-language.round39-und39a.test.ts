import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 39 (und39a, issue 12 §2): requests for a person in other languages that batch 34 showed unread, by cause, in
// wordings written for this test (not batch 34's messages): a verb of putting through, talking or chatting the lexicon
// lacked (Rioplatense "dame con", Mexican "platicar", Portuguese "passar-me a", Czech "přepojit", Norwegian "chatte med",
// Indonesian "ngobrol"), one of ours in the form the verb takes (Ukrainian "когось", Hebrew "ל" before the noun, Malay
// "pekerja"), one of ours wanted as a thing ("quiero un agente", Swahili "naomba mfanyakazi", Hungarian "élő munkatársat"),
// one of ours asked to see to one's case or to write ("que alguien del equipo revise", French "la responsable peut
// m'écrire", Chinese "跟我说"), whether someone of ours is there ("¿hay algún humano?"), and Taglish's English request.
// Each with look-alikes that ask for no one.

describe('round 39: asking for a person in another language', () => {
  it.each([
    ['es', 'dame con la encargada, que esto no lo entiende nadie'],
    ['es', '¿puedo platicar con alguien de recepción un momento?'],
    ['es', 'prefiero arreglarlo con alguien de administración'],
    ['es', 'necesito un agente, este chat no me sirve'],
    ['es', '¿hay algún humano que lea esto?'],
    ['es', '¿hay alguien en la recepción ahorita para una pregunta?'],
    ['es', 'quisiera que alguien del equipo revise mi reserva'],
    ['pt', 'podem passar-me ao gerente, por favor?'],
    ['uk', 'будь ласка, покличте когось, бо я вже пів години чекаю на відповідь щодо запису'],
    ['he', 'אפשר להעביר אותי למנהל?'],
    ['zh', '让前台的人跟我说一下吧'],
    ['sw', 'naomba mfanyakazi wa mapokezi anisaidie'],
    ['cs', 'můžete mě přepojit na vedoucí?'],
    ['fr', 'la responsable peut m’écrire par mail ?'],
    ['id', 'mau ngobrol sama admin dong'],
    ['tl', 'pwede ba akong speak to a staff member, hindi ko gets yung bill ko'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    'élő munkatársat szeretnék kérni',
    // Too short to be read as Ukrainian: the lexicon for languages read by their words alone.
    'покличте когось, будь ласка',
    'kan jeg chatte med en person?',
    // Too short to be read as Hebrew.
    'תחברו אותי לנציגה',
    'boleh sambungkan saya dengan pekerja di kaunter?',
  ])('"%s" is handed to the team', (text) => {
    expect(read(text)?.kind).toBe('handoff');
  });

  it.each([
    '¿la terapeuta habla durante el masaje?',
    'quiero un masaje para dos personas',
    '¿hay algún descuento para estudiantes?',
    'dame con más detalle el precio del bono',
    'naomba bei ya massage',
    'mau tanya harga pijat limfatik dong',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});
