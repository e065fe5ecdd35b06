import { checkSafety, isUrgentVerdict, parseRedFlagContent, RED_FLAGS_FILE } from '../../src/screening';
import { ContentError } from '../../src/errors';
import { redFlagContent, safetyContent } from '../helpers/screening';
import { flagOf, rawKnowledge, spa } from '../helpers/screening-test-content';

// Round 28 (miss28, issue 11): English emergencies that batch 24 showed missed, fixed by cause. Every message here is
// written fresh for this test (none is a batch message). The lexicon is tested alone (`detectRedFlag`), so a test fails
// without its fix whatever the urgency model says; the look-alikes go through the whole safety layer.

const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

describe('any part swelling with a wheeze after a trigger is anaphylaxis', () => {
  it.each([
    'Reacting to the new body lotion, both my arms have swollen up and my chest is tight and wheezy.',
    "got a latex allergy and the dentist's gloves did it, my knuckles are puffing up and im a bit wheezy",
    'im allergic to latex and my hands have swelled right up and im wheezing',
  ])('"%s" gets the anaphylaxis advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
});

describe('an adrenaline pen just used stays an emergency when the person feels better', () => {
  it.each([
    'had to just use my epi pen after the prawns, feeling loads better now tbh so can i skip a&e?',
    "Used my EpiPen this morning after a wasp sting, it's all settled now, is it still ok to come for my massage at 3?",
    "just used the epipen on my daughter, she's ok now i think, do we still need to go?",
  ])('"%s" gets the anaphylaxis advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });

  it.each([
    "I had to use my EpiPen once last year at a wedding, hospital checked me over and I've been fine since. Do you use nut oils?",
    'I keep my epipen in my bag just in case, do your therapists know how to use one?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a tongue told by its size is a swelling tongue', () => {
  it.each([
    'after the facial my tongue feels way too big for my mouth and kinda tingly',
    'my tongues gone all thick and fat since i tried the new face oil, is that normal lol',
  ])('"%s" gets the anaphylaxis advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });

  it('"my tongue piercing is healing nicely, can I still have a facial?" stays calm', () => {
    expect(urgent('my tongue piercing is healing nicely, can I still have a facial?')).toBe(false);
  });
});

describe('skin gone dark and cold after body contouring, whatever bruise is guessed beside it', () => {
  it.each([
    'Tummy tuck 5 days ago and the skin near my belly button has gone purplish and cold, my sister reckons its just bruising',
    '10 days post lipo and a patch on my thigh is greyish and ice cold to touch, probably a bruise?',
  ])('"%s" gets the after-surgery advice', (text) => {
    expect(flagOf(text)).toBe('after_body_contouring');
  });

  it('"had lipo 2 weeks ago, the purple bruising is fading to yellow, ok to start drainage?" stays calm', () => {
    expect(urgent('had lipo 2 weeks ago, the purple bruising is fading to yellow, ok to start drainage?')).toBe(false);
  });
});

describe('faintness and a racing heart after body contouring, with the operation told between them', () => {
  it.each([
    'is it normal that my heart races and i feel like ill faint every time i stand up, had lipo on my thighs and arms 4 days ago, still in the compression garment',
    'feel really lightheaded whenever i stand, its day 2 after my lipo of tummy back and flanks and the garment is tight, heart beating really fast',
  ])('"%s" is an emergency', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });

  it('"is every swollen ankle after surgery a clot?" stays a question about every case', () => {
    expect(flagOf('is every swollen ankle after surgery a clot?')).toBeNull();
  });
});

describe('"puffed" is out of breath', () => {
  it.each([
    ['two weeks since my knee replacement and I get puffed walking to the bathroom', []],
    ["I'm 8 days post tummy tuck and I keep getting puffed going up the stairs, is that the anaesthetic still?", []],
    ['i felt puffed the whole way round the supermarket today and had to sit down', ['recent_surgery']],
  ] as const)('"%s" gets the breathing advice', (text, contexts) => {
    expect(flagOf(text, contexts)).toBe('breathing_difficulty');
  });

  it('"my eyes feel puffed up this morning, big night lol, do you do a depuff facial?" stays calm', () => {
    expect(urgent('my eyes feel puffed up this morning, big night lol, do you do a depuff facial?')).toBe(false);
  });
});

describe('going away for good, or others better off with someone else, with a means at hand', () => {
  it.each([
    'he should find a woman who can give him a family and i should just go. got a full box of my pills next to me',
    "my partner should find someone else who can make him happy. there's a full packet of my sleeping pills here",
    'my kids would be fine, i should just go away for good. i have the car keys and my dads shotgun',
  ])('"%s" gets the crisis line', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    "i'm so done with this job lol i should just go and live on a beach. anyway any massage slots friday",
    'he called shotgun on the front seat lol, anyway do you have parking',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a sign told by comparison or by the roof of the mouth', () => {
  it.each([
    ['my lymphoedema arm is hotter than the other one tonight', 'spreading_infection'],
    ['lymphedema leg looks redder than yesterday around the shin and feels warmer', 'spreading_infection'],
    ['roof of my mouth is swollen and itchy since lunch', 'airway_swelling'],
    ['my palate feels swollen since the hot stone oil, is that weird', 'airway_swelling'],
    ['34 weeks pregnant and my face and fingers are way puffier since yesterday', 'pregnancy_warning'],
    ['im 30 wks, hands n face puffier today than ever b4', 'pregnancy_warning'],
  ])('"%s" gets the urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    'my under eye bags are puffier since i stopped sleeping properly, any facial for that?',
    'had my brow lift done, 5 weeks on and my face still looks puffier in the mornings, is that normal?',
    'is the hot stone massage hotter than the normal one?',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('in a lymphoedema limb a cause only guessed at does not stand redness and heat down', () => {
  it.each([
    'lymphoedema arm is hot and pink tonight, maybe the workout yesterday?',
    'my lymphedema leg has gone red and warm, probably a mosquito bite or something',
    'lymphoedema leg red and hot, i think i bumped it on the bed frame but not sure',
  ])('"%s" gets the infection advice', (text) => {
    expect(flagOf(text)).toBe('spreading_infection');
  });

  it.each([
    'my lymphoedema arm is red from sunburn at the beach, can I still have MLD?',
    'my lymphoedema arm is red and sore after the waxing appointment, is that normal?',
  ])('"%s", a cause said plainly, gets no red flag', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('balance said to be off, and a reliever needed every hour', () => {
  it.each([
    ['my balance has gone off since this morning and im really muddled', 'stroke_signs'],
    ["mum's balance is all over the place today and she's muddled about what day it is", 'stroke_signs'],
    ["my son's needing his puffer every 20 minutes tonight, still wheezy but chatting", 'breathing_difficulty'],
    ['using the ventolin every half hour since lunch, i can talk fine but its not lasting', 'breathing_difficulty'],
  ])('"%s" gets the urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });

  it.each([
    'my balance is off after that spinning class lol, can i still come in?',
    'i use my inhaler every morning and night, is the steam room ok for asthma?',
    'i take my inhaler every 4 hours when i have a cold, can i still have a massage',
    "last winter i was on my inhaler every hour for a week but that's all sorted now, can i book",
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('no longer caring what happens to oneself', () => {
  it.each([
    "honestly i dont care if i live or die at this point, my body's wrecked after the surgery",
    'nothing matters lately, i wont do anything daft but i couldnt care less what happens to me',
  ])('"%s" gets the crisis line', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    'i dont care what happens to my hair, just chop it all off lol',
    'ha i dont care if i die on the treadmill i need to lose this weight lol',
  ])('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('crisis advice names the crisis line', () => {
  it('names it in every self-harm and danger-from-someone flag', () => {
    const flags = redFlagContent.flags.filter((f) => ['self_harm', 'violence'].includes(f.category));
    expect(flags.map((f) => f.id)).toContain('danger_from_someone');
    for (const flag of flags) expect(flag.advice).toContain(spa.crisisLine);
  });

  it('refuses a danger-from-someone flag whose advice leaves the crisis line out', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a real file broken on purpose
    const data = rawKnowledge(RED_FLAGS_FILE) as Record<string, any>;
    const danger = data.flags.find((f: { id: string }) => f.id === 'danger_from_someone');
    danger.advice = 'If you are in danger now, call {{spa.emergencyNumber}}.';
    let error: unknown;
    try {
      parseRedFlagContent(data, spa);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problem).toMatch(/crisis-line flag \("danger_from_someone"\)/);
  });
});
