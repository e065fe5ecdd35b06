import {
  otherLanguage as language,
  readInOtherLanguage as read,
  type UrgentExample,
} from '../helpers/other-language-reading';

// Round 27 (lang27, issue 11 item 6): messages written for this test, not taken from any read set.

// Swahili and Indonesian/Malay had no lexicon: an emergency in them got "I speak English" (or nothing at all).
const URGENT: Record<string, readonly UrgentExample[]> = {
  sw: [
    ['Mume wangu ana maumivu makali kifuani na anatokwa na jasho baridi', 'emergency'],
    ['mtoto wangu hawezi kupumua vizuri, tafadhali nisaidie', 'emergency'],
    ['Bibi ameanguka jikoni na hajibu kabisa', 'emergency'],
    ['baada ya upasuaji wa lipo, mguu wangu wa kushoto umevimba na una joto', 'emergency'],
    ['ulimi wake umevimba baada ya mafuta mapya ya masaji', 'emergency'],
    ['nina mimba ya wiki 32 na nimeanza kutokwa na damu', 'emergency'],
    ['ghafla mkono wa kulia wa baba hauna nguvu na uso umepinda', 'emergency'],
    ['dada yangu anasema anataka kujiua', 'crisis'],
    ['nimechoka na maisha, familia itakuwa bora bila mimi, watakuwa bora bila mimi', 'crisis'],
  ],
  id: [
    ['Suami saya nyeri dada hebat dan berkeringat dingin', 'emergency'],
    ['ibu saya tiba tiba tidak bisa bernapas, tolong', 'emergency'],
    ['anak saya pingsan dan tidak sadar sejak tadi', 'emergency'],
    ['bibir dan lidah saya bengkak setelah pakai lulur baru', 'emergency'],
    ['wajah ayah tiba tiba mencong dan bicaranya pelo', 'emergency'],
    ['saya hamil 30 minggu dan keluar darah banyak', 'emergency'],
    ['lepas sedot lemak, betis kiri saya bengkak dan panas', 'emergency'],
    ['saya sudah tidak mau hidup lagi', 'crisis'],
    ['aku cuma beban bagi keluarga, lebih baik tanpa aku', 'crisis'],
  ],
};

const CALM: Record<string, readonly string[]> = {
  sw: [
    'Habari, naomba kupanga miadi ya masaji wiki ijayo',
    'Je, masaji hii inasaidia kuondoa sumu mwilini?',
    'sina homa wala maumivu ya kifua, nataka tu kujua bei',
    'baba alipata kiharusi miaka iliyopita, sasa yuko sawa. anaweza kufanyiwa masaji?',
  ],
  id: [
    'Halo, saya mau booking pijat limfatik untuk hari Sabtu',
    'muka saya sembab setiap bangun tidur, apakah pijat ini membantu?',
    'tidak ada nyeri dada atau sesak, saya hanya capek',
    'ayah saya kena serangan jantung tahun lalu, sekarang sudah sembuh. apakah aman dipijat?',
  ],
};

describe.each(Object.keys(URGENT))('round 27 urgent messages in %s', (code) => {
  it.each(URGENT[code] ?? [])('"%s" gets the %s advice in that language', (text, kind) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind, language: code });
    const advice = kind === 'crisis' ? language(code).crisisAdvice : language(code).emergencyAdvice;
    expect(reading?.text).toBe(advice);
  });
});

describe.each(Object.keys(CALM))('round 27 calm look-alikes in %s', (code) => {
  it.each(CALM[code] ?? [])('"%s" does not alarm and is told "I speak English" in that language', (text) => {
    expect(read(text)).toMatchObject({ kind: 'not_supported', language: code });
  });
});

describe('round 27 a request for a person in Swahili', () => {
  it.each(['naomba kuongea na mtu wa timu yenu', 'tafadhali nipigie simu'])('"%s" is handed over in Swahili', (text) => {
    expect(read(text)).toMatchObject({ kind: 'handoff', language: 'sw', text: language('sw').handoffReply });
  });
});
