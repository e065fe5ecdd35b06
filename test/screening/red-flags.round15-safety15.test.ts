import { checkSafety, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 15 (tuner safety15): causes of false alarms on harmless look-alikes. The tuning set is
// knowledge/urgency-examples/round15-safety15.yaml; these are fresh messages again, not copies of it or of any batch.
// Each cause has urgent contrasts: a stand-down must never silence a real sign told now. The lexicon alone is
// tested (no urgency model), so the rules themselves carry the behaviour.

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('look-alikes a person would be wrongly told to call an ambulance for', () => {
  it.each([
    // an everyday cause the message names: posture for a dead limb, an effort for breathlessness
    'my hand went dead cos I was leaning on it at my desk all afternoon, shook it and its fine, can I book Monday?',
    'leg went totally dead from kneeling in the garden, funny feeling but ok, is the 4pm free',
    'was panting like mad after my boxing class, do you do sports recovery massage?',
    // a figure of speech: a reaction to a sight, hyperbole or a laugh with the bare name
    'I nearly blacked out when I saw the bill from the vet, do you do payment plans?',
    'my boss is gonna have a heart attack when he sees my expenses haha, anyway any slots friday?',
    'jaw hit the floor when I saw my results after six sessions, amazing work',
    // a story read elsewhere
    'saw a documentary about a runner who collapsed mid race, do your therapists know CPR?',
    // someone else's episode over, owned by "now and fine"
    'my son had a seizure with a high temperature at 2, hes 7 now and fine, can children have MLD?',
    // another language: years ago and fine now
    'mi abuela tuvo un infarto hace tres años, ya está bien, ¿puede venir conmigo?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('the same frames with a red-flag sign now are still urgent', () => {
  it.each([
    // no posture named, or a sign beyond the limb
    'my arm suddenly went numb and heavy for no reason and my speech sounds strange',
    'slept on my arm funny and now one side of my face is drooping',
    // breathless with no effort, or after one and getting worse with blue lips
    'I cant breathe properly just sitting here and it keeps getting worse',
    'after my run my lips have gone blue and I cant get my breath',
    // a sight named but a real sign told now
    'my throat is closing up and my lips are swelling after the new face oil',
    'dad collapsed when he saw the news and he wont wake up',
    // a laugh taken back: the sign is meant
    'haha no seriously my face is numb on one side and my arm feels weak',
    // a past episode that is back now
    'she had a febrile fit at 2, she is 3 now and fitting again right now',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });
});
