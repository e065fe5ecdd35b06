import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';

// Round 38 (lead, issue 11 §6): a negation word that is part of one of an entry's own phrases ("ya no aguanto", "kan niet
// meer", "kann nicht mehr") no longer denies the entry's next group a few words on, past a comma. Found from lang38's note
// on a batch 33 message (spent); these wordings are the lead's own.
describe("round 38 the end of one's strength, then a plan a few words on, past a comma", () => {
  it.each([
    ['es', 'ya no aguanto, esta noche lo hago y ya'],
    ['es', 'ya no aguanto, lo hago hoy mismo'],
    ['nl', 'ik kan niet meer, touw ligt al klaar'],
    ['nl', 'ik trek het niet meer, pillen heb ik gespaard'],
    ['de', 'ich kann nicht mehr, strick liegt bereit'],
  ] as const)('%s: "%s" is a crisis', (code, text) => urgent(code, text, 'crisis'));

  it.each([
    // A negation outside the entry's own words still denies, and an everyday cause still stands it down.
    'ya no aguanto, hoy lo hago: reservo la sesión de drenaje para las piernas',
    'ik kan niet meer wachten, geen touw of pillen nodig, gewoon een massage',
    'ya no me duele nada, hoy lo hago: pido cita para el jueves',
  ])('"%s" does not alarm', calm);
});
