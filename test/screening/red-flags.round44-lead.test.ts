import { expectNotUrgent as calm, expectUrgentIn as urgent } from '../helpers/other-language-reading';
import { flagOf } from '../helpers/screening-test-content';

// Round 44, the lead's reread of the tuners' new stand-down words: each list below silenced real emergencies that
// contain the same word. Messages written for this test (not from any batch). Each block also keeps the everyday
// reading the stand-down was added for.

describe('stepping off a height: only a purpose stands it down, not "out onto" or "to hang"', () => {
  it.each([
    'the window is open and I am going to climb out onto the sill and let myself fall',
    'standing at the window, gonna step out onto the ledge and that is it',
  ])('"%s" gets the crisis advice', (text) => {
    expect(flagOf(text)).toBe('crisis_self_harm');
  });
  it.each([
    'stepping out onto the balcony for some air, back in 5',
    'just going to step out onto the balcony to hang the washing, brb',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});

describe('a lethal amount asked with the hour of a plan is a crisis; waking in the night to pee is not', () => {
  it('"which of my pills would I take at 2 so I dont wake up ever" gets the crisis advice', () => {
    expect(flagOf('which of my pills would I take at 2 so I dont wake up ever')).toBe('crisis_self_harm');
  });
  it('"what dose of melatonin so I dont wake up in the middle of the night" stays calm', () => {
    expect(flagOf('what dose of melatonin so I dont wake up in the middle of the night')).toBeNull();
  });
});

describe('other languages: putting things in order, a booking or work beside a plan to end it all is no task', () => {
  it.each([
    ['ko', '다 정리했어요. 오늘 밤 다 끝낼 거예요'],
    ['ko', '오늘 밤 다 끝낼 준비가 됐어요'],
    ['ko', '다 끝낼 수 있을 것 같아요 오늘 밤에'],
    ['id', 'maaf batalin sesi pijat besok, semua lebih baik kalau aku ga ada'],
    ['tl', 'pagod na ako sa trabaho at sa lahat, gusto ko nang tapusin lahat ngayong gabi'],
  ] as const)('%s: "%s" gets the crisis advice', (code, text) => urgent(code, text, 'crisis'));
  it.each([
    'gusto ko tapusin lahat ng trabaho ko ngayong gabi',
    '오늘 밤에 숙제 다 끝낼 거예요',
    'хочу порізати цибулю для супу',
  ])('"%s" stays calm', (text) => calm(text));
});

// Round 44, the lead's reread of fa44 (a definition asked sets the name aside): a name asked about and then told as
// happening with "one" standing for it was already missed before ("whats a heart attack feel like, think im having one"),
// and fa44's stand-down made that shape common. "Having one" after the name now tells it as now, unless "if" comes before.
describe('a condition named, then told as happening with "one", is an event', () => {
  it.each([
    ['whats a heart attack feel like, think im having one', 'chest_or_breathing'],
    ['what is a stroke, I think my dad is having one', 'stroke_signs'],
    ['what does a stroke look like because I think mum is having one right now', 'stroke_signs'],
  ])('"%s" gets urgent advice', (text, flag) => {
    expect(flagOf(text)).toBe(flag);
  });
  it.each([
    'what does it feel like if you are having one, a stroke I mean',
    'my husband had a stroke in 2019, what are the chances of having one again',
    'what is sepsis? the school sent a leaflet',
  ])('"%s" stays calm', (text) => {
    expect(flagOf(text)).toBeNull();
  });
});
