import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 17 (tuner safety17b): causes of false alarms on harmless look-alikes, fixed by concept in knowledge/red-flags.yaml
// and knowledge/other-languages.yaml. Fresh messages written for this file, not copies of any batch or tuning set. Each
// stand-down has urgent contrasts: the same frame with a red-flag sign told now, or a lay speaker instead of a clinician,
// must stay urgent. The lexicon alone is tested (no urgency model), so the rules themselves carry the behaviour.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes that get an answer, not emergency advice', () => {
  it.each([
    // a professional put the very sign down to anxiety, reflux or indigestion, or called it normal
    'my chest goes tight before presentations, the cardiologist said it is anxiety after all the tests. any calming treatments?',
    'had a scan after the birth, my scar weeps a little clear fluid and the health visitor said normal. when can I start MLD?',
    // a professional's all-clear after a visit, in the staff's words or "they"
    'had a tight chest last week, went to A&E and the doctor said it was just muscular, ok to book?',
    'fainted at a festival in the heat, went to the medical tent and they said it was dehydration, fine now. can I book?',
    // when anyone should seek emergency help, asked in general
    'when do you call an ambulance for someone fainting? we are writing the staff handbook',
    // whether a general claim is true
    'I have a heart valve problem, is it true every bit of breathlessness means calling 999? just planning ahead',
    // a clip of someone else
    'saw a clip of a bodybuilder who had a stroke on stage, is that from steroids?',
    // a book's main character
    'the main character in my holiday read wants to end it all, bit heavy for a beach. any lighter suggestions? also booking a facial',
    // back to ordinary life after the event
    'my brother had a heart attack at 40, he is back at work now and running again. is MLD ok for him?',
    // "a lot" with a season is how often, not how much
    'my nose bleeds a lot in winter when the heating is on, is a facial ok?',
    // choking on a drink at something funny
    'choked on my tea reading your price list, are those right?',
    // how likely a sign is
    'fainted once at the dentist, is a long massage likely to make me faint too?',
    // a sign on and off for years, long-standing
    'my left eyelid twitches and droops a bit on and off for years, would a facial help?',
    // scars dated to the teens are marks of the past
    'I have self harm scars from my teens on both wrists, will the therapist mind working there?',
    // other languages: ankles swelling by evening in pregnancy, an aunt ("tia"), a clip, angina that eases as always
    'Estoy de 33 semanas y se me hinchan los pies por la noche, ¿puedo reservar un masaje?',
    'Jestem w 35 tygodniu ciąży, wieczorem puchną mi stopy. Czy mogę przyjść na masaż?',
    'a minha tia fez drenagem aí no ano passado, vocês fazem pacotes?',
    'vi un video de un chico que se desmaya en el gimnasio, ¿por qué pasa eso?',
    'Tengo angina estable, me aprieta el pecho subiendo cuestas y se me pasa al descansar. ¿Puedo hacer drenaje?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same frames with a red-flag sign now, or a lay guess, are still urgent', () => {
  it.each([
    // a lay helper's guess is no clinician's word
    'my chest is tight and heavy and my wife says it is indigestion',
    'my chest has been crushing for twenty minutes, my husband says it is just indigestion',
    // a lay all-clear after an emergency told in the past tense is no clinician's all-clear
    'crushing chest pain and my left arm went numb, my boyfriend said it was just indigestion',
    'my face dropped on one side and my words went funny, my sister said it was just tiredness',
    // a professional's word, then a new sign
    'the GP says it is anxiety but now my lips are going blue and I cannot breathe',
    // a question asked for oneself, now
    'when should I go to A&E? my chest is crushing and my left arm is numb',
    // whether a claim is true, with the sign now in the next sentence
    'is it true a heart attack feels like this? my chest is crushing and my arm is numb',
    // a video, then a sign of one's own
    'I watched a video and then my face went numb on one side',
    // back at work, then a new sign after it
    'had a stroke last year, back at work now, but today my arm went weak and my speech is slurred',
    // a bleed that will not stop, whatever the season
    'my nose bleeds a lot in winter but this one has been pouring for an hour and will not stop',
    // choking and blue
    'I choked on my coffee and now my lips are going blue',
    // old scars, then harm now
    'I have old self harm scars but I started cutting again last night',
    // other languages: swelling of the face or sudden, a Dutch TIA, relief denied, a relapse
    'Estoy embarazada de 30 semanas y de repente se me hinchó la cara',
    'Jestem w ciąży i nagle spuchła mi twarz i dłonie',
    'ik denk dat mijn vader een tia heeft, zijn mond hangt scheef',
    'Tengo angina diagnosticada y hoy la presión en el pecho no se me pasa con la nitro',
    'Tengo angina estable pero hoy tengo una presión en el pecho muy fuerte',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
