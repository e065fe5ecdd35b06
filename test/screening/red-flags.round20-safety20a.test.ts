import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 20 (safety20a): new wording of known concepts that batch 16's lexicon misses showed, by cause. Fresh messages
// written for this test (not read-set copies); the lexicon alone (no urgency model), with look-alikes that must stay calm.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));
const flag = (text: string) => detectRedFlag(text, redFlags)?.flagId;

describe('a racing heart with feeling about to go down, and a weight on the chest with a sweat, are the heart', () => {
  it.each([
    'my heart is going like the clappers and I feel really woozy, had to sit on the floor',
    'pulse hammering for an hour now and i feel wobbly, like im about to go down',
    'it feels like somebody is sitting on my chest. I am soaked in sweat',
  ])('%s', (text) => {
    // The heart's flag, or the collapse flag (checked first) when the words also say about to faint: both call now.
    expect(['chest_or_breathing', 'collapse']).toContain(flag(text));
  });

  it.each([
    'got a lot on my chest with the wedding planning, need a relaxing massage',
    'my heart was racing before my exam, all fine now, can I book a back massage',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a birth just past told in other words makes a bad headache or a high reading urgent (pre-eclampsia after birth)', () => {
  it.each([
    'ten days since the baby and my head is splitting, nothing shifts it',
    'postnatal and my blood pressure at home says 175/108',
    'home with our baby a week now, head banging and I keep seeing flashing lights',
  ])('%s', (text) => {
    expect(flag(text)).toBe('pregnancy_warning');
  });

  it.each([
    'since the baby my eyes are puffy in the mornings, which facial would help?',
    'six weeks after having the baby, bleeding is light brown now and I feel well, when can I book postnatal MLD?',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('an infection with confusion, and rigors told as teeth chattering, are sepsis signs', () => {
  it.each([
    'my dad has had a chest infection and today he is confused and keeps asking where he is',
    'my partner has a kidney infection and her teeth are chattering so much she cannot talk',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'bit confused about the booking page, I had the flu last week and missed my slot',
    'your room was so cold my teeth were chattering haha, could you turn the heating up',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('self-harm told by a blade at the wrist, the means, tired of existing, or wanting to stop existing', () => {
  it.each([
    'sitting here with a blade against my wrists',
    'burned myself with a cigarette again and it is worse than usual',
    'I am so tired of existing',
    'i want to stop existing',
    'whats the point of waking up any more',
  ])('%s', (text) => {
    expect(flag(text)).toBe('crisis_self_harm');
  });

  it.each([
    'tired of being here in this queue lol, is the therapist running late?',
    'no point waking up early if you open at 11 haha',
    'I want to stop the puffiness in my ankles',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('someone who has gone down and is not moving is a collapse', () => {
  it('a stranger down outside', () => {
    expect(flag('a man has gone down in the road near your door and he is not moving')).toBe('collapse');
  });
  it('swelling gone down stays calm', () => {
    expect(urgent('the swelling has gone down nicely and I am not moving so stiffly now')).toBe(false);
  });
});

describe('other languages: a negation ends at a full stop; a decision or a rope beside the end of endurance; breathless after surgery', () => {
  it.each([
    'Ich brauche den Termin nicht mehr. Ich habe mich entschieden, heute Nacht gehe ich, alles ist vorbereitet',
    'No puedo más. Lo he decidido, esta noche voy a acabar con todo',
    'Ik trek het niet meer. Ik heb een touw klaarliggen',
    'Nie dam rady. Postanowiłam z tym skończyć',
    'Tras la operación de cadera de hace una semana me falta el aire',
    'Dopo l\'intervento al ginocchio ho il fiato corto da stamattina',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'Ich habe beschlossen, eine Massage für meinen Mann zu buchen. Gibt es Gutscheine?',
    'No puedo más con las piernas hinchadas, he decidido reservar un paquete de drenaje',
    'Non ne posso più del gonfiore, ho deciso di prenotare il linfodrenaggio',
  ])('%s stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
