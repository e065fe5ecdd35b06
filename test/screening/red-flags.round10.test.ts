import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 10 (issue 11): behaviour a person would notice for the causes named from a held-out batch. The
// tuning set is knowledge/urgency-examples/round10.yaml; these are fresh messages, not copies of it.

const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string, contexts: string[] = []) => isUrgentVerdict(checkSafety(text, safety, contexts));

describe('suicidal intent said the way people say it', () => {
  it.each([
    "doubt i'll still be around when the next school year starts, so don't hold my place",
    "give my last three massages to my neighbour please, I've made up my mind about everything",
    "I'm done. Made my mind up last night, I'm not doing this any more",
    "had it with life, honestly, completely had it",
    'sometimes I wish a car would just run me over, it would be for the best',
    'if the car just didnt stop at the crossing it would save everyone the trouble',
    "thinking how easy it would be to end my suffering, I've got the tablets",
    'my sister has hoarded a stash of her sleeping pills, I found them in her drawer',
    'my colleague says her husband has sorted out his paperwork so no one has to deal with it',
    'I carved into my forearm on purpose with a razor',
    'there are fresh cuts on my arms, I did them to myself',
  ])('answers "%s" with the crisis line', (text) => {
    const match = detect(text);
    expect(match?.kind).toBe('crisis');
    expect(match?.advice).toContain(spa.crisisLine);
  });

  it.each([
    "I'm done with this loyalty card, can I get a new one?",
    "I won't be around on the 3rd, it's my cousin's wedding",
    "made up my mind, I'll give the voucher to mum for Mother's Day and book the bigger package",
    "someone end my suffering, this hold music is awful 😂",
    'I took all my vitamins at once this morning, multivitamin and fish oil, is that a problem?',
    'that movie where the man walks into the sea had me crying for an hour',
    'I cut my fringe myself and it looks awful haha',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a heart attack told without "chest pain"', () => {
  it.each([
    'my neck and my left arm have ached for hours and now I feel sick and clammy',
    'it feels like an elephant sitting on me and the sweat is pouring off me',
    'a ripping pain shot right through to my back out of nowhere',
  ])('answers "%s" as an emergency', (text) => {
    expect(detect(text)?.kind).toBe('emergency');
  });

  it('leaves a desk-job ache in the neck and shoulders with a migraine alone', () => {
    expect(urgent('my neck and shoulder ache from the laptop and the migraine makes me feel sick')).toBe(false);
  });
});

describe('other go-now conditions in lay words', () => {
  it.each([
    "my 12 year old is crying with pain down below and he's just been sick",
    'her belly went rigid and she is screaming in pain',
    "nothing's come out for five days and my tummy's swollen like a drum",
    "he's been throwing up green since this morning",
    'my nan took Thursday and Friday tablets all at once by mistake and is very drowsy',
    'my toddler was sitting with an empty packet of my tablets in his hand',
    'after he fell off the ladder and hit his head he keeps asking the same question',
    'every time I stand up everything goes black and I nearly hit the deck',
  ])('answers "%s" as urgent', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it('reads a temperature during chemotherapy as an emergency', () => {
    expect(detect("I'm on chemo and I've got a temperature of 38")?.category).toBe('sepsis_infection');
    expect(urgent('is lymphatic drainage ok while I have chemotherapy?')).toBe(false);
  });

  it.each([
    'my son pulled his groin at rugby and it hurts, should he rest?',
    "my daughter may have swallowed one of my pills but I counted them and they're all there",
    "I faint at the sight of blood, will there be any?",
    "last time I felt faint after the session when I stood up, could that happen again?",
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('known and expected things are not emergencies', () => {
  it.each([
    'my legs are red and brown but my nurse says it is venous eczema',
    'my chest feels tight after my implants, the surgeon said to expect this',
    'three weeks after my tummy tuck there is an overhang of swelling above the scar, can MLD help?',
    "my puppy's leg is swollen after her op, can I massage it?",
    'my arm feels heavy after my lymph node surgery, it is not red or warm and I have no fever',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text, ['recent_surgery'])).toBe(false);
  });

  it('still answers a crushing chest with a surgeon named for something else', () => {
    expect(urgent('my chest is crushing and I am sweating, the surgeon warned me about bruising')).toBe(true);
  });
});

describe('batch C causes', () => {
  it.each([
    "mum's oxycodone is in the kitchen drawer and it's all I can think about",
    'on the way to work I think about not braking at the roundabout, it would be over quick',
    "I've sorted who gets the cat and I feel calm about it now",
    'I pick at my legs until they bleed, I do it on purpose so I feel something',
  ])('answers "%s" with the crisis line', (text) => {
    expect(detect(text)?.kind).toBe('crisis');
  });

  it.each([
    "I don't think I'll be around past 4 today, can someone call me in the morning?",
    'I scratch my legs till they bleed at night because of my eczema, can I still have MLD?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('reads one breast swelling fast after a lumpectomy as bleeding after surgery', () => {
    expect(urgent('two days after my lumpectomy that breast has suddenly doubled in size and gone purple')).toBe(true);
  });
});
