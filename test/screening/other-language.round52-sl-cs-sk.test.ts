import { expectNotUrgent, expectUrgentIn, type UrgentExample } from '../helpers/other-language-reading';

// Round 52 (lx52, dev set 52I read): Slovenian, Czech and Slovak concepts added after the 52I misses, in fresh messages written
// for this test (not from any set): a calf after a caesarean or warmer than the other, spreading redness, a fall with a fit,
// not able to swallow, a stab on breathing in, a hard belly after a tummy tuck, and suicidal thoughts in everyday words.
const urgent: Record<'sl' | 'cs' | 'sk', readonly UrgentExample[]> = {
  sl: [
    ['teden po carskem rezu imam levo meco oteceno in bolj toplo kot desno', 'emergency'],
    ['rdecina okoli rane se vedno bolj siri, zdaj je ze cez celo stegno', 'emergency'],
    ['oce je padel na tleh v kopalnici in ne odgovarja vec, samo tezko sope', 'emergency'],
    ['po novi kremi ne morem pogoltniti, ustnice so mi cisto otecene', 'emergency'],
    ['od jutra me mocno zbada ko globoko vdihnem, prej nisem imela nic takega', 'emergency'],
    ['tri dni po tummy tuck je trebuh trd kot kamen in zelo boli', 'emergency'],
    ['vcasih pomislim kako bi bilo da me ni, vse mi je prevec', 'crisis'],
    ['sinoci sem se spet rezala, ne vem vec kaj naj', 'crisis'],
  ],
  cs: [
    ['od rana mě píchá při nádechu a jsem zadýchaná, tři dny po operaci', 'emergency'],
    ['nemuzu se nadechnout a chybi mi vzduch, i kdyz jen sedim', 'emergency'],
    ['po tom novem oleji nejde mi polknout a jazyk mam oteklej', 'emergency'],
    ['tyden po plastice bricha je bricho tvrdy a hrozne to boli, mam horecku', 'emergency'],
    ['mam pocit ze si neco udelam, nemuzu uz dal', 'crisis'],
    ['nevidim smysl zit, napsala jsem dopisy na rozloucenou', 'crisis'],
  ],
  sk: [
    ['od rana ma picha pri nadychu a som zadychana, teraz neviem co robit', 'emergency'],
    ['nemozem sa nadychnut, sme doma sami, co mame robit', 'emergency'],
    ['po tom krem mi napuchli pery a nemozem prehltnut, neviem co robit', 'emergency'],
    ['tyzden po plastike brucha mam brucho stvrdnute a strasne boli', 'emergency'],
    ['otec spadol na zemi a nereaguje, trasie sa cely', 'emergency'],
    ['uz to nezvladam, rozmyslam ze si nieco urobim', 'crisis'],
  ],
};

describe('round 52: Slovenian, Czech and Slovak emergencies and crises in everyday words', () => {
  for (const [code, examples] of Object.entries(urgent)) {
    it.each(examples.map(([text, kind]) => [code, text, kind] as const))('%s: "%s" is %s', (lang, text, kind) =>
      expectUrgentIn(lang, text, kind),
    );
  }
});

describe('round 52: their look-alikes stay calm', () => {
  it.each([
    // Slovenian: lips puffy from sleep, redness from a tan that is over, a risk question.
    'zjutraj imam zabuhle oci in ustnice malo otecene od spanja, ali pomaga masaza obraza',
    'lani sem imela trombozo v nogi, zdaj je vse v redu, lahko pridem na drenazo?',
    'ali je limfna drenaza varna po carskem rezu? samo sprasujem',
    // Czech: a question of risk, a past embolism all clear, sore muscles.
    'muze masaz zpusobit trombozu? jen se ptam',
    'pred rokem jsem mela embolii, ted uz je vse v poradku, muzu prijit?',
    'po posilovne me boli lytka, muzu prijit na masaz?',
    // Slovak: a past nosebleed all clear, a figure of speech, a booking.
    'minuly mesiac som krvacala z nosa, ale uz je to v poriadku',
    'ten cennik ma zabije, mate nejaku zlavu?',
    'chcem si rezervovat lymfodrenaz po plastike brucha, kedy mozem prist?',
  ])('"%s"', (text) => expectNotUrgent(text));
});
