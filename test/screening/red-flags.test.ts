import { detectRedFlag } from '../../src/screening';
import { readFixture, redFlags, spa } from './screening-test-content';

interface RedFlagSet {
  urgent: { flag: string; text: string }[];
  not_urgent: string[];
}

const set = readFixture<RedFlagSet>('red-flags.yaml');
const detect = (text: string) => detectRedFlag(text, redFlags);

/** The most false alarms we accept on the look-alike set. */
const MAX_FALSE_ALARM_RATE = 0.05;

describe('red-flag detector on the labelled set (test/fixtures/red-flags.yaml)', () => {
  const misses = set.urgent.filter((m) => detect(m.text) === null);
  const falseAlarms = set.not_urgent.filter((text) => detect(text) !== null);
  const recall = 1 - misses.length / set.urgent.length;
  const falseAlarmRate = falseAlarms.length / set.not_urgent.length;

  beforeAll(() => {
    console.log(
      `red flags: recall ${(recall * 100).toFixed(1)}% (${set.urgent.length - misses.length}/${set.urgent.length}), ` +
        `false alarms ${(falseAlarmRate * 100).toFixed(1)}% (${falseAlarms.length}/${set.not_urgent.length})`,
    );
  });

  it('is a set of at least 100 messages, about half of them urgent', () => {
    const total = set.urgent.length + set.not_urgent.length;
    expect(total).toBeGreaterThanOrEqual(100);
    expect(set.urgent.length / total).toBeGreaterThan(0.4);
    expect(set.not_urgent.length / total).toBeGreaterThan(0.4);
  });

  it('gives urgent advice for every urgent message (recall 100%)', () => {
    expect(misses.map((m) => m.text)).toEqual([]);
  });

  it(`raises a false alarm on at most ${MAX_FALSE_ALARM_RATE * 100}% of look-alikes`, () => {
    expect(falseAlarmRate).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
  });

  it('names the expected kind of emergency', () => {
    const wrong = set.urgent
      .map((m) => ({ text: m.text, expected: m.flag, got: detect(m.text)?.flagId }))
      .filter((r) => r.got !== undefined && r.got !== r.expected);
    expect(wrong).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    'no chest pain',
    "my calf isn't swollen or hot",
    'my calf isnt swollen or painful',
    "I don't have a fever or any redness spreading",
    'never had chest pain',
    'without any chest tightness',
    'not short of breath',
    'No swelling, pain or redness in my calf',
    'nope, no chest pain and no breathlessness',
    'my leg is not red, not hot and not swollen',
  ])('stays quiet for "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ['no idea why my calf is hot and swollen', 'blood_clot_limb'],
    ['not sure if its a clot but my leg is red and swollen', 'blood_clot_limb'],
    ['no fever, but my chest feels really tight', 'chest_or_breathing'],
    ["I don't have a fever but the redness on my arm is spreading", 'spreading_infection'],
    ["my calf isn't swollen but it is hot and painful", 'blood_clot_limb'],
    ['no pain in my chest, my calf is red and swollen', 'blood_clot_limb'],
    ["I've never felt anything like this chest pain", 'chest_or_breathing'],
  ])('still fires when the negation is about something else: "%s"', (text, flagId) => {
    expect(detect(text)?.flagId).toBe(flagId);
  });
});

describe('everyday look-alikes', () => {
  it.each([
    'my ankles get puffy after a long shift',
    'a bit tired after my session',
    'legs feel heavy after flying',
    'chest day at the gym',
    'had a heavy chest day lol',
    "I'm a bit red after the facial",
    'my calves are sore from running',
    'my face feels puffy and droopy after the facial',
    'My leg was hot and swollen last year when I had cellulitis, it is fine now',
  ])('stays quiet for "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe('messy chat text', () => {
  it.each([
    'my calf is SWOLEN and HOT!!!',
    'calf swolllen n sore',
    'my leg’s really red and it hurts',
    "u know my calf's well hot and tender",
    'cnt breathe',
    'i can not breathe',
    'chest pian',
  ])('understands "%s"', (text) => {
    expect(detect(text)).not.toBeNull();
  });

  it('reads a symptom split over two sentences when the second refers back', () => {
    expect(detect('My calf has been killing me all day. It is hot and swollen now.')?.flagId).toBe(
      'blood_clot_limb',
    );
  });

  it('finds a symptom buried in a long message', () => {
    const filler = 'I loved the session and the room was lovely. '.repeat(20);
    expect(detect(`${filler}Also my chest feels tight since lunch. ${filler}`)?.flagId).toBe(
      'chest_or_breathing',
    );
  });
});

describe('the advice', () => {
  it('gives the most urgent flag first when a message has several', () => {
    expect(detect('my calf is hot and swollen and now I have chest pain')?.flagId).toBe('chest_or_breathing');
  });

  it("includes the spa's emergency number from spa.yaml", () => {
    expect(detect('I have chest pain')?.advice).toContain(spa.emergencyNumber);
    expect(detect('my calf is hot and swollen')?.advice).toContain(spa.emergencyNumber);
  });
});
