import { parseAnswer } from '../../src/screening';
import { content, question } from '../helpers/screening-test-content';

const parse = (id: string, text: string) => parseAnswer(question(id), text, content);
const answerValue = (id: string, text: string) => {
  const parsed = parse(id, text);
  return parsed.understood ? parsed.answer.value : 'NOT UNDERSTOOD';
};

describe('understanding yes / no / not sure in free text', () => {
  it.each([
    ['yes', 'yes'],
    ['Yes', 'yes'],
    ['yeah', 'yes'],
    ['yep', 'yes'],
    ['ya', 'yes'],
    ['sure', 'yes'],
    ['I do', 'yes'],
    ['yesss', 'yes'],
    ['no', 'no'],
    ['nope', 'no'],
    ['nah', 'no'],
    ['no never', 'no'],
    ['nooo', 'no'],
    ['I have never had one', 'no'],
    ['definitely not', 'no'],
    ["I'm not", 'no'],
    ['dunno', 'not_sure'],
    ['idk', 'not_sure'],
    ['not sure', 'not_sure'],
    ['Not sure', 'not_sure'],
    ['maybe', 'not_sure'],
    ['i think so', 'not_sure'],
    ["I don't think so", 'not_sure'],
    ['no idea', 'not_sure'],
    ['probably not', 'not_sure'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(answerValue('clot_now', text)).toBe(expected);
  });

  it.each(['banana', 'yes no', 'what do you mean?', ''])(
    'asks again after "%s" instead of guessing',
    (text) => {
      expect(parse('clot_now', text)).toEqual({ understood: false });
    },
  );

  it('never turns an uncertain answer into no', () => {
    for (const text of ['no idea', 'not sure tbh', "don't know", "can't remember", 'no clue']) {
      expect(answerValue('blood_thinners', text)).toBe('not_sure');
    }
  });
});

describe('understanding numbers', () => {
  it.each([
    ['two weeks ago', 14],
    ['2 wks', 14],
    ['2wks', 14],
    ['10 days', 10],
    // A month counts as 4 weeks, the safe reading for "in the last 3 months" (screening.yaml).
    ['a month ago', 28],
    ['3 months', 84],
    ['a couple of weeks', 14],
    ['yesterday', 1],
    ['6 weeks', 42],
    ['12', 12],
    ['dunno', 'not_sure'],
  ])('reads "%s" as %s days since surgery', (text, expected) => {
    expect(answerValue('surgery_days', text)).toBe(expected);
  });

  it.each([
    ["I'm 16", 16],
    ['16', 16],
    ['sixteen', 16],
    ['forty-two', 42],
    ['42 years old', 42],
    ['not sure', 'not_sure'],
  ])('reads "%s" as age %s', (text, expected) => {
    expect(answerValue('age', text)).toBe(expected);
  });

  it.each(['200', 'prefer not to say', 'ages ago'])('asks again after "%s"', (text) => {
    const id = text === 'ages ago' ? 'surgery_days' : 'age';
    expect(parse(id, text)).toEqual({ understood: false });
  });
});

describe('understanding choices', () => {
  it.each([
    ['surgery_type', 'Liposuction', 'liposuction'],
    ['surgery_type', 'lipo', 'liposuction'],
    ['surgery_type', 'Tummy tuck (abdominoplasty)', 'abdominoplasty'],
    ['surgery_type', 'knee replacement', 'orthopaedic'],
    ['surgery_type', 'BBL', 'bbl'],
    ['surgery_type', 'not sure', 'not_sure'],
    ['heart_condition_type', 'not well controlled', 'not_controlled'],
    ['heart_condition_type', 'well controlled', 'controlled'],
    ['heart_condition_type', 'not sure if its controlled', 'not_sure'],
    ['pregnancy_trimester', '2nd', 'second'],
    ['thyroid_status', 'hypothyroid', 'managed'],
    ['cancer_status', 'having chemo', 'in_treatment'],
  ])('%s: reads "%s" as %s', (id, text, expected) => {
    expect(answerValue(id, text)).toBe(expected);
  });

  it('asks again when the reply names two options', () => {
    expect(parse('surgery_type', 'lipo and bbl')).toEqual({ understood: false });
  });
});

describe('answers that also settle the next questions', () => {
  it('"had lipo 2 weeks ago" is a yes to recent surgery, plus liposuction, 14 days ago', () => {
    expect(parse('recent_surgery', 'had lipo 2 weeks ago')).toEqual({
      understood: true,
      answer: { kind: 'yes_no', value: 'yes' },
      inferred: {
        surgery_type: { kind: 'choice', value: 'liposuction' },
        surgery_days: { kind: 'number', value: 14 },
      },
    });
  });

  it('keeps the person\'s own "not sure" while still taking the surgery type', () => {
    expect(parse('recent_surgery', 'not sure, maybe lipo')).toEqual({
      understood: true,
      answer: { kind: 'yes_no', value: 'not_sure' },
      inferred: { surgery_type: { kind: 'choice', value: 'liposuction' } },
    });
  });

  it('takes nothing else from a no', () => {
    expect(parse('recent_surgery', 'no, never had lipo')).toEqual({
      understood: true,
      answer: { kind: 'yes_no', value: 'no' },
      inferred: {},
    });
  });

  it('does not read a count of things as days', () => {
    expect(parse('recent_surgery', 'yes, 2 operations')).toEqual({
      understood: true,
      answer: { kind: 'yes_no', value: 'yes' },
      inferred: {},
    });
  });

  it('understands the trimester and the cancer treatment in the same way', () => {
    expect(parse('pregnant', 'yes, in my second trimester')).toMatchObject({
      answer: { value: 'yes' },
      inferred: { pregnancy_trimester: { kind: 'choice', value: 'second' } },
    });
    expect(parse('cancer', 'yes im having chemo')).toMatchObject({
      answer: { value: 'yes' },
      inferred: { cancer_status: { kind: 'choice', value: 'in_treatment' } },
    });
  });
});

describe('button presses (the channel sends the label as text)', () => {
  const choices = content.questions.flatMap((q) =>
    q.type === 'choice' ? q.options.map((o) => [q.id, o.label, o.id] as const) : [],
  );

  it.each(choices)('%s: "%s" is %s', (id, label, optionId) => {
    expect(answerValue(id, label)).toBe(optionId);
  });

  it.each([
    ['Yes', 'yes'],
    ['No', 'no'],
    ['Not sure', 'not_sure'],
  ])('every yes/no question understands "%s"', (label, value) => {
    for (const q of content.questions.filter((x) => x.type === 'yes_no'))
      expect(answerValue(q.id, label)).toBe(value);
  });
});
