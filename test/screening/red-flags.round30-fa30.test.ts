import { flagOf } from '../helpers/screening-test-content';

// Round 30 (fa30): English false alarms by cause, read from the spent batch 26's look-alikes and its understanding half's
// questions, hand-offs and personal requests that got urgent advice. Fresh messages written for this test (not from any
// batch or from knowledge/urgency-examples/round30-fa30.yaml). Each block pairs the stand-down with urgent messages in the
// same setting that must keep their advice.

describe('a face or a buttock changed by a cosmetic treatment or by age is no stroke', () => {
  it.each([
    'the botox has left my brows a bit uneven, the left sits lower, since the week after - will lymph facial help?',
    'my lower face has slid down with age and the jowls look lopsided, which of your facials lifts best',
    'since my BBL one buttock cheek looks crooked compared to the other, surgeon says give it time',
    'my lips look a bit lopsided after the filler went in, no pain, is a lymph facial safe',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    'had my botox a fortnight ago and ten minutes ago my face suddenly dropped on one side and I cannot lift my arm',
    'had botox last month but this is different, half my face has gone droopy since this morning and my arm is numb',
    'my face has gone lopsided in the last half hour and my speech is slurred, I had fillers in the summer',
  ])('"%s" still gets stroke advice', (text) => {
    expect(flagOf(text)).toBe('stroke_signs');
  });
});

describe('a sign said in so many words to be a figure of speech, or a seizure given by a thing, is no emergency', () => {
  it.each([
    "this week's rota is giving me chest pains, metaphorically speaking, so I need a massage",
    'the new booking app is giving me a seizure, three tries to pay',
    'figuratively my heart stopped when I saw the bride package price',
    'the mortgage renewal makes me want to collapse on your couch for a week',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['ha the rota gives me chest pains but seriously my chest is crushing now and the pain goes into my jaw', 'chest_or_breathing'],
    ['my little boy had a temperature and the fever gave him a seizure, he is still shaking', 'collapse'],
    ['I feel faint and I think I am going to collapse, my heart is pounding', 'collapse'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a heart attack or a stroke survived, or believed and then explained, named only by its name', () => {
  it.each([
    'could I book a gift card for my father? he survived a heart attack in the spring and deserves a treat',
    'I thought I was having a heart attack on the night bus but it was indigestion, anyway what time do you open',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['my mum survived a heart attack last year and right now she has a crushing pain in her chest again', 'chest_or_breathing'],
    ['I thought I was having a stroke, my face has dropped on one side and my arm is weak', 'stroke_signs'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a remedy that did the trick, said in the next sentence, ends the episode; "but now" after it does not', () => {
  it.each([
    'I was sure I was having a heart attack in the early hours, it was heartburn. A couple of antacids did the trick.',
    'Felt like a heart attack after the chilli last night. The peppermint tea did the trick.',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['my sister fainted at the party and was fine, but now my dad has collapsed and he is not responding', 'collapse'],
    ['the wheeze settled and she was fine, but now her lips are swelling and her throat is tight', 'airway_swelling'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('everyday words that look like signs: nerves, a lump shape, clothing', () => {
  it.each([
    "my gran had a clot after her op so I'm a little twitchy about mine, what aftercare do you offer after lipo",
    'the lumps in my neck feel like marbles when I have a cold, is that my lymph nodes?',
    'the glands in my groin go up like marbles when I am run down, normal?',
    'do I need to bring my own disposable pants for the body wrap or do you supply them',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    // Numb lips after lipo are read by the stroke flag first: either way the advice is to call the emergency number.
    'had lipo this morning and now my lips are numb, my ears are ringing and my muscles are twitching',
    'his skin has gone blotchy and mottled like marble, he has a fever and is very drowsy',
    'I am panting and cannot get my breath, lips going blue',
  ])('"%s" still gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
});

describe('a throat or glands that swell whenever one has a cold, asked about, are no airway emergency', () => {
  it.each([
    'is it the lymph system when the back of your throat swells up whenever you get a cold?',
    'my throat always swells a bit every time I get a sore throat, would drainage help',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['I have a cold but my throat is swelling shut and I cannot swallow', 'airway_swelling'],
    ['my tongue and throat are swelling up after the new face oil', 'airway_swelling'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('a little bright red blood on the paper, and an arm sore from the jab, are everyday causes', () => {
  it.each([
    'saw a bit of blood in my stool, bright red on the toilet paper, I have had piles for years',
    'my upper arm is swollen and achy from the flu jab on monday, small pink patch where it went in',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['black tarry stool since this morning, I have been constipated for days and feel dizzy', 'major_bleeding'],
    ['my calf has swollen up and is very painful since the covid jab last week', 'blood_clot_limb'],
  ])('"%s" still gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});

describe('what massage can spread in general is a question, not an infection spreading', () => {
  it('"someone at work told me lymph massage can spread infection round the body, true?" stays calm', () => {
    expect(flagOf('someone at work told me lymph massage can spread infection round the body, true?')).toBeNull();
  });

  it('a red patch spreading now still gets urgent advice', () => {
    expect(flagOf('the red patch on my shin is spreading up my leg fast and I feel hot and shivery')).toBe(
      'spreading_infection',
    );
  });
});

describe('swelling still there since an operation on both sides or a joint, asked about for MLD', () => {
  it.each([
    'three weeks after my knee replacement and it is still swollen down to the shin, is MLD worth it',
    'brachioplasty 4 weeks ago, forearms swollen, when can I start lymph drainage',
    'thigh lift last month, both thighs still swollen, can you treat that',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });

  it.each([
    ['knee replacement three weeks ago and since last night my calf is hot, hard and very painful', 'blood_clot_limb'],
    ['I am 32 weeks pregnant and my left calf is still swollen and sore', 'blood_clot_limb'],
    ['flew home yesterday and my left calf is still swollen and tight', 'blood_clot_limb'],
  ])('"%s" still gets clot advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
});
