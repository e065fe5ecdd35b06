import { flagOf } from '../helpers/screening-test-content';

// Round 40 (en40): English misses and false alarms by cause, read from batch 35's English part (spent). Fresh messages
// written for this test (not from any batch or example file). Each block pairs the change with messages in the same
// setting that must keep their calm reading. The lexicon alone is read here (no urgency model).

describe('a degree word between the words of a sign (hedges)', () => {
  it.each([
    'used a new face serum and now my cheeks are blotchy with hives and my lips are a teeny bit tingly',
    'after the seaweed wrap I came out in hives on my tummy and my tongue feels slightly tingly',
  ])('"%s" gets the allergy advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
  it('a degree word never turns a denial into a sign', () => {
    expect(flagOf('hives on my arms from the new washing powder, lips are not tingly at all')).toBeNull();
  });
});

describe('the legs giving way with the room spinning', () => {
  it.each(['knees buckling, head spinning, need to sit', 'my legs are giving out and everything is spinning'])(
    '"%s" gets the collapse advice',
    (text) => {
      expect(flagOf(text)).toBe('collapse');
    },
  );
  it('legs like jelly after the gym stays calm', () => {
    expect(flagOf('legs like jelly after leg day at the gym, bit dizzy, any stretches?')).toBeNull();
  });
});

describe('bleeding told by colour or on a blood thinner', () => {
  it.each([
    'I take apixaban and my pee has come out pink twice today',
    'on rivaroxaban since my DVT and there is pink in the toilet every time I wee',
  ])('"%s" with an anticoagulant and blood in the urine gets the bleeding advice', (text) => {
    expect(flagOf(text)).toBe('major_bleeding');
  });
  it('the drain bottle refilling with deep red gets the bleeding advice', () => {
    expect(flagOf('day one after my breast reduction, the drain bottle keeps filling with deep red')).toBe('major_bleeding');
  });
  it('grit in the vomit gets the bleeding advice', () => {
    expect(flagOf('my dad has been sick twice and it is dark and grainy, he has an ulcer')).toBe('major_bleeding');
  });
  it('pink urine from beetroot with no blood thinner stays calm', () => {
    expect(flagOf('ate loads of beetroot and my wee is pink, weird')).toBeNull();
  });
});

describe('a small child and a whole bottle of a product', () => {
  it('a toddler who drank a whole bottle of a tincture gets the poisoning advice', () => {
    expect(flagOf('my toddler got hold of the herbal tincture and drank the whole bottle')).toBe('swallowed_poison');
  });
  it('a toddler who drank a whole bottle of milk stays calm', () => {
    expect(flagOf('my toddler drank a whole bottle of milk and is now asleep, can I book for Friday?')).toBeNull();
  });
});

describe('a venomous bite or sting', () => {
  it.each(['my son was bitten by an adder on the heath, his hand is puffing up', 'just got stung by a scorpion by the pool'])(
    '"%s" gets the venomous bite advice',
    (text) => {
      expect(flagOf(text)).toBe('venomous_bite');
    },
  );
  it.each([
    'had a snakebite and black at the pub last night, lovely pint',
    'I was bitten by an adder two summers back, had antivenom, can I have MLD on that leg?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a crisis told by means at hand or a goodbye from a height', () => {
  it('razor out beside the person with "I need someone to know" gets the crisis line', () => {
    expect(flagOf("the razor is right next to me on the bath, I need someone to know")).toBe('crisis_self_harm');
  });
  it('a call from a bridge saying goodbye to the family gets the crisis line', () => {
    expect(flagOf('my sister rang from on the bridge saying goodbye and that she loves us all')).toBe('crisis_self_harm');
  });
  it('going to sleep "and that was it" said without care gets the crisis line', () => {
    expect(flagOf("honestly it wouldn't bother me if I drifted off to sleep and that was it")).toBe('crisis_self_harm');
  });
  it('a sorry for being late from a car park roof stays calm', () => {
    expect(flagOf('mum sent a voice note from the top of the multi storey saying sorry, she cannot find a space')).toBeNull();
  });
});

describe('someone present named "someone on" a group', () => {
  it('someone on the coach trip who is unconscious gets the collapse advice', () => {
    expect(flagOf('someone on our coach trip is unconscious in the sauna')).toBe('collapse');
  });
  it('someone on a forum who passed out stays calm', () => {
    expect(flagOf('someone on reddit said they passed out after a lymph massage, is that common?')).toBeNull();
  });
});

describe('look-alikes that stay calm', () => {
  it.each([
    'why do marathon cyclists sometimes collapse at the finish line?',
    'what exactly is a TIA, my aunt keeps going on about them',
    'a youtuber collapsed on stream last night, was it the heat?',
    'I have a seizure disorder, is the sauna ok for me?',
    'my nan has been weak down one side from an old stroke, can she lie on the couch?',
    'my ears went bright red and hot walking home in the windchill',
    'can limp drainage help puffy eyes?',
    'the humidity in this city is suffocating, any cooling treatments?',
    'the reel of my before and after had me collapsed laughing',
    'I attempted suicide in my 20s, I am very well now, is it on your form?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
