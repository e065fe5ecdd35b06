import { parseAnswer } from '../../src/screening';
import { content, question } from '../helpers/screening-test-content';

/** Round 20 (und20c), issue 12 item 4: hedges, contrasts, the past on "ever" questions, medicine paused for a visit. */
const read = (id: string, text: string) => {
  const parsed = parseAnswer(question(id), text, content);
  return parsed.understood ? String(parsed.answer.value) : 'unclear';
};

describe('a question about ever takes the past as a yes', () => {
  it.each([
    ['clot_past', 'not lately, I had one in my calf back in 2011'],
    ['clot_past', 'a long time ago, when I was on the pill'],
    ['cancer', 'not any more, bowel cancer nine years ago'],
    ['cancer', 'had a melanoma cut out in 2016'],
    ['conditions_any', 'nothing now, but I had a DVT a few years back'],
  ])('%s: "%s" is yes', (id, text) => {
    expect(read(id, text)).toBe('yes');
  });

  it('still reads a negated past as no', () => {
    expect(read('clot_past', 'never had one')).toBe('no');
    expect(read('cancer', 'no, never')).toBe('no');
  });

  it('does not make the past a yes on questions about now', () => {
    expect(read('clot_now', 'no, that was years ago')).toBe('no');
  });
});

describe('a no that the person qualifies is not a plain no', () => {
  it.each([
    ['infection_now', 'no fever, though my throat is scratchy'],
    ['conditions_any', 'no, only a bit of asthma'],
    ['blood_thinners', 'nope, apart from cod liver oil'],
  ])('%s: "%s" is asked again', (id, text) => {
    expect(read(id, text)).toBe('unclear');
  });

  it('lets a cue in the qualifier say yes', () => {
    expect(read('infection_now', 'no temperature but the GP put me on penicillin... antibiotics for my ear')).toBe('yes');
    expect(read('heart_condition', 'nothing serious, only an irregular heartbeat')).toBe('yes');
  });

  it('keeps a plain no', () => {
    expect(read('infection_now', 'no, all fine here')).toBe('no');
  });
});

describe('hedges are never a no', () => {
  it.each([
    ['liver_disease', 'not as far as I know'],
    ['kidney_disease', 'not to my knowledge'],
    ['thyroid', 'borderline, they keep re-testing'],
    ['infection_now', 'a cold sore on my lip, does it count'],
  ])('%s: "%s" is not sure', (id, text) => {
    expect(read(id, text)).toBe('not_sure');
  });

  it('asks "not really" again rather than reading it', () => {
    expect(read('low_blood_pressure', 'not really')).toBe('unclear');
    expect(read('red_flag_symptoms', 'not really')).toBe('unclear');
    expect(read('conditions_any', 'not really, apart from a clot in 2009')).toBe('yes');
  });
});

describe('a blood thinner paused for the visit is still taken', () => {
  it.each([
    'I paused my edoxaban for the massage',
    'holding off the warfarin until after',
    "I'm skipping them this week so I don't bruise",
  ])('"%s" is yes', (text) => {
    expect(read('blood_thinners', text)).toBe('yes');
  });

  it('a medicine stopped long ago by the doctor is a no', () => {
    expect(read('blood_thinners', 'not anymore, the hospital took me off them in 2019')).toBe('no');
  });
});

describe('word forms', () => {
  it('reads "swells" and "clots" like the cue lists\' "swelling" and "clot"', () => {
    expect(read('swelling_any', 'my feet swell up in summer')).toBe('yes');
    expect(read('conditions_any', 'two clots in my leg years ago')).toBe('yes');
  });
});
