import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 48 (und48c, issue 12 §2): requests for a person and personal requests in other languages that batch 41 showed
// unread, by cause, in wordings written for this test (not batch 41's messages): the Italian office ("la segreteria") and
// a chatbot refused with "basta"; a French adviser or agent on the phone with an adjective or a wish before them; the
// Levantine "talk" spelt "e7ke"/"i7ki" in Latin letters; Amharic "connect me"; Persian calling one of ours oneself, a
// staff member's number, and a bot that does not understand; Swahili and Spanish messages with too few of their common
// words to be read as those languages; Bengali typed in Latin letters. Each with look-alikes.

describe('round 48: asking for a person in another language', () => {
  it.each([
    ['it', 'posso parlare con la segreteria per la ricevuta?'],
    ['it', 'basta con il chatbot, passatemi la segreteria'],
    ['fr', 'est-ce que je peux avoir une vraie conseillère au téléphone ?'],
    ['fr', "possible d'avoir un agent au téléphone pour ma réservation ?"],
    ['ar-latn', 'momken e7ke ma3 7ada men el fari2?'],
    ['ar-latn', 'baddi i7ki ma3 7ad men el fari2 law sama7t'],
    // Round 49 (ho49): Amharic has its own `handoff` entries now, so the reply comes in Amharic, not the English fallback.
    ['am', 'እባክዎ ከሰራተኛ ጋር አገናኙኝ'],
    ['sw', 'sitaki maswali ya roboti, ninahitaji kuzungumza na mhudumu'],
    ['fa', 'لطفا شماره یکی از کارکنان رو بدید'],
    ['fa', 'ربات نمیفهمه چی میگم'],
  ])('%s: "%s" is handed to the team', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: code });
  });

  it.each([
    'ho lasciato un messaggio in segreteria ieri, è arrivato?',
    'devo chiamare la segreteria telefonica per disdire?',
    'شماره جلسات چندتاست؟',
  ])('"%s" is no request for a person of ours', (text) => {
    expect(read(text)?.kind).not.toBe('handoff');
  });
});

describe('round 48: a message in another language is read as that language, not by the English router', () => {
  it.each([
    ['es', 'soy diabético desde joven, ¿me viene bien?'],
    ['sw', 'nimefanyiwa upasuaji wa nyonga, huduma gani inanifaa?'],
    // Round 49 (lx49a): Bengali in Latin letters has its own lexicon now, so "I speak English" comes in Bengali.
    ['bn-latn', 'amar mukh fola thake shokale, apni ki bolben kon treatment bhalo?'],
  ])('%s: "%s" gets "I speak English" and a person', (code, text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });

  it.each([
    'is soy milk ok to drink after a session',
    'my legs ache and my ankles are puffy, what do you suggest',
    'beg yuh link mi wid a real smaddy from di desk',
    'what time yuh open pon saturday',
  ])('"%s" is English', (text) => {
    expect(read(text)).toBeNull();
  });
});
