import { flagOf } from '../helpers/screening-test-content';

// Round 42 (en42): English misses and false alarms by cause, from the lead's known problem (a bridge gone off read alone,
// round 41's verb x vehicle phrases) and batch 37's English part (read). Fresh messages written for this test (not from any
// batch or example file), in several voices. Each block pairs the change with look-alikes that must keep their reading.
// The lexicon alone is read here (no urgency model).

describe('a vehicle driven off a height, read as a driving verb, "off" and a height', () => {
  it.each([
    'might just drive the minibus off the cliff tonight, nobody would even notice',
    'tbh part of me wants to drive straight off the viaduct on my way home',
    'I keep thinking about steering the tractor off the edge of the quarry road',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'you go straight on at the lights then drive off the bridge onto the slip road, the spa is on the left',
    'coming off the bridge onto the bypass now, be there in ten for my 3pm',
    'we drove off the flyover at the wrong junction, running late for the facial',
  ])('"%s" (a route) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a car driven or crashed into something, said as what one will do', () => {
  it.each([
    'im gonna drive into a tree on the way back from the office',
    'honestly going to steer into the oncoming traffic on the A road later',
    'I will drive the car into the river tonight and that is that',
    'keep picturing myself driving into the back of a lorry on the motorway',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'crashed into a wall reversing out of the car park, going to be a bit late, sorry',
    'I will drive into town after my shift and pick up the voucher',
    'my son drove his go kart into the wall at the party, his knee is bruised, is MLD ok for bruises?',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('others better off if the person were not in the world', () => {
  it.each([
    "my kids would have it so much easier if I just wasn't in it anymore",
    'everybody at home would be calmer with me out of the way for good',
    'life would be simpler for my husband if I had never been born',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    "the wedding photo would look better if I wasn't in it, my face was so puffy that day",
    "the team would be better off if I wasn't in it this season, my knee is wrecked",
  ])('"%s" (a photo, a team) stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('someone at a height who means or threatens to jump', () => {
  it.each([
    'my flatmate is sat in the bedroom window saying she will jump, I am outside the door',
    'he has climbed onto the railing of the car park and keeps threatening to jump',
    'my brother phoned from the bridge, he said he would jump if I called anyone',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'the twins are going to jump in the pool straight after their massage, is that ok?',
    'she is threatening to jump ship to another spa if the price goes up lol',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a faint at a figure seen is a figure of speech', () => {
  it.each([
    'nearly fainted when I saw how much the sleeves were',
    'almost passed out at the total for a course of ten sessions',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
  it('a faint with no figure seen still gets the collapse advice', () => {
    expect(flagOf('my mum just fainted in the changing room and is still very pale')).toBe('collapse');
  });
});

// The round's reread: a place on the way ("at the junction", "at the lights") does not make a bridge a route, and water or
// a truck bed below a height does not make a jump a sport (the safer reading; both were stand-downs in en42's first cut).
describe('a place on the way or something below a height keeps the crisis reading', () => {
  it.each([
    'been sitting in the car thinking about going off the bridge at the junction, cant face going home',
    'part of me wants to go off the bridge at the lights by the retail park',
    'my sister is out on the footbridge over the reservoir threatening to jump into the lake',
    'my son is on the window ledge threatening to jump onto the bed of the truck parked below',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it('a route onto a road still stays calm', () => {
    expect(flagOf('after the spa turn off the bridge onto the main road and the car park is behind the shop')).toBeNull();
  });
});
