import { expectNotUrgent, expectUrgentIn } from '../helpers/other-language-reading';

// Round 52 (lx52, issue 11 part 6; dev set 52I read). Croatian, Serbian and Bosnian in Latin letters are all read by the `hr`
// block. Examples written for this test, none from a test set: each concept added, told in other words, and calm messages
// that share its words.

describe('Croatian: chest pain going to the arm, pale and sweating, swallowing, spreading redness, self-harm, meaning', () => {
  it.each([
    ['mama kaze da je stisce u prsima i sijeva joj u lijevu ruku', 'emergency'],
    ['tata je sav blijed i oznojen, kaze da ga pece kod srca', 'emergency'],
    ['nakon kreme za lice usne su mi se naduvale i ne mogu gutati', 'emergency'],
    ['crvenilo na ruci se siri i sve je vece, imam i groznicu', 'emergency'],
    ['trudna sam 34 tjedna i boli me ispod rebara desno, muti mi se vid', 'emergency'],
    ['tri dana nakon plastike trbuha stomak mi je tvrd i jako boli', 'emergency'],
    ['ovih dana stalno mislim kako bih se ubila, vise ne mogu', 'crisis'],
    ['opet se rezem, ne mogu prestati i nitko ne zna', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hr', text, kind));

  it.each([
    'prosle godine sam imala alergijsku reakciju, bila na hitnoj, sad je sve ok, mogu li na tretman lica',
    'ujutro sam malo podbuhla oko ociju, pomaze li limfna drenaza lica',
    'vise ne vidim smisao u ovoj dijeti, koji tretman preporucujete za celulit',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Serbian in Latin letters: a calf after an operation, a fall, bleeding, a farewell', () => {
  it.each([
    ['posle operacije kolena levi list mi je topao i deblji nego desni', 'emergency'],
    ['muz je pao u kupaonici i ne odgovara, oci su mu izvrnute', 'emergency'],
    ['juce sam operisala kapke a sad krvarim jako i ne staje', 'emergency'],
    ['posle bbl sam zadihana i srce mi lupa', 'emergency'],
    ['u 32. nedelji sam, krvarim i stomak me steze', 'emergency'],
    ['samo da se pozdravim, necete me vise videti, hvala za sve', 'crisis'],
    ['ponekad mislim da bi svima bilo lakse da me jednostavno nema', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hr', text, kind));

  it.each([
    'imala sam ugrusak u nozi pre par godina, sad je sve dobro, smem li na limfnu',
    'list mi je bolan nakon trcanja, obe noge, treba li mi masaza',
    'imam zakazanu masazu sutra, mogu li doci ranije',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});

describe('Bosnian: short of breath, a drooping face, heavy bleeding, life without meaning', () => {
  it.each([
    ['od jutros mi fali zraka i ne mogu se popet uz stepenice', 'emergency'],
    ['nakon liposukcije mi fali daha i bode me kad udahnem', 'emergency'],
    ['sestra se odjednom ne moze izrazit i usta su joj pala na jednu stranu', 'emergency'],
    ['mijenjam ulozak svaki sat, skroz natopljen, jako mi je slabo', 'emergency'],
    ['5 dana nakon tummy tuck stomak mi je tvrd ko daska', 'emergency'],
    ['zivot mi nema smisla, nemam razloga zivjeti', 'crisis'],
    ['najradije bih zaspala i ne probudila se, da se nikad ne probudim', 'crisis'],
  ] as const)('"%s"', (text, kind) => expectUrgentIn('hr', text, kind));

  it.each([
    's godinama mi se lice opustilo, imate li tretman za zatezanje',
    'kolegica me ubija s tim pitanjima, sve cu joj reci sutra',
    'sta ako mi se poslije liposukcije stomak stvrdne, je li to normalno',
  ])('calm: "%s"', (text) => expectNotUrgent(text));
});
