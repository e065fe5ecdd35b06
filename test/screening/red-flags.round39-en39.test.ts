import { flagOf } from '../helpers/screening-test-content';

// Round 39 (en39): English misses and false alarms by cause, read from batch 34's English part (spent). Fresh messages
// written for this test (not from any batch or example file). Each block pairs the change with messages in the same
// setting that must keep their calm reading. The lexicon alone is read here (no urgency model).

describe("a clinician's shorthand for the signs: the terms a nurse, physio or carer writes in notes", () => {
  it.each([
    'district nurse here, client has new expressive dysphasia, started 20 mins ago',
    'pt developing R sided hemiparesis during the session, what do we do',
    'resident is suddenly aphasic and her right arm is flaccid',
  ])('"%s" gets the stroke advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });

  it.each([
    'client is having haemoptysis in the chair, bright red',
    'pt in the waiting room has hemoptysis right now, quite a lot',
  ])('"%s" gets the bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });

  it.each([
    'pt has audible stridor at rest after the facial',
    'resident using accessory muscles to breathe and tripoding on the bed edge',
  ])('"%s" gets the breathing advice', (text) => {
    expect(['breathing_difficulty', 'airway_swelling']).toContain(flagOf(text));
  });

  it.each([
    'carer here, his GCS is dropping since lunch',
    'client went grey at the till, pulse thready and weak',
  ])('"%s" gets the collapse advice', (text) => {
    expect(flagOf(text)).toBe('collapse');
  });

  it.each([
    'walked up the hill and now epigastric pressure and jaw ache, feeling nauseous',
    'just off the rowing machine at the gym, epigastric ache, jaw tight and I feel sick',
  ])('"%s" (the pit of the stomach, the jaw, feeling sick) gets the heart advice', (text) => {
    expect(flagOf(text)).toBe('chest_or_breathing');
  });

  it.each([
    'she has had aphasia since her stroke in 2019, is MLD ok for her?',
    'hemiplegic migraine runs in my family, can I still have a facial?',
    'my son had croup with stridor as a baby, years ago, he is 12 now and wants a sports massage',
    'we learned the GCS scale on my first aid course today',
    'saw a thread on a forum about fainting during lymph massage, is that common?',
    'epigastric pain after a curry, heartburn again, does MLD help bloating?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a sign told after "but" that turns from what the person meant to ask about', () => {
  it('a collapse told after a question about packages gets the collapse advice', () => {
    expect(flagOf('was going to ask about your packages but my husband has just collapsed on the floor')).toBe(
      'collapse',
    );
  });

  it('a face dropped on one side told after a question about gift cards gets the stroke advice', () => {
    expect(flagOf("I wanted to ask about gift cards but my dad's face has suddenly dropped on one side")).toBe(
      'stroke_signs',
    );
  });

  it.each([
    "the form asks about chest pain and clots but I've never had either",
    'your checklist asks about fainting but my question is just about the price',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a belly gone hard as concrete after an operation, and Scots "canny" for cannot', () => {
  it('a belly like concrete days after a tummy tuck gets the after-surgery advice', () => {
    expect(flagOf('a week after my tummy tuck my abdomen has gone like concrete, I can barely stand up')).toBe(
      'after_body_contouring',
    );
  });

  it('a belly like concrete after a big dinner stays calm', () => {
    expect(flagOf('my belly feels like concrete after christmas dinner, need a detox massage')).toBeNull();
  });

  it('"canny get her words oot" gets the stroke advice', () => {
    expect(flagOf('my granny canny get her words oot, started ten minutes ago')).toBe('stroke_signs');
  });

  it('a canny shopper stays calm', () => {
    expect(flagOf("my gran's canny with money, which package is best value?")).toBeNull();
  });
});

describe('a plan to walk into the water said with a laugh and a time', () => {
  it.each([
    "lol right I'm going to walk into the river tonight, problem solved",
    'haha gonna walk into the ocean later, nobody will notice',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });

  it.each([
    "I'm going to walk into the sea tonight for the charity midnight dip, ok to have MLD tomorrow?",
    'going to walk into the sea later to cool off after the sauna haha',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('look-alikes: a load told as choking, a chilli, a clip online, cosmetic looks, the past, a risk asked', () => {
  it.each([
    'month end has me choking, can I book something calming for Friday',
    'this week has me choking, need a spa day',
    'ate a vindaloo and my lips are swollen and tingling haha',
    'did the one chip challenge at work, chest burning and my eyes are watering',
    'saw a reel of a girl whose lips swelled up after a lip scrub, do you use scrubs?',
    'saw on tiktok a guy whose lips puffed up from a lip plumper, is that a thing with your oils?',
    'did cupping yesterday and there are red streaks across my back, they are fading',
    'my thighs have a mottled dimpled look, cellulite probably, does lymph drainage help?',
    'I have purple circles under my eyes every morning, can facial drainage help?',
    'my face looks numb and flat in selfies lately, is it puffiness?',
    'my face sagged and looks lopsided since I started the weight loss jabs, can facial lymphatic help?',
    'my smile is crooked since I am child, you do facial for this?',
    'I basically collapsed when the results came in, not literally',
    'can lymph drainage make my seizures come back? my epilepsy is controlled',
    '4 weeks out from my knee op and the wound bled a little when the stitches came out',
    'hx of an overdose at 19, doing well for years, just for the form',
    'my ankle is swollen from the ankle op just as the surgeon predicted, he saw it Monday',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    "I'm choking on a grape and can't get it up",
    'she is choking on a chicken bone, help',
    'ate a prawn and now my lips are swelling and my throat feels tight',
    'my lips have gone blue and I cant catch my breath',
    'hx of DVT, my calf is red, hot and swollen now',
    'one side of my face dropped suddenly this morning and my arm is weak',
  ])('"%s" is still urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('speech that went wrong for some minutes and came back (a TIA told by speech alone)', () => {
  it('words jumbled for ten minutes that went back to normal get the stroke advice', () => {
    const text = "dad's words came out jumbled for 10 minutes at lunch, then went back to normal, he says he's fine";
    expect(flagOf(text)).toBe('stroke_signs');
  });

  it.each([
    'my speech went funny for a few minutes after the dentist numbed me, fine now',
    'my speech slurs for a few minutes with my migraines, as always',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
