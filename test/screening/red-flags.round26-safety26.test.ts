import { checkSafety, detectRedFlag, isUrgentVerdict } from '../../src/screening';
import { conversation, redFlagContent, replyOf, safetyContent } from '../helpers/screening';

// Round 26 (safety26, issue 11): robustness and English emergencies. Fresh messages written for this test.

/** Object.prototype's members as a person could type them (lower case, as every reader folds the message). */
const PROTOTYPE_WORDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__', 'prototype'];

describe('a message made of Object.prototype names is read as words, not as code', () => {
  it.each(
    PROTOTYPE_WORDS.flatMap((word) => [word, `${word} not`, `my ${word} has chest pain`, `hola ${word} dolor`]),
  )('the safety layer reads "%s" without throwing', (text) => {
    expect(() => checkSafety(text, safetyContent)).not.toThrow();
  });

  it('still reads the emergency around such a word', () => {
    expect(isUrgentVerdict(checkSafety('constructor here, crushing chest pain and sweating', safetyContent))).toBe(
      true,
    );
  });

  it.each(['constructor', 'Constructor', 'my constructor hurts', '__proto__', 'constructor not'])(
    'the whole bot answers "%s" and keeps going',
    async (text) => {
      const chat = await conversation();
      const replies = await chat.say(text);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((r) => !String(r.text ?? '').includes('function'))).toBe(true);
      const next = await chat.say('what are your opening hours?');
      expect(next.length).toBeGreaterThan(0);
      expect(next.some((r) => replyOf(r)?.kind === 'urgent')).toBe(false);
    },
  );
});

describe('a correctly spelled English word is read as written, not "corrected" into a lexicon word', () => {
  const flagOf = (text: string) => detectRedFlag(text, redFlagContent)?.flagId ?? null;

  it.each([
    'the puffiness round my ankles has subsided since Monday, can I keep my Friday drainage session?',
    'my face swelling subsided after the facial, is that normal and should I book another?',
  ])('"%s" gets no crisis line ("subsided" is not "suicide")', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['my left calf is realy swolen and painfull since the long flight', 'blood_clot_limb'],
    ['sudden crushng chest pain going down my arm', 'chest_or_breathing'],
  ])('a misspelt sign is still read: "%s"', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('in another language, a dated event is history unless a present-time word keeps it now', () => {
  const otherKind = (text: string) => checkSafety(text, safetyContent);
  const urgent = (text: string) => isUrgentVerdict(otherKind(text));

  it.each([
    'tuve un infarto hace 8 años y estoy perfectamente, ¿puedo reservar un masaje de espalda?',
    "mon père a fait un AVC il y a 3 ans, il marche avec une canne, vous avez un accès handicapé ?",
    'minha mãe teve um AVC em 2018, ela pode fazer drenagem nas pernas?',
    'Tatăl meu a avut un infarct acum 7 ani, acum e bine. Poate veni la masaj?',
  ])('"%s" gets no emergency advice', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    'tuve un infarto hace 8 años y ahora me duele mucho el pecho y me falta el aire',
    "j'ai fait un AVC il y a 3 ans et depuis ce matin j'ai le visage paralysé d'un côté",
    'tive um AVC há 4 anos e agora não consigo mexer o braço direito',
    'me duele el pecho desde hace 2 horas, un dolor muy fuerte que va al brazo',
  ])('"%s" still gets emergency advice', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
