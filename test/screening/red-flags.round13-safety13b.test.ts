import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 13 (tuner safety13b): causes of batch 10's false alarms. The tuning set is
// knowledge/urgency-examples/round13-safety13b.yaml; these are fresh messages again, not copies of it or of batch 10.
// Each cause has urgent contrasts: a look-alike rule must never stand down a real sign told now.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes are not emergencies', () => {
  it.each([
    // a past event dated by a month, or told as over in a sentence of its own
    'my mother had a heart attack in september, can she come for a gentle foot massage?',
    'a few weeks ago my throat closed up after shellfish and I spent the night in A&E. Completely fine now. do you use shellfish in anything?',
    // news and stories about strangers
    'I read about a footballer who had a stroke after a neck massage, is that a real risk with yours?',
    'the widow of a man who collapsed in a spa pool is suing the hotel, do you have lifeguards?',
    // look-alike words
    'writing an essay on suicide prevention for my psychology course, can I interview one of your therapists?',
    'my teenager keeps cutting class, would a massage help with his stress?',
    'the video shows gentle strokes up towards the collarbone, how many strokes should I do?',
    'after the hot springs my legs felt heavy and tired, does MLD help with that?',
    // all-clears in new words
    'knee op 4 weeks ago, my leg is still swollen, they did a doppler and no clots were found. would MLD help?',
    // a lasting result of an old event
    'my aunt uses a wheelchair since her stroke six years ago, is your room accessible?',
    // other languages: conditionals, a professional's word, dated events, hard lumps
    'Se eu tiver falta de ar na sessão por causa da ansiedade, vocês param?',
    'A mi madre la operaron de la cadera y tiene la pierna hinchada, el médico dice que todo va bien. ¿Le ayudaría el drenaje?',
    'Tata miał zawał pięć lat temu, czy może przyjść na masaż?',
    'tengo bolitas duras en el abdomen después de la lipo, ¿es fibrosis?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same frames with a red-flag sign now are still urgent', () => {
  it.each([
    'had a heart attack in may and now crushing chest pain is spreading to my jaw',
    'a few weeks ago I reacted to nuts. Fine now but my lips are swelling up again and my throat is tight',
    'I read about strokes and now my own face is drooping and my speech is slurred',
    'my son has been cutting his arms again and says he wants to end it',
    'the doppler found no clots last week but now my calf is hot, red and more swollen',
    'on blood thinners, cut my finger with a knife and it is pouring through the towel',
    'my baby is 3 weeks of age and has a high fever',
    'tengo el abdomen duro como una tabla después de la lipo y mucho dolor',
    'Se eu ficar pior... já estou com falta de ar agora e dor no peito',
  ])('still answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
