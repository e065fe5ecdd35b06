import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 39 (lead, issue 12 §2): in a language the assistant cannot answer in, naming one of ours or a human rather than
// the assistant is a request for a person, whatever verb comes with it or none ("¿operador?", "Empfang bitte"). Before,
// each language needed a verb of talking, putting through or calling beside the person (round 13's two groups), and every
// round found new verbs missing. Wordings written for this test.

describe('round 39: one of ours or a human named alone, in another language', () => {
  it.each([
    ['es', '¿me atiende un humano o sigo con la máquina?'],
    ['es', 'operadora por favor, no entiendo nada'],
    ['es', 'necesito que la recepción me confirme lo del bono'],
    ['pt', 'a atendente pode me responder? estou esperando faz tempo'],
    ['fr', 'un conseiller, vite, je perds patience'],
    ['it', 'vorrei un operatore, il bot non capisce'],
    ['de', 'Bitte einen Mitarbeiter, es geht um meine Rechnung'],
    ['nl', 'mag ik een medewerker, het gaat over mijn cadeaubon'],
    ['pl', 'proszę o konsultanta, chodzi o zwrot'],
    ['ro', 'vreau un om, nu un robot'],
    ['ru', 'дайте оператора, пожалуйста'],
    ['uk', 'потрібен адміністратор щодо мого запису'],
    ['tr', 'yetkili biri var mı? iade istiyorum'],
    ['el', 'θέλω να μιλήσει ένας υπάλληλος μαζί μου'],
    ['ar', 'أريد موظف من فضلك بخصوص الحجز'],
    ['fa', 'لطفا یک کارمند جواب بده'],
    ['he', 'אפשר נציג בבקשה?'],
    ['zh', '请转人工'],
    ['ja', '担当者の方をお願いします'],
    ['ko', '상담원 연결해 주세요'],
    ['vi', 'cho em gặp nhân viên với ạ'],
    ['id', 'mau sama petugas aja kak'],
    ['sw', 'naomba mhudumu anisaidie na malipo'],
    ['cs', 'chci mluvit s operátorkou'],
    ['hu', 'kérek egy ügyintézőt'],
    ['sv', 'kan jag få prata med personalen?'],
  ])('%s: "%s" is handed to the team in that language', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    // Asked back with no one named, in scripts whose lexicons had only "talk with".
    ['he', 'מישהו יכול להתקשר אליי מחר בבוקר?'],
    ['fa', 'لطفا فردا به من زنگ بزنید'],
    ['cs', 'zavolejte mi prosím odpoledne'],
  ])('%s: "%s" (a call back asked) is handed to the team', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    // Someone else's staff or one's own boss; a job one writes for; a body word; an operation.
    'mi gerente no me deja salir temprano, qué hago',
    'ayúdame con un currículum para recepcionista de hotel',
    'o meu gerente marcou reunião no sábado',
    'écris-moi une lettre pour mon conseiller bancaire',
    'Mein Chef will, dass ich am Samstag arbeite',
    'vou fazer o pós-operatório em casa, a drenagem é necessária?',
    'il corpo umano ha quanti linfonodi?',
  ])('"%s" is no request for a person', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });

  it('a request for a person with an emergency word people use in any language gets the emergency advice first', () => {
    expect(read('SOS!!! pásenme con alguien YA')).toMatchObject({ kind: 'emergency', language: 'es' });
  });

  it('voseo "sos" (you are) is no SOS', () => {
    expect(read('vos sos un bot, pasame con una persona')).toMatchObject({ kind: 'handoff', language: 'es' });
    expect(read('sos una máquina, quiero hablar con alguien')).toMatchObject({ kind: 'handoff', language: 'es' });
  });
});
