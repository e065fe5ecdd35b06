import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { kbCheck } from '../../src/kb';
import { loadUrgencyRules, readFlagAdvice, type UrgencyLint, UrgencyRules } from '../../src/kb/urgency-lint';
import { articleText, miniCopy, REAL_DIR, removeCopies } from '../helpers/kb';

afterAll(removeCopies);

const TODAY = new Date('2026-06-01T12:00:00Z');
const table = YAML.parse(readFileSync(path.join(REAL_DIR, 'urgency-lint.yaml'), 'utf8')) as UrgencyLint;
const rules = loadUrgencyRules(REAL_DIR);
const requiredFor = (symptom: string) => table.symptoms.find((s) => s.id === symptom)!.requires;

describe('urgency lint: advice no weaker than the red flag for the same symptom', () => {
  // [sentence(s), symptom flagged (null: none), the advice level it found]
  const cases: [string, string | null, string | null][] = [
    [
      'Seek urgent care for a swollen, painful calf, chest pain or breathlessness.',
      'chest_pain_or_breathlessness',
      'same_day',
    ],
    [
      'Swelling with shortness of breath should be checked by a doctor.',
      'chest_pain_or_breathlessness',
      'see_doctor',
    ],
    ['Chest pain or sudden breathlessness: call {{spa.emergencyNumber}} now.', null, null],
    ['Chest pain after surgery is never normal. Call {{spa.emergencyNumber}} now.', null, null],
    [
      'Chest pain after surgery is never normal. Tell your doctor at your next visit.',
      'chest_pain_or_breathlessness',
      'see_doctor',
    ],
    ['A painful calf is worth raising with a doctor.', 'possible_blood_clot', 'see_doctor'],
    ['A swollen, painful calf: get medical help today.', null, null],
    ['Redness that spreads needs a doctor.', 'spreading_redness', 'see_doctor'],
    ['A wound that leaks pus needs your surgeon the same day.', null, null],
    ['Coughing up blood needs urgent care.', 'coughing_blood', 'same_day'],
    // Describing a symptom without advice is not judged.
    ['MLD does not cause chest pain.', null, null],
  ];

  it.each(cases)('%s', (text, symptom, given) => {
    const findings = rules.findWeakAdvice(text);
    expect(findings.map((f) => f.symptom)).toEqual(symptom === null ? [] : [symptom]);
    expect(findings.map((f) => f.given)).toEqual(given === null ? [] : [given]);
    expect(findings.map((f) => f.required)).toEqual(symptom === null ? [] : [requiredFor(symptom)]);
  });

  it('judges a list item by the line that leads its list', () => {
    const urgentList = `Call {{spa.emergencyNumber}} right away for:\n- chest pain\n- coughing up blood`;
    expect(rules.findWeakAdvice(urgentList)).toEqual([]);
    const sameDayList = 'Get medical help the same day for:\n- chest pain\n- a painful calf';
    expect(rules.findWeakAdvice(sameDayList).map((f) => f.symptom)).toEqual(['chest_pain_or_breathlessness']);
  });

  it('agrees with every flag it names that the real red-flags.yaml has', () => {
    expect(rules.flagMismatches(readFlagAdvice(REAL_DIR)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it("warns when none of a symptom's flags exists, and fails a flag that advises less than required", () => {
    const [gone, weak] = [table.symptoms[0]!, table.symptoms[1]!];
    const flags = readFlagAdvice(REAL_DIR)
      .filter((flag) => !gone.flags.includes(flag.id))
      .map((flag) => (weak.flags.includes(flag.id) ? { ...flag, advice: 'Please see a doctor.' } : flag));
    const problems = new UrgencyRules(table).flagMismatches(flags);
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', field: 'symptoms.0.flags' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', field: 'symptoms.1.requires' }),
    );
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(
      flags.filter((flag) => weak.flags.includes(flag.id)).map(() => 'symptoms.1.requires'),
    );
  });
});

describe('kb:check with the urgency lint', () => {
  const urgency = readFileSync(path.join(REAL_DIR, 'urgency-lint.yaml'), 'utf8');
  const redFlags = readFileSync(path.join(REAL_DIR, 'red-flags.yaml'), 'utf8');
  const body =
    'Swelling after surgery is common and usually settles over a few weeks with rest, walking and the ' +
    'garment your surgeon gave you. A gentle session can feel soothing, though the research is small. ' +
    'Seek urgent care for chest pain or breathlessness after surgery, and tell the clinic before your session.';

  it('reports an article that gives weaker advice than the red flag, naming the sentence', () => {
    const dir = miniCopy({
      'urgency-lint.yaml': () => urgency,
      'red-flags.yaml': () => redFlags,
      'articles/after-surgery-test.md': () =>
        articleText({ id: 'after-surgery-test', questions: ['w', 'x', 'y', 'z'], body }),
    });
    const problems = kbCheck(dir, TODAY).filter(
      (p) => p.file === 'articles/after-surgery-test.md' && p.severity === 'error',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'body',
        message: expect.stringContaining('Seek urgent care for chest pain'),
      }),
    ]);
    expect(problems[0]!.message).toContain(
      table.symptoms.find((s) => s.id === 'chest_pain_or_breathlessness')!.flags[0],
    );
  });

  it('accepts the same article once it says to call the emergency number', () => {
    const fixed = body.replace(
      'Seek urgent care for chest pain or breathlessness after surgery',
      'Chest pain or breathlessness after surgery: call {{spa.emergencyNumber}} now',
    );
    const dir = miniCopy({
      'urgency-lint.yaml': () => urgency,
      'red-flags.yaml': () => redFlags,
      'articles/after-surgery-test.md': () =>
        articleText({ id: 'after-surgery-test', questions: ['w', 'x', 'y', 'z'], body: fixed }),
    });
    expect(kbCheck(dir, TODAY).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
