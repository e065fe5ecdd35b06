import { checkSafety, detectRedFlag, isUrgentVerdict, loadOtherLanguages } from '../../src/screening';
import { KNOWLEDGE_DIR, redFlags, spa } from '../helpers/screening-test-content';

// Round 18 (safety18a): emergencies the lexicon missed, by cause. Fresh messages written for this test (not read-set
// copies); the lexicon alone (no urgency model).

const safety = { redFlags, otherLanguages: loadOtherLanguages(KNOWLEDGE_DIR, spa) };
const urgent = (text: string) => isUrgentVerdict(checkSafety(text, safety));
const flag = (text: string) => detectRedFlag(text, redFlags)?.flagId;

describe('speech that is wrong, told in words of its own, is a stroke sign', () => {
  it.each([
    'my grandad is talking but his words are in the wrong order, started an hour ago',
    'she keeps saying sentences where the words dont fit together',
    'mum answered the phone and it was gobbledygook',
    'his speech has gone thick and he is dribbling',
    'Aunty tried to tell me something but nothing came out, just sounds',
    'I woke up and could not find my words at all',
  ])('%s', (text) => {
    expect(flag(text)).toBe('stroke_signs');
  });

  it.each([
    'my voice is thick with this cold, ok for a facial?',
    'I can never find the right words to thank you all',
    'my words get jumbled when I am nervous haha',
  ])('not a stroke: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('"can\'t … without" is a double negative: the sign after "without" is there', () => {
  it.each([
    'two weeks after my knee op I cant even walk to the kitchen without being winded',
    'had my tummy tuck last week and I cant get to the bathroom without being completely out of breath',
    'since the c-section I can never get up the stairs without gasping for breath',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'I can walk to the shops without getting breathless, so all good after my lipo',
    'lipo 3 weeks ago, I walked up the stairs without getting out of breath today',
  ])('a plain "without" still denies: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('breathing trouble said of someone else, and Scots spellings', () => {
  it.each([
    'my sister is on the floor and says she cant get her breath',
    'grandpa cant catch his breath sitting still',
    'ma chest is sair and a cannae breathe right',
    'a feel like am gonnae pass oot, heart is going mad',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('a heart attack told as indigestion or as back and jaw pain', () => {
  it.each([
    'mum says it is just indigestion but she is sweating buckets and short of breath',
    'dad thinks its reflux, he went clammy and breathless carrying the shopping',
    'my wife has a pressure between her shoulder blades, her jaw aches and she has been sick twice',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'I get heartburn when I am pregnant, is MLD ok?',
    'my jaw aches from grinding my teeth and my upper back is stiff from my desk',
  ])('not the heart: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('pain on breathing in with breathlessness', () => {
  it.each([
    'every time I breathe in there is a pain low on the right of my back and I am breathless',
    'a catching pain under my ribs whenever I take a breath in, and I am short of breath sitting down',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });
});

describe('a crisis told indirectly or by someone else gets the crisis line', () => {
  it.each([
    'one of my clients told me today she keeps thinking about killing herself',
    'my brother texted that he wants to take his own life',
    'Standing by the railway line. Came here to think about jumping',
    'after this year I have decided my birthday will be my last',
    'cancel my package please, I am going away for good. thanks for everything, you were all lovely',
    'been working out how many of my sleeping tablets it would take',
    'every morning I wake up disappointed I am still here',
  ])('%s', (text) => {
    expect(flag(text)).toBe('crisis_self_harm');
  });

  it.each([
    'my sister is killing herself working two jobs, can I buy her a voucher',
    'we are moving to Portugal, going away for good. thanks for everything x',
    'how many of my painkillers can I take after lipo for the swelling?',
    'this will be my last session before the wedding',
  ])('not a crisis: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('a collapse or a racing heart the lexicon stood down', () => {
  it('someone hardly responding is unresponsive', () => {
    expect(urgent('grandad is very drowsy and hardly responding when we talk to him')).toBe(true);
  });

  it('failing to settle a racing heart is no all-clear', () => {
    expect(urgent('my heart is pounding and I feel like I will pass out, I cant get it to settle')).toBe(true);
  });

  it('settling it is still an all-clear', () => {
    expect(urgent('my heart was racing and I felt faint earlier but it settled after ten minutes and I feel fine now')).toBe(false);
  });
});

describe('an everyday cause named as a comparison does not stand a sign down', () => {
  it.each([
    'my right calf is swollen and hot, it looks like sunburn but only on that one leg',
    'about ten minutes ago my left arm went weak and my lip feels like the dentist numbed it',
    'my shin is red like a sunburn and hot, only the left one, flew back from Dubai yesterday',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'my legs are red, swollen and sore from sunburn',
    'my cheek is numb from the dentist this morning, ok for a facial?',
    '3 weeks after my tummy tuck there is a ridge of swelling above the scar, looks like a small overhang, will MLD help?',
  ])('a real cause or a size still stands it down: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('"fine" dated before the sign began says it is new, not over', () => {
  it.each([
    'tummy tuck 10 days ago and today I am breathless walking to the kitchen, I was fine yesterday',
    'my dad was fine at breakfast and now his face has dropped on one side',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it('fine after it still clears it', () => {
    expect(urgent('I got breathless on the stairs after my lipo last month but I was fine after a rest and it has not happened since')).toBe(false);
  });
});

describe('signs the lexicon had the concept for but not the words or the reach', () => {
  it.each([
    'after the new face serum my tongue feels too big and my voice sounds odd',
    'dad is on warfarin, his skin tore on the car door and the bandage is soaked through and still running',
    'lipo 5 days ago and since this morning my tummy has gone hard like a board, it is agony to touch and now I have been throwing up',
    'the drain from my BBL was nearly empty at lunch and now it is full of bright red blood again',
    'coughing up pink foam tonight and I cannot lie down, had a tummy tuck last week',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(true);
  });

  it.each([
    'lipo 6 weeks ago and my belly has some hard lumpy bits, is that fibrosis and will MLD help?',
    'my drain output is turning pale pink and less each day, is that normal?',
  ])('not an emergency: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('means set out or a plan with fear of acting on it is a crisis', () => {
  it.each([
    'I have taken every tablet in the house out and lined them up on the bed. I keep looking at them',
    'Last week I sat in the car in the garage with the engine running. I am frightened, I keep thinking about it',
  ])('%s', (text) => {
    expect(flag(text)).toBe('crisis_self_harm');
  });

  it.each([
    'I keep counting my tablets because I forget if I took them, the pharmacist said to get a pill box',
    'I am exhausted after my op, I thought about it and want to move my booking',
  ])('not a crisis: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });
});

describe('redness moving fast is spreading', () => {
  it.each(['the redness round my bite is shooting up my arm', 'a hot red patch on my shin is racing up towards my knee'])('%s', (text) => {
    expect(flag(text)).toBe('spreading_infection');
  });
});
