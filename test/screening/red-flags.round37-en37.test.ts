import { checkSafety, isUrgentVerdict, loadSafetyContent } from '../../src/screening';
import { flagOf, KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 37 (en37): English misses and false alarms by cause, read from batch 32's English part (spent), and two leftovers
// of earlier rounds (a faint coming on now; clinicians' shorthand). Fresh messages written for this test (not from any
// batch or example file). Each block pairs the change with messages in the same setting that must keep their reading.

describe('a fall told with no answer, in a learner\'s or a dialect\'s grammar', () => {
  it.each([
    'my mother fall down in the kitchen and she dont answer me, her eyes is open',
    'grandad fell down by the shed, he doesnt answer me at all, just staring',
    'my wife slumped over at the table and she no answer from her when I shake her',
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });

  it.each([
    "my son doesn't answer me when I ask him to book, can you text him instead?",
    'I fell down the last two steps last month, all healed, can I still have leg drainage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('clinicians\' shorthand in a referral describes the client now', () => {
  it.each([
    'referral: 5/7 post TKR, R calf swollen and tender, query suitability for MLD',
    'client day 3 post THR, L calf warm and hard, wants drainage booked',
    'h/o PE, now SOB at rest and CP since this morning, she was due with you at 2',
    'pt s/p lipo POD4, new SOB on minimal exertion, asking if MLD will help',
    "she's 32/40, sudden facial swelling and visual disturbance this afternoon",
  ])('"%s" gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });

  it.each([
    'TKR two years ago, knee fine, interested in MLD for lipoedema in both legs',
    'client is 6 months post TKA, full recovery, GP happy, booking a relaxation massage',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a past clot told with "did have" or "have had" makes one sign enough', () => {
  it.each([
    'my calf is tight on one side today, I did have a DVT about ten years ago',
    "I've had a clot before and now my left calf is sore and tight",
    'I have had a PE in the past and my right leg has gone puffy since the weekend',
  ])('"%s" gets the clot advice', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });

  it.each([
    'I did have a clot years ago, is lymph drainage safe for me?',
    'I have had a DVT before, both legs fine now, can I book?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a scratch or a bite in a lymphoedema limb is how cellulitis gets in', () => {
  it.each([
    'my lymphoedema leg is pink and hot, the dog scratched it at the weekend',
    'the arm they took my lymph nodes from in 2020 is red and warm, I got a bite on it in the garden',
    'lymphedema arm feels like it is burning, I grazed it on a rose bush friday',
  ])('"%s" gets the infection advice', (text) => {
    expect(flagOf(text)).toBe('spreading_infection');
  });

  it.each([
    'my lymphoedema arm is a bit red from the sunburn on holiday, can I still come?',
    'my lymphoedema leg is warm after leg day at the gym, is that normal?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('swelling or standing-out veins beside a port or a PICC line', () => {
  it.each([
    'since they put my PICC line in my right arm and hand have gone puffy',
    'my portacath went in last month and now the veins on my chest are standing out',
    'one side of my neck looks swollen and the veins bulge, I have a chemo port',
  ])('"%s" gets the clot advice', (text) => {
    expect(flagOf(text)).toBe('blood_clot_limb');
  });

  it.each([
    'can I have a lymph massage with a PICC line in my arm?',
    'my chemo port comes out next month, when can I start facials again?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a faint coming on now, said of oneself', () => {
  it.each([
    'I think I might pass out, the room keeps tilting and my ears are ringing',
    "hold on I'm about to pass out, everything's gone grey",
    'feel like I might pass out any second, sitting on the floor at work',
  ])('"%s" gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });

  it.each([
    'am I more likely to pass out during drainage if my blood pressure runs low?',
    'are people with POTS more likely to faint on the treatment table?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('look-alikes that name their everyday cause', () => {
  it.each([
    // A bruise told with what it was bruised on.
    'bruised my shin on the bed rail, it is purple and sore when pressed, ok to have leg drainage?',
    // The mouth named as the source of blood in the spit.
    'a little blood when I spat after flossing, my gums are tender, nothing else',
    // "Gasping for" a treat.
    "I'm gasping for a cuppa and a proper lymph massage after this week",
    // A stroke or a seizure named to ask for someone in the room.
    'he had a stroke in 2019, can his carer come in the room with him to help him onto the couch?',
    'my seizure dog comes everywhere with me, is she allowed in the room?',
    // Band marks from compression socks; scratches from brambles.
    'red lines round my calves from the band of my compression stockings every evening',
    'cleared brambles all weekend and my arms are covered in little red lines',
    // Puffy eyes in the pollen season.
    'hay fever is awful this week, my eyes are puffy and streaming from the pollen',
    // A cosmetic treatment dated in the past that explains an uneven face.
    'had fillers in my cheeks last spring and one side looks a bit uneven in photos',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'banged my calf two days ago but now the whole leg is swollen, hot and I can barely walk',
    'coughing up blood and frothy pink stuff, I can hardly breathe',
    "I'm gasping for breath and can't finish a sentence",
    'my husband is having a stroke, his face has dropped and he cannot lift his arm',
    'scratched my arm on a thorn and now a red line is tracking up towards my armpit',
    'pollen season but this is different, my lips and tongue are swelling up after a new face oil',
  ])('"%s" keeps urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('the urgency model: a kidney donor and bleeding gums are no emergency', () => {
  const content = loadSafetyContent(KNOWLEDGE_DIR, spa);
  it.each([
    'does lymph drainage overwork the kidneys? I only have one left after giving my dad the other',
    'when I spit out my toothpaste there is a bit of blood from my gums, I take warfarin, is MLD still fine?',
  ])('"%s" stays calm with the model', (text) => {
    expect(isUrgentVerdict(checkSafety(text, content))).toBe(false);
  });

  it.each([
    'I only have one kidney and I have not passed any urine since yesterday, my ankles are huge',
    "I'm on warfarin and I keep coughing up mouthfuls of red blood",
  ])('"%s" stays urgent with the model', (text) => {
    expect(isUrgentVerdict(checkSafety(text, content))).toBe(true);
  });
});

describe('a worry about fainting at a session is no faint now', () => {
  it.each([
    "I'm worried I might faint during my first session, is that common?",
    'what happens if I might pass out on the table, do your staff know first aid?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
