import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 7 (issue 11): behaviour a person would notice for the causes named from a held-out batch. The
// tuning set is knowledge/urgency-examples/round7.yaml; these are fresh messages, not copies of it.

const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));

describe('indirect crisis', () => {
  it.each([
    'razor is on the side of the sink. last time I stopped, this time I will go deeper',
    'please cancel my massage plan, I will not be needing it. thank you for always being so kind to me',
    "honestly I can't bear being alive much longer",
    "I've got my affairs in order now",
    "I've been stockpiling my sleeping tablets",
    "I can't cope anymore, everyone would be fine without me",
  ])('answers "%s" with the crisis line', (text) => {
    const match = detect(text);
    expect(match?.kind).toBe('crisis');
    expect(match?.advice).toContain(spa.crisisLine);
  });

  it.each([
    "I can't cope anymore with how lumpy my tummy still is after lipo",
    "honestly I'm tired of fighting with the surgeon's office about my results",
    "please cancel my booking, I won't be needing it, we are moving abroad. thanks for everything",
    'shaved my legs with a new razor and pressed harder than I should, little nick',
  ])('does not answer "%s" as a crisis', (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe('accidental paracetamol overdose', () => {
  it.each([
    'I think I took about 24 paracetamol since yesterday for a toothache, I feel ok',
    'mum lost count of her paracetamol today, she might have had double doses',
  ])('sends "%s" to the emergency department even when the person feels fine', (text) => {
    expect(detect(text)?.flagId).toBe('paracetamol_overdose');
  });

  it.each(['took 2 paracetamol this morning', 'how many paracetamol can I take in a day?'])(
    'answers "%s" as no emergency',
    (text) => {
      expect(detect(text)).toBeNull();
    },
  );
});

describe('new signs in English', () => {
  it.each([
    ['gave birth 9 days ago and now a pounding headache and sparkly lights in my eyes', 'pregnancy_warning'],
    [
      'liposuction on Monday and my right flank is ballooning, tight and shiny, bigger than this morning',
      'after_body_contouring',
    ],
    ['my grandson fell off the climbing frame and now one pupil is bigger than the other', 'head_injury'],
    [
      "a bee stung my daughter, she's got a rash spreading and a cough and says her throat feels funny",
      'airway_swelling',
    ],
  ])('answers "%s" as urgent', (text, flagId) => {
    expect(detect(text)?.flagId).toBe(flagId);
  });
});

describe('look-alikes that are not emergencies now', () => {
  it.each([
    'my husband had chest pain on Friday, he was admitted and is in hospital now, can I buy him a voucher?',
    "I laughed so hard at the wedding speech I literally couldn't breathe",
    'Say I had a clot in my leg, would that stop me having MLD?',
    'my lymph nodes were removed with my mastectomy, why is my arm swollen?',
    'my tummy tuck is booked for next month and I have a fever with a cold now',
    '3 months after my c-section the skin is numb on one side of the scar',
    'the drain has about 40 ml a day of old dark blood',
  ])('does not give emergency advice for "%s"', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('other languages with context', () => {
  it.each([
    'estoy embarazada y veo destellos en los ojos',
    'nach einem langen Flug ist meine Wade geschwollen und warm',
    "j'ai un lymphœdème à la jambe et de la fièvre",
    'minha mãe tem febre e calafrios e está confusa',
  ])('answers "%s" with the emergency advice in that language', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    '¿Qué pasaría si me sale un coágulo después del masaje?',
    'Kann eine Lymphdrainage eine Thrombose verursachen?',
    'después de perder 15 kilos tengo la cara caída',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});
