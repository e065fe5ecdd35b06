import { flagOf } from '../helpers/screening-test-content';

// Round 51 (lead): English misses and false alarms of dev set 51A (read) and the open causes of round 50, by cause. Fresh
// messages written for this test (not from any batch or example file), each block with messages that must keep their
// reading. The lexicon alone is read here.

describe('a heavy period of one\'s own is no emergency by itself; soaking, fainting, pregnancy and a comparison still are', () => {
  it.each([
    'I always bleed heavy on my period, can I still come in that week?',
    'my periods are so heavy they wont stop for 8 days, does MLD help with the bloating',
    'bleeding heavily at the moment because of my period, should I move my facial?',
  ])('"%s" gets no bleeding advice', (text) => {
    expect(flagOf(text)).not.toBe('major_bleeding');
  });
  it.each([
    ['on my period but soaking through a pad every hour since lunch', 'major_bleeding'],
    ['bleeding loads, much heavier than my period, and I am 9 weeks pregnant', 'pregnancy_warning'],
    ['my period is really heavy and now I feel faint and dizzy', 'collapse'],
    ['bleeding heavily from my drain, it will not stop', 'major_bleeding'],
  ])('"%s" stays urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it('a pad soaked through every hour is urgent without the word blood', () => {
    expect(flagOf('changing my pad every hour since this morning and it keeps coming')).toBe('major_bleeding');
  });
  it('pink fluid from lipo wounds through a pad every hour in the first days is expected drainage', () => {
    expect(flagOf('first night after lipo, watery pink fluid soaking a pad every hour, nurse said to expect leaking')).toBeNull();
  });
});

describe('a date of weeks after an operation or a birth dates that event, not the sign told with it', () => {
  it.each([
    ['losing a lot of blood after my c-section three weeks ago', 'pregnancy_warning'],
    ['left calf swollen and sore after my hip op a couple of weeks ago', 'blood_clot_limb'],
  ])('"%s" stays urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'after my tummy tuck in March I had a bleed and went back to theatre, all healed now, can I book MLD?',
    'years ago after my lipo my calf swelled up, what should I ask my surgeon this time?',
  ])('"%s" (a month, a year, or over) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a time anchor that is its whole clause dates the clause after its comma', () => {
  it.each([
    'three years ago, passed out in a hot tub, is your infrared sauna ok for me',
    'last winter, collapsed at the gym, doctors found nothing, can I have a sports massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['history of a clot, left calf red and swollen now', 'blood_clot_limb'],
    ['years ago, had a DVT, this morning my right leg is hot and puffy', 'blood_clot_limb'],
  ])('"%s" stays urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('new words for concepts of 51A', () => {
  it.each([
    ['no air getting in properly, help me', 'breathing_difficulty'],
    ['my sister wrote "it was nice knowing you" on her status and her phone keeps going to voicemail', 'crisis_self_harm'],
  ])('"%s" is urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'I sometimes feel faint when I get nervous, can a therapist stay in the room?',
    'my dad gets chest twinges off and on, he is being seen by cardiology next month, can I book him a foot massage?',
    // "stroking" was stemmed to "stroke".
    'is the massage sore or just gentle stroking',
    'my aunt fainted in a spa in Turkey and it was scary. Do you have staff trained in first aid?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    ['I feel faint right now and can barely stand', 'collapse'],
    ['my stroke was in 2019, today my face has dropped on one side again', 'stroke_signs'],
  ])('"%s" stays urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('look-alikes of 51C by cause: hearsay, a load one chokes on, a day that collapsed, a sorted bleed, lochia over', () => {
  it.each([
    'a friend at work told me about a woman who collapsed after a hot stone massage, do your therapists do first aid?',
    "I'm drowning and choking in jargon, what does CDT stand for?",
    'my whole week has been a collapse, any chance of a slot on Friday?',
    'I bled a fair bit after my BBL but that was sorted in hospital in the spring, am I ok to book?',
    'ten weeks after my daughter was born, the bleeding has finished, can I book the postnatal massage?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it.each([
    'my cousin told me about someone who fainted in the sauna, and now I feel faint and my chest is tight',
    'the bleeding had finished after the birth but today it came back heavy with clots',
  ])('"%s" stays urgent', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('51E misses by cause: a typed "hart", red in the tissue after coughing, "no breath", legs gone to jelly, a baby gone still', () => {
  it.each([
    ['my hart is fluttering like mad and everything went grey for a second', 'chest_or_breathing'],
    ['coughing and coughing, the tissue is red every time, quite a lot', 'major_bleeding'],
    ['found my nan in the garden, no breath, she is grey', 'collapse'],
    ['legs like jelly and sliding down the wall, everything fuzzy and grey', 'collapse'],
    ['36 weeks and bub has gone very still today, usually she wriggles all evening', 'pregnancy_warning'],
  ])('"%s" is urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'not a breath of wind on the beach, lovely, can I book a massage for tomorrow',
    'my legs are like jelly after the stairs at the station lol',
    '30 weeks and the baby kicks like mad every evening, is MLD ok for me',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('51E look-alikes by cause: the news, someone online one follows, a skin tool, a bird, a small heart attack at a realisation', () => {
  it.each([
    'the news said two hikers collapsed from the heat in Utah, is your steam room very hot?',
    'an influencer I follow got filler and her lips swelled up like balloons, do you do facial drainage for that?',
    'scratchy red lines on my back where the exfoliating mitt went, no fever, can I still have a wrap',
    'our parrot fell off her perch twice today, the vet is seeing her tomorrow',
    'mini heart attack when I saw I had booked the wrong Saturday, can I move it?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('51G by cause: a crushing pain with the arm tingling, air sucked like a fish, a prenatal booking, a one-off', () => {
  it.each([
    ['crushing. under my ribs. arm pins n needles', 'chest_or_breathing'],
    ['sucking air like a fish out of water, on my own', 'breathing_difficulty'],
    ['prenatal massage is booked for Monday but since yesterday my hands are puffy and my eyesight is blurry', 'pregnancy_warning'],
  ])('"%s" is urgent (%s)', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'crushed my thumb in the car door yesterday, pins and needles in my arm since, can I still have my massage?',
    'my panic attack in the summer was a one-off, it has been controlled since with therapy, can I book the sauna?',
    'bit of drool on the face cradle after my session, is that normal lol',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
