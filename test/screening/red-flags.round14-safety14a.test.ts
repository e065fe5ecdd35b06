import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 14 (tuner safety14a): causes of batch 11's false alarms. The tuning set is
// knowledge/urgency-examples/round14-safety14a.yaml; these are fresh messages again, not copies of it or of batch 11.
// Each cause has urgent contrasts: a look-alike rule must never stand down a real sign told now.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes are not emergencies', () => {
  it.each([
    // stairs are no plane flight
    'five flights of stairs to your room and I was breathless at the top, any ground floor rooms?',
    // "stroke" in an idiom
    'what a stroke of luck, a cancellation! can I take the 2pm?',
    // "can't see" said of results
    "six sessions in and I can't see any difference in my legs, is that normal?",
    // the dentist's numbing injection
    'my bottom lip is droopy from the local anaesthetic after my filling, still ok for a facial at 5?',
    'speech all slurry because the dentist numbed me, can I still have my massage later?',
    // a faint told as a habit with its trigger, or a laugh
    'I faint with needles so please nothing with needles in my treatment',
    'we nearly passed out laughing at the comedy show, can we book a couples massage?',
    // over and said so
    'had a panic attack on the tube where I felt I could not breathe, all sorted now with therapy, are your rooms quiet?',
    'my brother died of a heart attack last year, I would like a voucher for his widow',
    // a clinician treated it, a training topic, drain fluid getting lighter
    'some redness on my lipo incision, GP prescribed antibiotics today, no fever, can I still come for MLD?',
    'can your staff do a short talk on how to respond when someone has a seizure at work?',
    'drain fluid was red at first and is straw coloured now, when can I start MLD?',
    // another language: well today, checked and muscular
    'el domingo me desmayé en la boda, hoy estoy bien, ¿puedo ir a mi cita?',
    'Ziehen in der Brust beim Drehen, der Arzt hat alles abgeklärt, ist muskulär. Kann ich kommen?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same frames with a red-flag sign now are still urgent', () => {
  it.each([
    // a plane flight is still a clot context
    'flew home from Dubai yesterday and now my left calf is swollen and sore',
    // a sore calf, then breathlessness, days apart
    'right calf has been sore for days. Today I got short of breath just walking to the car.',
    // the word "stroke" said of now, sight lost now
    'I think my mum is having a stroke, her face has dropped',
    "suddenly I can't see out of my left eye",
    // a drooping face or slurred speech with no dental cause
    'my face is drooping on one side and my speech is slurred',
    // a faint now
    'my husband just passed out in the kitchen and is not waking up properly',
    // a death in the past does not hide a sign now
    'my dad died of a heart attack and now I have crushing chest pain going into my arm',
    // a lay person's "it's just…" is no all-clear
    'leg op last week, calf is red, hot and swollen, my mum says its just the op',
    // the other side named by its side; an urge to self-harm
    'my right calf is 3 cm bigger than the left and tender',
    'the urge to cut is really strong tonight',
    // a clot years ago makes a swollen calf now more urgent (Spanish)
    'Tengo la pantorrilla hinchada y me duele, tuve un trombo hace tres años',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
