import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

/**
 * Round 53 (lead; dev sets 53C and 52K read): an English word inside a message written in another language ("sepsis",
 * "stroke") was read by the English lexicon alone, which cannot see that language's date or all-clear. A message its own
 * lexicon reads as past or over keeps that reading for the English words inside it, unless English is written there too.
 * Crisis words keep their reading. Wordings written for this test. The lexicons alone are read (no urgency model).
 */
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('an English sign word inside a past told in another language is past', () => {
  it.each([
    'tuve sepsis hace dos años, ya estoy bien, ¿puedo hacerme un masaje?',
    'hatte vor zwei Jahren eine Sepsis, jetzt geht es mir gut. Darf ich zur Lymphdrainage?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it.each([
    // The all-clear holds up to a contrast word; what follows it is read.
    'tuve sepsis hace dos años, ya estoy bien pero ahora mi madre tiene chest pain',
    // English written beside it, with its own present the other lexicon cannot see.
    'mi madre tuvo un infarto hace años, now she has chest pain and sweating',
    // No date and no all-clear: the English word keeps its reading.
    'mi mujer tiene sepsis después de la cesárea, fiebre alta',
  ])('"%s" is still urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
