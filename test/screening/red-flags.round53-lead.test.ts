import { flagOf } from '../helpers/screening-test-content';

// Round 53 (lead): misses and false alarms of dev set 53A (read after being scored unread), by cause. Fresh messages
// written for this test (not from any batch or example file), each block with messages that must keep their reading.
// The lexicon alone is read here.

describe('after a BBL called a butt lift, skin gone dark and cold is a surgical emergency', () => {
  it.each([
    'my mate had a butt lift on thursday and a patch on her bum cheek has gone nearly charcoal and feels icy',
    'bum lift 4 days ago, the skin by my hip is slate coloured and stone cold',
  ])('"%s" gets the after-surgery advice', (text) => {
    expect(flagOf(text)).toBe('after_body_contouring');
  });
  it('a butt lift asked about in general stays calm', () => {
    expect(flagOf('how long after a butt lift can I sit on a hard chair')).toBeNull();
  });
});

describe('a tongue likened to a bulky thing is a swelling tongue', () => {
  it.each([
    'since the new face serum my tongue feels like a sausage and my voice is muffled',
    'put that body oil on an hour ago and now my tongue is like a balloon',
  ])('"%s" gets the airway advice', (text) => {
    expect(flagOf(text)).toBe('airway_swelling');
  });
  it('a dry tongue like sandpaper stays calm', () => {
    expect(flagOf('after the sauna my tongue feels like sandpaper, can I have water in the room')).toBeNull();
  });
});

describe('in pregnancy, a baby called by a pet name who has stopped tumbling is fewer movements', () => {
  it.each([
    '33 weeks and the little un usually does flips after my dinner but I have felt nothing since this morning',
    'my partner is 35 weeks, normally the wee one is somersaulting all evening and tonight nothing at all',
  ])('"%s" gets the pregnancy advice', (text) => {
    expect(flagOf(text)).toBe('pregnancy_warning');
  });
  it('a baby doing flips as usual stays calm', () => {
    expect(flagOf('29 weeks and the wee one is doing flips all night, can I still lie on my front for a massage')).toBeNull();
  });
});

describe('sore ribs from the baby kicking them are an ache of late pregnancy', () => {
  it('ribs sore from kicks stay calm', () => {
    expect(flagOf('32 weeks, ribs sore from all the kicking, would a side-lying massage help')).toBeNull();
  });
  // Judgement call: pain under the ribs is a pre-eclampsia sign, so without the kicks named it still fires.
  it('pain under the ribs with no cause named still gets the pregnancy advice', () => {
    expect(flagOf('34 weeks and a bad pain under my right ribs since lunch')).toBe('pregnancy_warning');
  });
});

describe('how likely a faint is, asked in general, is a risk question', () => {
  it('"how likely is fainting" stays calm', () => {
    expect(flagOf('how likely is fainting in the steam room for someone on blood pressure tablets')).toBeNull();
  });
  it('a faint told as now, after a pause and a turn to the writer\'s own, still counts', () => {
    expect(flagOf('how likely is fainting after the sauna, my mum is on the floor now and not answering')).toBe('collapse');
  });
  it('so does a sign told after a risk question opened with "how common"', () => {
    expect(flagOf('how common is a clot after a tummy tuck, my left calf is swollen, red and hot')).toBe('blood_clot_limb');
  });
  it('a risk question with one\'s own background after the pause stays calm', () => {
    expect(flagOf('how likely is fainting in the float tank, my blood pressure runs low')).toBeNull();
  });
});

describe('a healed scar asked about for scar care is not a wound infection', () => {
  it('a reddish scar with scar therapy asked for stays calm', () => {
    expect(flagOf('my tummy tuck scar is still a bit red and raised, do you offer scar massage')).toBeNull();
  });
  it('a scar that is hot and leaking still gets the wound advice', () => {
    expect(flagOf('tummy tuck 8 days ago, the scar is red, hot and leaking yellow stuff')).toBe('wound_infection');
  });
});

describe('a soap called Corrie is a story on TV', () => {
  it('a character on Corrie having a heart attack stays calm', () => {
    expect(flagOf('did you see the bloke on corrie have a heart attack last night, I was in bits')).toBeNull();
  });
});
