import {
  clinicianSummary,
  evaluate,
  isScreeningComplete,
  nextQuestion,
  OUTCOMES,
  rulesVersion,
} from '../../src/screening';
import { parseScreeningContent } from '../../src/screening/screening-content';
import { answersFrom, content, rawKnowledge, readFixture, spa, KNOWLEDGE_DIR } from '../helpers/screening-test-content';
import { loadVocabulary } from '../../src/language/vocabulary';

const ANSWERS = loadVocabulary(KNOWLEDGE_DIR).answers;

interface DecisionCase {
  name: string;
  answers: Record<string, string | number>;
  outcome: string;
  fired: string[];
  clinician?: string;
  services: string[];
  excludedAreas?: string[];
}

const table = readFixture<{ baseline: Record<string, string | number>; cases: DecisionCase[] }>(
  'screening-answers.yaml',
);
const answersFor = (c: DecisionCase) => answersFrom({ ...table.baseline, ...c.answers });

describe('screening decision table (test/fixtures/screening-answers.yaml)', () => {
  it.each(table.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluate(answersFor(c), content);
    expect(result.outcome).toBe(c.outcome);
    expect(result.firedRules).toEqual(c.fired);
    expect([...result.allowedServices].sort()).toEqual([...c.services].sort());
    expect(result.clinicianKind).toBe(c.clinician);
    expect(result.reasons.map((r) => r.ruleId)).toEqual(c.fired);
    expect([...result.excludedAreas].sort()).toEqual([...(c.excludedAreas ?? [])].sort());
  });

  it('fires every rule in screening.yaml at least once', () => {
    const fired = new Set(table.cases.flatMap((c) => evaluate(answersFor(c), content).firedRules));
    const neverFired = content.rules.map((r) => r.id).filter((id) => !fired.has(id));
    expect(neverFired).toEqual([]);
  });

  it('reaches every outcome at least once', () => {
    const reached = new Set(table.cases.map((c) => evaluate(answersFor(c), content).outcome));
    expect(OUTCOMES.filter((o) => !reached.has(o))).toEqual([]);
  });

  it('asks no further question once each case is fully answered', () => {
    const unfinished = table.cases
      .filter((c) => !isScreeningComplete(answersFor(c), content))
      .map((c) => c.name);
    expect(unfinished).toEqual([]);
  });
});

describe('what the person is told', () => {
  it('shows each fired rule as a plain-language reason from screening.yaml', () => {
    const result = evaluate(answersFrom({ other_cautions: 'yes', blood_thinners: 'yes', age: 16 }), content);
    const byRule = new Map(content.rules.map((r) => [r.id, r.reason]));
    expect(result.reasons.map((r) => r.text)).toEqual(result.firedRules.map((id) => byRule.get(id)));
  });

  it('gives a clinician summary naming every clinician and only the clearance reasons', () => {
    const result = evaluate(
      answersFrom({
        surgery_or_pregnancy: 'yes',
        pregnant: 'yes',
        pregnancy_trimester: 'second',
        other_cautions: 'yes',
        blood_thinners: 'yes',
      }),
      content,
    );
    const summary = clinicianSummary(result, content)!;
    expect(summary).toContain(content.clinicians.obstetrician_or_midwife);
    expect(summary).toContain(content.clinicians.doctor);
    expect(summary).toContain(spa.name);
    for (const reason of result.reasons) expect(summary).toContain(reason.text);
    expect(summary).not.toMatch(/\{\{/);
  });

  it('gives no clinician summary when no clearance is needed', () => {
    expect(clinicianSummary(evaluate(answersFrom({ lymphedema: 'yes' }), content), content)).toBeNull();
    expect(clinicianSummary(evaluate({}, content), content)).toBeNull();
  });

  it("puts the spa's emergency number in the urgent outcome text", () => {
    expect(content.outcomes.urgent.next).toContain(spa.emergencyNumber);
    expect(content.outcomes.urgent.next).not.toMatch(/\{\{/);
  });
});

describe('question flow', () => {
  it('starts with the red-flag question', () => {
    expect(nextQuestion({}, content)?.id).toBe('red_flag_symptoms');
  });

  it('stops at once after an urgent answer instead of asking more', () => {
    expect(nextQuestion(answersFrom({ red_flag_symptoms: 'not_sure' }), content)).toBeNull();
  });

  it('asks about the surgery only after a yes or not sure to recent surgery', () => {
    const asked = (answers: Record<string, string | number>) =>
      nextQuestion(answersFrom(answers), content)?.id;
    const before = { red_flag_symptoms: 'none', treatment_area: 'all', unwell_now: 'no' };
    expect(asked({ ...before, conditions_any: 'no' })).toBe('surgery_or_pregnancy');
    // "No" to an operation, a pregnancy or a baby skips every question about them.
    expect(asked({ ...before, conditions_any: 'no', surgery_or_pregnancy: 'no' })).toBe('swelling_any');
    const upToSurgery = { ...before, conditions_any: 'no', surgery_or_pregnancy: 'yes' };
    expect(asked({ ...upToSurgery, recent_surgery: 'no' })).toBe('pregnant');
    expect(asked({ ...upToSurgery, recent_surgery: 'not_sure' })).toBe('surgery_type');
    expect(asked({ ...upToSurgery, recent_surgery: 'yes', surgery_type: 'bbl' })).toBe('surgery_days');
    expect(asked({ ...upToSurgery, recent_surgery: 'yes', surgery_type: 'bbl', surgery_days: 10 })).toBe(
      'surgeon_clearance',
    );
    // Surgery long ago is not recent: no clearance question.
    expect(asked({ ...upToSurgery, recent_surgery: 'yes', surgery_type: 'bbl', surgery_days: 200 })).toBe(
      'pregnant',
    );
  });

  it('after a not-now answer asks only what could still make it urgent', () => {
    const notNow = answersFrom({ red_flag_symptoms: 'none', treatment_area: 'all', unwell_now: 'yes', clot_now: 'yes' });
    expect(evaluate(notNow, content).outcome).toBe('not_now');
    // Pregnancy leads to the pre-eclampsia question (urgent); the clearance questions are skipped.
    expect(nextQuestion(notNow, content)?.id).toBe('surgery_or_pregnancy');
    expect(nextQuestion({ ...notNow, ...answersFrom({ surgery_or_pregnancy: 'no' }) }, content)).toBeNull();
    const opened = { ...notNow, ...answersFrom({ surgery_or_pregnancy: 'yes' }) };
    expect(nextQuestion(opened, content)?.id).toBe('pregnant');
    expect(nextQuestion({ ...opened, ...answersFrom({ pregnant: 'no' }) }, content)).toBeNull();
  });

  it('ignores answers left over from a branch the person has left', () => {
    const stale = answersFrom({
      ...table.baseline,
      recent_surgery: 'no',
      surgery_type: 'liposuction',
      surgery_days: 5,
      surgeon_clearance: 'no',
    });
    expect(evaluate(stale, content).outcome).toBe('suitable');
  });

  it('asks again when a stored answer does not fit its question', () => {
    const answers = { ...answersFrom(table.baseline), age: { kind: 'number' as const, value: 400 } };
    expect(nextQuestion(answers, content)?.id).toBe('age');
  });
});

describe('rules version for the audit trail', () => {
  it('is a short hex hash that stays the same for the same content', () => {
    const again = parseScreeningContent(rawKnowledge('screening.yaml'), spa, ANSWERS);
    expect(rulesVersion(content)).toMatch(/^[0-9a-f]{12}$/);
    expect(rulesVersion(again)).toBe(rulesVersion(content));
  });

  it('changes when a rule changes', () => {
    const data = rawKnowledge('screening.yaml') as { rules: { reason: string }[] };
    data.rules[0]!.reason = 'A different reason.';
    expect(rulesVersion(parseScreeningContent(data, spa, ANSWERS))).not.toBe(rulesVersion(content));
  });
});
