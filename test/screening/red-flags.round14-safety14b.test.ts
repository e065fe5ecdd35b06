import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 14 (tuner safety14b): emergencies the lexicon missed (batch 11, scored left out), by concept. The tuning set is
// knowledge/urgency-examples/round14-safety14b.yaml; these are fresh messages again, not copies of it or of batch 11.
// The lexicon alone must catch them (no urgency model here), and the look-alikes must stay quiet.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const verdictOf = (text: string) => checkSafety(text, safety);
const urgent = (text: string) => isUrgentVerdict(verdictOf(text));

describe('the lexicon alone catches these concepts', () => {
  it.each([
    // heatstroke by its signs, heat named or not
    'my neighbour seems confused and her skin is hot and dry, she has stopped sweating',
    'he is muddled and not sweating at all in this heat, his face is red',
    // a child's age in shorthand, a fall and being sick
    'my 5yo fell off the climbing wall and has thrown up twice, now very sleepy',
    // blood from an ear after a knock to the head
    'my son hit his head on the diving board and there is blood coming from his ear',
    // a crisis in new words
    'the urge to self harm is really strong tonight',
    'i have decided to finish my life this weekend',
    'i dont trust myself right now, i have the pills next to me',
    'my brother messaged thanks for everything and now he is not answering his phone',
    // a clot after a joint operation, a calf that tightened, one calf bigger by name
    'ACL reconstruction 10 days ago, calf now hot and tender',
    'back from Bali, my left calf has tightened up and it throbs',
    'my right calf is much bigger than the left and it hurts to walk',
    // speech not understood, no fetal movement, a pumping wound
    'all of a sudden words sound like gibberish to me when my wife talks',
    '37 weeks, i havent felt the baby since last night',
    'dropped a knife on my foot, deep cut and it is spurting',
    // an adrenaline pen used minutes ago, even when feeling better now
    'gave my daughter her epipen 5 minutes ago, she says she feels better now, do we still have to go',
    // a child found with tablets, some missing
    'found my grandson with my sleeping tablets, two missing from the packet',
    // where it happened, not a story
    'watching a movie at home and my arm went weak and my face dropped on one side',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('other languages', () => {
  it.each([
    // a blood-pressure reading in pregnancy, as in English
    'Estoy embarazada de 30 semanas y la tensión está en 170/110',
    'Sono incinta e la pressione è 150/95, ho un forte mal di testa',
    // German chest pain drawing into the jaw; breathless after an operation in French; Polish breathlessness
    'Meine Mutter hat Schmerzen in der Brust, es zieht bis in den Kiefer',
    'Opérée du ventre la semaine dernière, je suis essoufflée au moindre effort',
    'nie mogę złapać tchu od rana',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    // German negation with "nicht" / "kein-", as English reads "not" / "no"
    'Ich bin schwanger, meine Hände sind nicht geschwollen, ich wollte nur fragen, ob Massage geht',
    // a normal reading, and Blutdruck is no bleeding
    'Ich bin schwanger und mein Blutdruck ist 118/75. Darf ich zur Massage?',
    // both legs after a flight (German, Polish)
    'Nach dem Flug sind beide Beine geschwollen, wie immer. Hilft Lymphdrainage?',
    'Po locie obie nogi spuchnięte, czy mogę przyjść na masaż?',
  ])('does not answer "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('look-alikes stay quiet', () => {
  it.each([
    'confused which serum to pick, my skin is hot and dry after the peel',
    'my 6yo fell off the trampoline and bounced right up laughing, can we book a kids massage',
    'need to finish my life admin before the holidays, can I move my facial',
    'i dont trust myself around the cake stand at your afternoon tea',
    'thanks for everything, my phone will be off while im in Greece',
    'gets the blood pumping, a brisk walk before a massage?',
    'the words sound jumbled in your booking app, is it in another language',
    'had to use my epipen two years ago, fine since, do you use nut oils?',
    'in the movie the hero clutches his chest and collapses, so dramatic',
  ])('does not answer "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
