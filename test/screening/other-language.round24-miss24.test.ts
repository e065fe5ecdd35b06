import { readInOtherLanguage as read } from '../helpers/other-language-reading';

// Round 24 (miss24): three kinds of message no lexicon read. (1) Russian, Ukrainian, Greek and Arabic typed in Latin
// letters ("ne mogu dyshat", Arabizi with digits for letters): they went to the English reader or were read as Polish.
// (2) Code-switching: an emergency told in Tagalog or Spanish words inside an English frame was never read by that
// language's lexicon. (3) A language with no lexicon that still holds an emergency word used in any language (SOS, CPR,
// 911, stroke). Look-alikes in the same voices must not change. Messages in this file's own words.


describe('a language typed in Latin letters is read by its own lexicon', () => {
  it.each([
    ['u papy davit v grudi i otdaet v chelyust', 'ru-latn', 'emergency'],
    ['pomogite, muzh ne dyshit i ne prosypaetsya', 'ru-latn', 'emergency'],
    ['ne khochu bolshe zhit, vse nadoelo', 'ru-latn', 'crisis'],
    ['babusia znepritomnila, ne prykhodyt do tyamy', 'uk-latn', 'emergency'],
    ['ne khochu zhyty, vtomylasya vid usioho', 'uk-latn', 'crisis'],
    ['i mitera mou den mporei na anapnefsei kala kai ta xeili einai mple', 'el-latn', 'emergency'],
    ['den antexw allo, thelw na pethanw', 'el-latn', 'crisis'],
    ['jozi 3ando waja3 b sadro w 3am ye3ra2 kteer', 'ar-latn', 'emergency'],
    ['ana ta3bane kteer w baddi mout', 'ar-latn', 'crisis'],
  ])('%s', (text, language, kind) => {
    expect(read(text)).toMatchObject({ kind, language });
  });

  it.each([
    ['zdravstvuyte, mozhno zapisatsya na massazh v subbotu?', 'ru-latn'],
    ['pryvit, skilky koshtuye masazh? mozhna v sredu?', 'uk-latn'],
    ['kalispera, thelo na kleiso rantevou gia masaz', 'el-latn'],
    ['marhaba, baddi e7jez jalse bokra, fi mawa3id?', 'ar-latn'],
  ])(
    '%s is a booking in that language, answered "I speak English" with the emergency number',
    (text, language) => {
      expect(read(text)).toMatchObject({ kind: 'not_supported', language });
    },
  );

  it.each([
    'pethaino apo tin peina, ti ora anoigete?',
    'baddi mout mn el da7ek 3ala hal video hhh',
    'v proshlom godu byl tromb v noge, seichas vse khorosho, mozhno massazh?',
  ])('%s is no emergency', (text) => {
    expect(['emergency', 'crisis']).not.toContain(read(text)?.kind);
  });
});

describe('an emergency told in another language inside an English frame', () => {
  it.each([
    ['so after my tummy tuck kahapon, yung kanang binti ko namamaga at mainit', 'tl'],
    ['my lips feel weird and se me esta cerrando la garganta after I ate the shrimp', 'es'],
  ])('%s', (text, language) => {
    expect(read(text)).toMatchObject({ kind: 'emergency', language });
  });

  it.each([
    'I think the new oil is making my skin a little red, but it goes away after an hour, que bueno',
    "I'm not suicidal, just tired of work and need a massage",
  ])('%s stays with the English reader', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('a language with no lexicon, with an emergency word used in any language', () => {
  it.each([
    'bibi yangu amepata stroke, hawezi kusimama, tafadhali',
    'ibu saya pingsan dan tidak bernapas, tolong CPR',
    'ông tôi bị đau ngực dữ dội, gọi 911 không?',
    '아빠가 숨을 못 쉬어요 SOS',
  ])('%s gets emergency advice and a person', (text) => {
    expect(read(text)).toMatchObject({ kind: 'emergency' });
  });

  it.each([
    'habari, nataka kujua bei ya massage tafadhali',
    'saya mau pesan pijat untuk besok',
    '예약하고 싶어요',
  ])('%s is told "I speak English", not an emergency', (text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported' });
  });
});
