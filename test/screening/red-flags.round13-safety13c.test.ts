import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { compileNumberReadings } from '../../src/screening/number-readings';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 13 (tuner safety13c): concepts the lexicon missed and only the urgency model caught. The tuning set is
// knowledge/urgency-examples/round13-safety13c.yaml; these are fresh messages again, not copies of it or of batch 10.
// The lexicon alone must catch them (no urgency model here), and the look-alikes must stay quiet.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('the lexicon alone catches these concepts', () => {
  it.each([
    // one-sided weakness and a face droop in new words
    'my brother has lost power in his right side, he slid off the bench',
    'she suddenly cant pick up her fork with her right hand',
    'his mouth has gone funny on the left, like it has slipped',
    'auntie stopped talking halfway through a word and is just staring into space',
    // French: the mouth falling to one side, a hand that no longer holds
    'Ma tante a la lèvre qui tombe du côté droit, c\'est grave ?',
    'Mon grand-père ne peut plus tenir sa tasse, il dit que c\'est la fatigue',
    // cord prolapse
    'my waters popped at 36 weeks and now theres something hanging out, what do i do',
    // a farewell and a phone switched off
    'my flatmate left a voice note saying sorry for everything, goodbye, and now her phone is off',
    'Mi novia me escribió "lo siento por todo, adiós" y su teléfono está apagado',
    'Mein Vater schrieb "lebt wohl" und ist seitdem nicht erreichbar',
    'Mio fratello ha scritto "addio" e non risponde più',
    // a high reading in pregnancy or after birth
    '29 weeks pregnant, my blood pressure at the surgery was 170/100',
    'had my baby 10 days ago, bp is 142 over 95 and my head is thumping, bad headache',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('look-alikes stay quiet', () => {
  it.each([
    'the power went on one side of the building, is the salon open?',
    'I feel so tired, je suis fatiguée, can I book a facial?',
    'Au revoir et merci pour tout, je pars en voyage et mon portable sera éteint',
    'Ciao e addio estate! Parto per le vacanze, il telefono sarà spento',
    '24 weeks pregnant, blood pressure 112/70 at my check, can I have a massage?',
    'the scan is at 10/12 next month, is a pregnancy massage fine before that?',
  ])('does not answer "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('blood pressure readings', () => {
  // Round 28 (miss28): the reader's words and thresholds come from red-flags.yaml `readings`.
  const readBloodPressure = compileNumberReadings(redFlags.readings).bloodPressure;
  it('reads severe, raised and ordinary readings', () => {
    expect(readBloodPressure('it was 165/95')).toContain('bpsevere');
    expect(readBloodPressure('it was 150 over 112')).toContain('bpsevere');
    expect(readBloodPressure('it was 145/92')).toContain('bpraised');
    expect(readBloodPressure('it was 118/76')).toBe('it was 118/76');
    expect(readBloodPressure('on 10/12')).toBe('on 10/12');
  });
});
