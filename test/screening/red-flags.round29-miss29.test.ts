import { checkSafety, isUrgentVerdict } from '../../src/screening';
import { safetyContent } from '../helpers/screening';
import { flagOf } from '../helpers/screening-test-content';

// Round 29 (miss29, issue 11): English emergencies and crises that batch 25 showed missed, fixed by cause. Every message
// here is written fresh for this test (none is a batch message). The lexicon is tested alone (`detectRedFlag`), so a test
// fails without its fix whatever the urgency model says; the look-alikes go through the whole safety layer.

const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safetyContent));

const expectFlags = (cases: readonly (readonly [string, string])[]) =>
  it.each(cases)('"%s" gets %s', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
// A guard: the whole safety layer (lexicon and urgency model) gives no urgent advice.
const expectCalm = (cases: readonly string[]) =>
  it.each(cases)('"%s" stays calm', (text) => {
    expect(urgent(text)).toBe(false);
  });

describe('crisis: hurting oneself told as a way to cope or to feel something', () => {
  expectFlags([
    ['scratching my legs raw is the only thing that helps me cope right now', 'crisis_self_harm'],
    ['keep hitting myself to feel something, anyway do you have anything friday', 'crisis_self_harm'],
    ['hitting myself when it gets too much, it calms me down more than anything', 'crisis_self_harm'],
  ]);
  expectCalm([
    'scratching my arms till they bleed with this eczema flare, is there a gentle treatment for itchy skin?',
    'burnt myself on the oven tray by accident making dinner, small blister, can I still have my back massage?',
  ]);
});

describe('crisis: wanting to go and join someone who has died', () => {
  expectFlags([
    ["my husband passed away in march and some nights I just want to go and be with him again", 'crisis_self_harm'],
    ["since mum's funeral I keep thinking I should go join her. can I cancel my package", 'crisis_self_harm'],
  ]);
  expectCalm(["my friend's booked the hot stone session, can I go and join her in the next room?"]);
});

describe('crisis: asking whether a whole supply of a medicine would be enough', () => {
  expectFlags([
    ['is a whole packet of co-codamol enough to do it', 'crisis_self_harm'],
    ['would all my mirtazapine be enough if I took it tonight', 'crisis_self_harm'],
  ]);
  expectCalm(['is a whole bottle of massage oil enough for a couple doing the home course?']);
});

describe('crisis: a height named with a check that nothing will stop the person', () => {
  expectFlags([
    ['how high is the balcony rail on the top floor of your building. want to be sure nobody can stop me', 'crisis_self_harm'],
    ["which floor is the roof garden, is there a railing? I'm making sure nothing will stop me", 'crisis_self_harm'],
  ]);
  expectCalm(['which floor is the rooftop pool and is there a lift? my knees are bad']);
});

describe('crisis: a means looked at "more than I should", a note written told about someone else', () => {
  expectFlags([
    ["the debts keep piling up and I find myself looking at the shotgun more than I ought to", 'crisis_self_harm'],
    ["my brother showed me a note he'd written, he says he'll do it this weekend", 'crisis_self_harm'],
    ["my flatmate showed me a note he'd written, says he's going to do it tonight", 'crisis_self_harm'],
  ]);
});

describe('crisis: told indirectly (others better off, not being here, life as something to cancel, an accident wished for)', () => {
  expectFlags([
    ["my boys deserve a dad who isn't useless. they'd be fine, honestly.", 'crisis_self_harm'],
    ['put my voucher towards someone who will still be around next month', 'crisis_self_harm'],
    ["honestly I'd like to unsubscribe from life. anyway what time do you close", 'crisis_self_harm'],
    ['everything hurts since the op, I may as well be dead', 'crisis_self_harm'],
    ['if a lorry ran me over on the way home it would honestly be a relief', 'crisis_self_harm'],
  ]);
  expectCalm([
    "I'm moving abroad so please give my membership to someone who'll still be here next year",
    'can I cancel my subscription to the monthly massage plan? life is busy',
  ]);
});

describe('crisis: a cut that went further than meant gets the crisis line, not only bleeding advice', () => {
  expectFlags([
    ['sliced my arm with a blade, went deeper than I meant and it will not stop bleeding', 'crisis_self_harm'],
    ['slashed my wrist tonight, bigger than i wanted', 'crisis_self_harm'],
  ]);
  expectCalm(['the razor went deeper than I meant while shaving my legs, little nick, stopped bleeding. still ok for a leg wrap?']);
});

describe('collapse: a person who just dropped, or has gone a colour in water', () => {
  expectFlags([
    ['a lady in the queue just dropped to the ground and is not moving at all', 'collapse'],
    ['my uncle just hit the deck in the garden, he is not moving', 'collapse'],
    ["mum's gone blue in the bath and she isn't answering", 'collapse'],
    ['my friend went purple in the hot tub', 'collapse'],
  ]);
  expectCalm(['the kids went purple in the pool because it was freezing, they are fine now, any family slots?']);
});

describe('bleeding: coffee-ground vomit, a cut that pumps, a stoma bag filling with blood, blood vomited once', () => {
  expectFlags([
    ['vomiting since this morning and there are gritty bits in it, really dark', 'major_bleeding'],
    ['sliced my forearm on the broken pane in the greenhouse door and now it is squirting out', 'major_bleeding'],
    ['my ostomy bag is filling with blood since lunch', 'major_bleeding'],
    ['brought up blood once after lunch, quite a lot of it', 'major_bleeding'],
  ]);
  expectCalm(['I threw up blood once years ago from a stomach ulcer, all treated long ago. is MLD ok for me?']);
});

describe('pregnancy: fewer movements than usual, said in other words', () => {
  expectFlags([
    ["31 weeks, she's moving a lot less today", 'pregnancy_warning'],
    ['the kick counter shows 3 kicks since breakfast, usually it is loads by now', 'pregnancy_warning'],
    ["36 weeks, normally he's a real kicker but nothing at all since last night", 'pregnancy_warning'],
  ]);
  expectCalm(["34 weeks and she's kicking so much she keeps me awake! can I book a pregnancy massage?"]);
});

describe('a child hot with cold hands and feet, or floppy with a temperature', () => {
  expectFlags([
    ['my 7 year old feels boiling but his hands and feet are ice cold and he is very sleepy', 'spreading_infection'],
    ['temperature of 39 and her feet and hands are freezing, she has a blotchy rash', 'spreading_infection'],
    ['my daughter is floppy and her head is hot, she just wants to lie there', 'unwell_infant'],
  ]);
  expectCalm(['my hands and feet are always cold in winter, would a warming wrap help?']);
});

describe('breathing: too breathless to finish a sentence, a peak flow about half', () => {
  expectFlags([
    ["she's wheezing and struggling to finish her sentences, says it's normal for her", 'breathing_difficulty'],
    ['my peak flow has halved since this morning and I am wheezing', 'breathing_difficulty'],
    ['peak flow is in the red zone, reliever is helping a bit', 'breathing_difficulty'],
  ]);
  expectCalm(['do you do anything for peak flow? my asthma nurse says mine is good but I want to keep fit']);
});

describe('stroke: the wrong words said, a face gone funny on one side that passed', () => {
  expectFlags([
    ["my wife keeps saying 'spoon' when she means 'phone' and she seems confused", 'stroke_signs'],
    ['my mouth went funny on one side for about 5 minutes then went back to normal', 'stroke_signs'],
  ]);
  // The lexicon alone: the urgency model may still offer its safety advice for this one.
  it('"my face went funny on one side after the dentist\'s injection, wore off after an hour" gets no stroke flag', () => {
    expect(flagOf("my face went funny on one side after the dentist's injection, wore off after an hour")).toBeNull();
  });
});

describe('infection: an abscess spreading, a red patch getting a bit bigger', () => {
  expectFlags([
    ['tooth abscess and the swelling has spread down into my neck', 'spreading_infection'],
    ['insect bite on my calf is red and getting a bit bigger each day', 'spreading_infection'],
  ]);
});

describe('after surgery: a cloudy seroma, woozy and pale, a galloping heart, a wound that has opened', () => {
  expectFlags([
    ['my seroma fluid has gone cloudy and smells off, lipo was 10 days ago', 'wound_infection'],
    ['the incision is gaping a little since yesterday, lipo was last week', 'wound_infection'],
    ['lipo on monday, feeling swimmy and clammy today', 'after_body_contouring'],
  ]);
  it.each([
    "lipo 2 days ago and I'm gulping for air on the sofa",
    'BBL on tuesday, heart hammering and I keep gulping air',
  ])('"%s" gets urgent advice', (text) => {
    expect(flagOf(text)).not.toBeNull();
  });
  expectCalm(['tummy tuck 5 days ago, a bit pale but eating well, surgeon happy. when can I start MLD?']);
});

describe('clot: a calf hot and hard, a limb doing what it did at a past clot', () => {
  expectFlags([
    ['one of my calves is hot and hard this morning', 'blood_clot_limb'],
    ['I had a DVT two years ago and now my left leg is doing the same as last time', 'blood_clot_limb'],
  ]);
  expectCalm(['my calves feel like bricks after leg day, any sports massage tomorrow?']);
});

describe('heart, filler, allergy: a racing heart with wooziness, a warm filler site, hives with being sick', () => {
  expectFlags([
    ["ticker's racing and I'm woozy, third time this week", 'chest_or_breathing'],
    ['had lip filler yesterday and it is swollen and hot today', 'after_filler'],
    ['came out in itchy welts after the new body oil and now I feel sick', 'airway_swelling'],
  ]);
  expectCalm(['lip filler on monday, swelling going down nicely, ok to book a facial next week?']);
});

describe('crisis told by the lexicon, not only by the urgency model', () => {
  expectFlags([
    ['not eaten for days and part of me is hoping my heart just stops', 'crisis_self_harm'],
    ["out in the kayak after dark with no life jacket, kind of hoping it capsizes", 'crisis_self_harm'],
    ['I walk to the quarry every evening and think about how peaceful it would be', 'crisis_self_harm'],
    ['sat on the bathroom floor counting out the tablets again', 'crisis_self_harm'],
    ['my flatmate googled how many tablets it takes, should I be worried', 'crisis_self_harm'],
  ]);
  expectCalm([
    'counting out the pills into my dad\'s dosette box for the week, is the clinic open saturday?',
    'I cut my own fringe with a razor and went deeper than I meant, it is so short now haha',
  ]);
});

describe('lymphoedema with chills, dizzy on standing after surgery', () => {
  expectFlags([
    ['my lymphoedema arm aches and I have the shivers tonight', 'spreading_infection'],
    ['lipo-lymphoedema in both legs and I feel fluey and shivery since lunch', 'spreading_infection'],
    ['3 days after my lipo and I go dizzy every time I stand up', 'after_body_contouring'],
  ]);
  it('"I have lymphoedema, my temperature is normal, just a bit tired" gets no infection flag', () => {
    expect(flagOf('I have lymphoedema, my temperature is normal, just a bit tired')).toBeNull();
  });
});
