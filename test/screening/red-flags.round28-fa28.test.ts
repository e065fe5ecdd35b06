import { flagOf } from '../helpers/screening-test-content';

// Round 28 (fa28): English false alarms by cause, read from the spent batch 24's look-alikes. Fresh messages written for
// this test (not from any batch or example file); the lexicon alone. Each block pairs the stand-down with urgent messages
// in the same setting that must keep their advice.

describe('a sign that went and has not come back is over', () => {
  it.each([
    "my cheek puffed up a bit after the new serum but it settled within the hour and hasn't come back, still ok for my facial friday?",
    'lips went a bit puffy after the lip scrub, it passed after twenty minutes and never came back. do you do a gentler one',
    "my lip swelled a tiny bit after the balm, settled in an hour and hasn't returned. still fine for the facial?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["my lip swelled up after the new balm, went down within the hour but now it's come back and my tongue feels thick", 'airway_swelling'],
    ["face puffed up after the wrap, it settled, but it's come back again worse and my throat is tight", 'airway_swelling'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('the word anaphylaxis alone is a topic; with a word that it is happening it is an emergency', () => {
  it.each([
    "I'm anaphylactic to sesame, can you check your massage oils for it before I book?",
    'my son is anaphylactic to peanuts so can he sit in the waiting room while I have my session',
    'does your insurance cover staff trained in anaphylaxis? filling in the form for our wellness day',
    "my son's anaphylactic to eggs, is your cafe nut and egg free?",
    "job hunting: I'm an MLD therapist with anaphylaxis and first aid certificates, any vacancies?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I think I'm going into anaphylaxis after the new oil, throat feels weird", 'airway_swelling'],
    ['help my daughter is having an anaphylactic reaction to the nuts in the cake', 'airway_swelling'],
    ['pretty sure this is anaphylactic shock, i ate a prawn 10 mins ago', 'airway_swelling'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('eyes swollen shut beside an everyday cause', () => {
  it.each([
    'woke up with my eyes nearly swollen shut after crying all night, any depuffing facials today?',
    'eyes swollen shut from hayfever again this week, can I still come in for my lymph session',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['eyes swollen shut since the new face mask and my lips are tingling', 'airway_swelling'],
    ['both eyes are swelling shut and my voice has gone hoarse, all I did was try the new night cream', 'airway_swelling'],
    ['my eyes are swollen shut this morning and I have no idea why, never happened before', 'airway_swelling'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe("a knock, a tackle, a hike or new boots explains one limb's bruise or ache, never its heat", () => {
  it.each([
    'my shin is swollen and purple where I got kicked at five-a-side, ok to massage near it?',
    "ankle's swollen and achy after hiking all weekend in my new boots, do you do a foot treatment",
    'thigh is swollen and sore from being tackled at rugby on saturday, is a sports massage ok',
    "walked into the dishwasher door, now my shin's swollen with a purple lump, can the therapist avoid it?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['my leg got kicked at football yesterday, today the whole calf is hot and swollen', 'blood_clot_limb'],
    ['got tackled last week and now my calf is red, swollen and painful', 'blood_clot_limb'],
    ['one calf is swollen, hot and painful, no injury, flew back from dubai on monday', 'blood_clot_limb'],
    // Activity causes are read only by the limb patterns: a face that drops on a walk is a stroke.
    ['I was hiking and suddenly my face dropped on the left and my words are slurred', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('skin that mottles whenever the person is cold or near a heater', () => {
  it.each([
    'my thighs go mottled whenever i get cold, is that a lymph thing?',
    'got a mottled patch on my shins from the heater under my desk all winter, doctor says harmless',
    'my calves get all mottled whenever im cold, been like that since school, is MLD good for circulation?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["grandad is mottled and cold to touch and won't wake up properly", 'collapse'],
    ['my husband has a fever, his knees are mottled and he is really confused', 'spreading_infection'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('dark thoughts with help already had, and an escape measured in hours', () => {
  it.each([
    "honestly just want to disappear for a couple of hours away from the kids, what's your longest facial",
    "after the baby came there were dark thoughts for a while, the perinatal team helped and I'm through the worst, is postnatal massage ok",
    'i want to disappear for an hour and a half, which treatment is longest lol',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I've got help from my GP but I still want to die", 'crisis_self_harm'],
    ['I want to disappear forever and never come back', 'crisis_self_harm'],
  ])('"%s" still gets crisis advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('an episode dated by a school or sports calendar and explained after it', () => {
  it.each([
    "our netball captain keeled over at practice last term, turned out she'd skipped lunch and was dehydrated. team spa day ideas?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["one of my students just collapsed in PE and isn't responding", 'collapse'],
    ["our keeper fainted at training and he still isn't making sense", 'collapse'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('cases at work in the plural, a heart attack someone gives, a question about ever', () => {
  it.each([
    'ambulance tech, my whole week was cardiac arrests and RTCs, need my neck sorted',
    "my partner reckons I'll give him a heart attack with my spa habit 😂 book the hot stones",
    "at my consultation the nurse asked whether I'd ever had a seizure, does that stop me booking lymph drainage?",
    "the booking form asks if you have ever collapsed, and my GP asked if I'd ever fainted too, why is everyone asking",
    'the old radiators in your building give me the shivers lol, is the treatment room warm?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["my husband is having a cardiac arrest, he's not breathing", 'collapse'],
    ['I think my dad is having a heart attack, crushing chest pain going down his arm', 'chest_or_breathing'],
    ["I've got a fever and I'm shivering and the redness on my leg is spreading", 'spreading_infection'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe("a clinician's name for it (reflux, Raynaud's), and numbness dated to radiotherapy", () => {
  it.each([
    'burning chest after late dinners, my GP says acid reflux, ok to lie flat for the massage?',
    'arm still numb on one side since my radiotherapy, is lymph drainage fine for me?',
    'my skin is numb on one side since the radiotherapy, does that change anything for the massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['my GP said it was reflux last month but now the chest pain is crushing and spreading to my jaw', 'chest_or_breathing'],
    ['suddenly my left arm and leg went numb and my face is drooping', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('flights of stairs are no long flight, and a programme counted in weeks is no pregnancy', () => {
  it.each([
    "I'm breathless when I walk up 4 flights to my office, just out of shape, any detox packages?",
    'get a bit short of breath climbing 3 flights at work, not ill, just lazy lol, is the lymph session tiring',
    "doing a 12 week plan at the gym and now my legs ache and I'm out of breath after sessions, any sports massage?",
    "signed up for the 6 week bootcamp and I'm short of breath after every class, normal for a beginner right? any offers on massage",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I'm 34 weeks and suddenly so short of breath I can't finish a sentence", 'breathing_difficulty'],
    ["flew back from Bangkok yesterday, long flight, now I'm breathless and my left calf is swollen", 'breathing_difficulty'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('hands that go white in the cold are no face going white before a faint', () => {
  it.each([
    "in winter my hands go white and ache, GP calls it Raynaud's, should I avoid your ice fountain?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["my face has gone white and I feel like I'm going to pass out", 'collapse'],
    ["her foot has gone white and cold and she can't feel it", 'blood_clot_limb'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('"like if someone…" asks a hypothetical about staff', () => {
  it.each([
    'nervous first timer, like if someone collapsed on the table would your therapists know CPR?',
    'are your staff trained, like if somebody stopped breathing in the sauna what happens',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['feels like if i lie down i cant breathe at all', 'breathing_difficulty'],
    ["it feels like if I breathe in properly my chest will split, it's crushing", 'chest_or_breathing'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a story told by its genre (a crime novel, a whodunnit)', () => {
  it.each([
    "the whodunnit I'm reading has a guest whose lips and tongue swell up after a body wrap, do you patch test?",
    "halfway through a crime novel where a woman's throat swells shut at a beauty salon, could a face oil really do that?",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ["I was reading a thriller on the sofa when my chest suddenly started crushing and I can't get my breath", 'chest_or_breathing'],
    ['first on scene at a crash, the victim is not breathing and has no pulse', 'collapse'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a clot feared or suspected is no past clot', () => {
  it.each([
    'thought i had a dvt on sunday, sore calf, then remembered the 10k i ran saturday lol. still on for thursday?',
    "got myself worried I had a blood clot last night, achy calf, but it's from the new heels I wore to the wedding. still want my massage tomorrow",
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['I had a DVT two years ago and now the same calf is swollen, hot and tender again', 'blood_clot_limb'],
    ["I thought I had a clot last week and now my calf is huge and hot and I'm breathless", 'blood_clot_limb'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
