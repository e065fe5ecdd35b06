import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 16 (tuner safety16b): causes of false alarms on harmless look-alikes, fixed by concept in knowledge/red-flags.yaml
// and red-flag-words.ts. Fresh messages written for this file, not copies of any batch or tuning set. Each stand-down has
// urgent contrasts: the same frame with a red-flag sign told now must stay urgent. The lexicon alone is tested (no
// urgency model), so the rules themselves carry the behaviour.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes that get an answer, not emergency advice', () => {
  it.each([
    // a joke taken back in so many words
    'literally having a heart attack at my basket total jk, any codes?',
    'lowkey having a stroke trying to pick a package jk, which one is best for puffiness?',
    // a condition that runs in the family is a risk, not an event
    'heart attack runs in our family, I am 45 and well, which treatment is best for circulation?',
    // a question about where normal ends
    'what counts as heavy bleeding after having a baby? asking for my sister who is 36 weeks',
    // what a clinician ruled out did not happen
    'the hospital ruled out a heart attack, it was a pulled muscle in my chest. can I have a back massage?',
    'A&E ruled out a stroke, it was a migraine. is a head massage ok for me now?',
    // a topic read or learned about
    'learned about thunderclap headaches at a first aid day, my own headaches come on slowly, is a scalp massage ok?',
    // what a drug or product can do in general
    'my new blood pressure tablet can make your lips and tongue swell apparently, is MLD still ok?',
    'this serum can cause swelling of the face in some people, do you use it in your facials?',
    // a first-aid course's topic
    'reminder: first aid refresher on anaphylaxis for all therapists is Thursday at 2',
    // a clinic named for a condition is a service
    'mum goes to the first seizure clinic next week, can she still come for her massage?',
    // blood tests, not blood lost
    '30 weeks pregnant, bloods were fine at the midwife, just want a relaxing pregnancy massage',
    // paramedics have already been, a discharge, the baby said fine, swelling going down
    'a client felt faint in the waiting room yesterday, paramedics checked her over and she went home, should we note it anywhere?',
    'my sister fainted at work, was seen by paramedics and went back to her desk. can she still come tonight?',
    'I fainted at a concert from the heat, discharged same day, can I still book?',
    "had a bleed at 20 weeks, went to triage and baby's fine, is pregnancy massage ok?",
    'since my hip op last week the leg has been swollen, going down each day though, ok to book?',
    // a stroke already known
    'caring for dad after his stroke is exhausting, do you have anything for carers?',
    // a professional called it typical, or a low sugar put right by food
    'bleeding loads in the first days after the birth, the midwife said that was totally normal. can I book a postnatal massage at 6 weeks?',
    'type 1 diabetic, I get shaky and sweaty if a meal is late but fine once I eat. can I bring a snack into my session?',
    // other languages: well now, and questions about the signs in general
    "Ma mère a fait une embolie pulmonaire il y a deux ans, elle va bien maintenant. Peut-elle avoir un drainage ?",
    'Woran erkennt man einen Schlaganfall? Das fragt meine Tochter für die Schule.',
    'Jakie są objawy zakrzepicy? Lecę w przyszłym tygodniu do Kanady.',
    'Estoy de 25 semanas y todo bien, ¿puedo hacer drenaje para los pies hinchados?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same frames with a red-flag sign now are still urgent', () => {
  it.each([
    // a joke denied: the sign is meant
    'not joking, my chest is crushing and my left arm is heavy',
    // a joke taken back, then a turn to earnest: the laugh no longer stands the sign down
    'haha only joking about the bill, but seriously my chest has gone really tight and heavy',
    'jk jk, joking aside my chest is tight and my jaw aches and I feel clammy',
    // family history, and a sign now
    'heart disease runs in our family and I have crushing chest pain right now',
    // a clinician ruled something out earlier, and a new sign now
    'they ruled out a clot last week but now my calf is hot, red and swollen',
    // read about it, and that is what is happening now
    'I read about thunderclap headaches and I have just had the worst sudden headache of my life',
    // what a drug can do, and it is happening now
    'my tablets can make your face swell and my tongue is swelling up right now',
    // a clinic named, and a sign now
    'waiting at the stroke clinic and my face has just dropped on one side',
    // paramedics checked, then it came back
    'paramedics checked her earlier but she has collapsed again and wont wake up',
    // the baby said fine, and heavy bleeding now
    'I am bleeding heavily at 32 weeks, baby is fine on the monitor they say',
    // swelling going down, and then a new sign
    'swelling going down every day but now my calf is suddenly hot and much more painful',
    // a professional's "typical" was about before; a new sign now
    'midwife said the bleeding was typical but now I am soaking a pad every hour and feel faint',
    'diabetic and shaky and sweaty, I ate but he is still confused and now he wont wake up properly',
    // other languages: an all-clear, then a new sign ("but now", "suddenly")
    "Mon père va bien maintenant depuis son AVC, mais tout à coup il ne peut plus parler et son visage est paralysé",
    'Mein Vater hatte einen Herzinfarkt, ihm geht es gut, aber jetzt hat er wieder starke Brustschmerzen',
    'teraz ok, ale nagle mam silny ból w klatce piersiowej i duszność',
    'Estoy de 34 semanas y todo bien, pero de repente se me hinchó la cara y veo luces',
    // after his stroke, and a new sign today
    'after his stroke last year he was fine, but today his speech is slurred and his arm is weak',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
