import { checkSafety, isUrgentVerdict } from '../../src/screening';
import { conversation, replyOf, safetyContent } from '../helpers/screening';
import { flagOf } from '../helpers/screening-test-content';

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

describe('English emergencies told in words the lexicon did not know', () => {
  it.each([
    'sorry for the late message. if you dont hear from me tomorrow its because i went through with it',
    'i keep thinking about not being here anymore, the thoughts are loud tonight',
    'i just want to stop existing. nobody would notice',
    'please someone talk to me before i do something i cant take back',
    "cancel my package, I won't make it to Christmas anyway and honestly that's a relief",
    'me want die, too tired of everything',
  ])('"%s" gets the crisis line', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    "I've done it! Booked the 6-session package, see you Monday",
    "if I don't reply straight away it's because I'm driving, I'll call back about the booking",
    "the clinic is in Leeds and I won't make it that far by 5pm, can we do Thursday at the other branch?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).not.toBe('crisis_self_harm');
  });

  it('a child pulled from the water who is dazed gets emergency advice', () => {
    expect(flagOf('my son was under water at the lake for a bit, his uncle got him out, now he is groggy')).toBe(
      'breathing_difficulty',
    );
  });

  it('breathless lying flat, with legs more swollen than the usual lymphoedema, is urgent', () => {
    expect(flagOf('I get breathless when I lie down and slept sitting up, my legs are puffier than my usual')).toBe(
      'breathing_difficulty',
    );
  });

  it('a scald told by what the skin does is a serious burn', () => {
    expect(flagOf('knocked a pan of boiling rice water over my arm and the skin came off in a big patch')).toBe(
      'serious_burn',
    );
  });

  it('a hard belly with no fluids kept down after lipo is urgent', () => {
    expect(flagOf('3 days after my lipo my tummy is really hard and I cant keep anything down')).toBe(
      'after_body_contouring',
    );
  });
});

describe('look-alikes: a case studied, a stable angina, a stroke long past asked about for access', () => {
  it.each([
    'physio student, our case study this week is a lady with sudden chest pain after a hip replacement - what would MLD therapists look for?',
    'we ran a training scenario in class: client collapses on the couch, not breathing. Do your therapists have first aid?',
    'my angina only comes on if I rush, and the spray works straight away. Can I still have a back massage?',
    'my mum had a stroke a while back, is there wheelchair access at your Leeds clinic?',
  ])('"%s" gets no emergency advice', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['nursing student here and I have crushing chest pain going down my left arm right now', 'chest_or_breathing'],
    ['my angina came on while I was sitting still and two sprays have not eased it', 'chest_or_breathing'],
    ['is there step free access? I think my husband is having a stroke, his face has dropped', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
