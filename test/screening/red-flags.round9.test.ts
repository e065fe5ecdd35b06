import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 9 (issue 11): behaviour a person would notice for the causes named from a held-out batch. The
// tuning set is knowledge/urgency-examples/round9.yaml; these are fresh messages, not copies of it.

const detect = (text: string, contexts: string[] = []) => detectRedFlag(text, redFlags, contexts);
const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string, contexts: string[] = []) => isUrgentVerdict(checkSafety(text, safety, contexts));

describe('a wish to die or intent to act, said without the words', () => {
  it.each([
    "honestly I'd rather be dead, I'm so tired",
    "i'd sooner lie down and die than face another winter like this",
    "I'm nothing but a drag on my kids. Tonight I'm going to go through with it.",
    "there's nothing left to keep me here now that mum's gone",
    "he says he will end it by his own hand and won't tell me where he is",
    'she has nothing left to live for, she keeps saying so',
    "my mate has been googling how many tablets it would take, he's not replying",
    'would not mind at all if I never woke up',
    "I've got a stash of my medication hidden away for when I'm ready",
    'my husband keeps saying we would cope fine once he is gone',
  ])('answers "%s" with the crisis line', (text) => {
    const match = detect(text);
    expect(match?.kind).toBe('crisis');
    expect(match?.advice).toContain(spa.crisisLine);
  });

  it.each([
    "I'd rather die than do a cold plunge, lol",
    "I'd sooner die than give up chocolate for lent 😂",
    'sorry to be a nuisance again, I should just do it and book the Tuesday slot',
    "nothing to stop me ordering the full course now I've been paid",
    'this bench was made by my own hand from reclaimed oak',
  ])('does not answer "%s" as a crisis', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('meningitis and sepsis told without the word rash', () => {
  it.each([
    'there are tiny purple dots on her arms that do not go white when I press on them',
    "I pressed a tumbler on the marks on his back and they're still there",
    "son's got a high temperature and a neck so stiff he can't put his chin on his chest",
    'he cries when he moves his neck and wants the lights off, and he has been sick',
    'on her dark skin the spots are hard to see but they do not lighten when I press, and she is burning up',
  ])('answers "%s" as an emergency', (text) => {
    expect(detect(text)?.category).toBe('sepsis_infection');
  });

  it('answers a stiff neck with light hurting as an emergency, whichever flag gives the advice', () => {
    // A pounding head may read as a stroke sign first; both advise the emergency number now.
    expect(detect('my neck is stiff and I cannot stand the light, my head is pounding')?.kind).toBe('emergency');
  });

  it.each([
    'slept on it wrong and now my neck is stiff, can I still have my massage?',
    'little red dots on my legs after shaving, they go pale when I press',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('an allergic reaction buried in a long message', () => {
  it('finds a changed voice after a product in the middle of a refund request', () => {
    const text =
      'Hello, I would like to return the lavender body oil, it was not what I expected and the lid was broken. ' +
      'I did try a bit on my chest this afternoon and my voice has gone hoarse since. Can the refund go to my PayPal?';
    expect(detect(text)?.category).toBe('anaphylaxis');
  });

  it('finds tingling lips with swelling eyes after a balm, told in passing', () => {
    const text =
      'Quick question about delivery times for the gift box. By the way I used the lip balm that came with my last order ' +
      'and my lips are tingling and my eyes look really swollen.';
    expect(detect(text)?.category).toBe('anaphylaxis');
  });

  it('does not read a croaky voice from a cold beside an order question as a reaction', () => {
    expect(urgent('I have a croaky voice from a cold this week, can I still pick up my serum order on Friday?')).toBe(false);
  });
});

describe('head injury warning signs', () => {
  it.each([
    'my daughter hit her head on the bath and the bump is getting bigger and bigger',
    'he fell off the trampoline, now his eyes are rolling back and he is very drowsy',
    "knocked his head at soft play and now he's not himself, really quiet and pale",
  ])('answers "%s" as an emergency', (text) => {
    expect(detect(text)?.flagId).toBe('head_injury');
  });

  it('finds the knock and the sign many sentences apart in a long story', () => {
    const filler = 'We had a lovely day out. The weather was fine. We had lunch at the cafe. ';
    const text = `My son banged his head on a gate this morning. ${filler}Now he keeps being sick.`;
    expect(detect(text)?.flagId).toBe('head_injury');
  });
});

describe('heat illness after a hot tub or heat treatment', () => {
  it.each([
    'my dad got out of the hot tub and he is muddled and being sick',
    'after the infrared sauna blanket session my skin is hot and dry and I have stopped sweating',
  ])('answers "%s" as an emergency', (text) => {
    expect(detect(text)?.flagId).toBe('heat_illness');
  });

  it('answers a collapse after the jacuzzi with emergency advice', () => {
    // The collapse flag comes first in the order; it calls the emergency number too.
    expect(detect('she collapsed coming out of the jacuzzi')?.kind).toBe('emergency');
  });

  it('still reads "hot" in "hot tub" as the tub, not as a warm limb', () => {
    expect(urgent('my lymphoedema arm felt lovely in the hot tub last night', ['lymphoedema'])).toBe(false);
  });
});

describe('sudden severe pain that needs the emergency department', () => {
  it.each([
    'sudden bad pain in my right testicle, came on while I was asleep',
    'my 12 year old has terrible pain in one of his testicles and keeps being sick',
    'out of nowhere I have excruciating pain low in my tummy and I can barely stand',
  ])('answers "%s" as an emergency', (text) => {
    const match = detect(text);
    expect(match?.flagId).toBe('sudden_severe_pain');
    expect(match?.advice).toContain(spa.emergencyNumber);
  });

  it.each([
    'can MLD help with swelling after a vasectomy?',
    'my testicles are a bit sore after a long cycle ride',
    'I get period cramps every month, is a tummy massage ok?',
    'my son has a nut allergy, can you use a nut-free oil on him?',
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a clot in a limb told in lay words', () => {
  it.each([
    "since the flight home there's a cramp in my right calf that just won't ease",
    'a week after my hip op my left calf is hard as a rock and aching',
  ])('answers "%s" as a possible clot', (text) => {
    expect(detect(text)?.category).toBe('clot');
  });
});

describe('look-alikes that are questions for the knowledge base', () => {
  it.each([
    'my BBL is booked for March, is it normal to feel breathless for a few days afterwards?',
    'for the form: stable angina, GTN spray in my bag, cardiologist is happy',
    'my friend who is a nurse says clients sometimes faint after a massage, is that true?',
    "I literally can't breathe, your post about the robe is hysterical",
    'day 12 after lipo, is the garment fitting included in my package?',
    'could someone phone me back to arrange a fitting for my compression sleeve?',
    'three months after my c-section my tummy is still puffy, would MLD help?',
    "my gran's arm has been swollen for years since her mastectomy, no redness, can you help?",
  ])('does not answer "%s" as an emergency', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('still answers an angina spray that is not working as chest pain now', () => {
    expect(detect('I have angina and my GTN spray is not helping this time, the pain is still there')?.category).toBe('heart');
  });
});
