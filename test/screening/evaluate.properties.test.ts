import fc from 'fast-check';
import {
  type Answer,
  type Answers,
  applicableAnswers,
  evaluate,
  nextQuestion,
  OUTCOMES,
  parseScreeningContent,
  type ScreeningContent,
  type ScreeningQuestion,
  SERVICE_IDS,
  severity,
} from '../../src/screening';
import { conditionLeaves } from '../../src/screening/condition';
import { content, rawKnowledge, spa, KNOWLEDGE_DIR } from '../helpers/screening-test-content';
import { loadVocabulary } from '../../src/language/vocabulary';

const ANSWERS = loadVocabulary(KNOWLEDGE_DIR).answers;

/**
 * Questions where "yes" is the safe answer. Everywhere else "yes" names a risk. Listed here, not
 * derived from the rules, so a rule written the wrong way round fails the test.
 */
const PROTECTIVE_QUESTIONS = new Set(['surgeon_clearance']);

const RUNS = { numRuns: 500 };

/**
 * Answers lean towards "no" so that most generated people have few risks: with every answer equally
 * likely, some rule at not_now fires almost always and a wrongly written rule would hide behind it.
 */
function answerArb(q: ScreeningQuestion): fc.Arbitrary<Answer> {
  switch (q.type) {
    case 'yes_no':
      return fc
        .oneof(
          { arbitrary: fc.constant('no' as const), weight: 6 },
          { arbitrary: fc.constantFrom('yes' as const, 'not_sure' as const), weight: 2 },
        )
        .map((value) => ({ kind: 'yes_no', value }) as const);
    case 'number':
      return fc
        .oneof(
          { arbitrary: fc.integer({ min: q.min, max: Math.min(q.max, 400) }), weight: 4 },
          { arbitrary: fc.constant('not_sure' as const), weight: 1 },
        )
        .map((value) => ({ kind: 'number', value }) as const);
    case 'choice': {
      const any = fc.constantFrom(...q.options.map((o) => o.id), 'not_sure');
      // A "none of these" option (the red-flag question) is the safe answer, so it leans that way too.
      const none = q.options.find((o) => o.id === q.noneMeans);
      const value = none
        ? fc.oneof({ arbitrary: fc.constant(none.id), weight: 6 }, { arbitrary: any, weight: 2 })
        : any;
      return value.map((v) => ({ kind: 'choice', value: v }) as const);
    }
  }
}

/** Any mix of answered and unanswered questions (or all answered), each answer valid for its question. */
function answersArb(c: ScreeningContent, complete = false): fc.Arbitrary<Answers> {
  const fields = Object.fromEntries(c.questions.map((q) => [q.id, answerArb(q)]));
  return fc.record(fields, complete ? {} : { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** A question of one of `types` (only the `only` ones when given) and an answer to it. */
function questionAndAnswerArb(
  c: ScreeningContent,
  types: readonly ScreeningQuestion['type'][],
  only?: readonly string[],
) {
  return fc
    .constantFrom(...c.questions.filter((q) => types.includes(q.type) && (!only || only.includes(q.id))))
    .chain((q) => fc.tuple(fc.constant(q), answerArb(q)));
}

const sev = (c: ScreeningContent, answers: Answers) => severity(evaluate(answers, c).outcome);
const withAnswer = (answers: Answers, id: string, answer: Answer): Answers => ({ ...answers, [id]: answer });
const notSureFor = (q: ScreeningQuestion): Answer =>
  q.type === 'yes_no'
    ? { kind: 'yes_no', value: 'not_sure' }
    : q.type === 'number'
      ? { kind: 'number', value: 'not_sure' }
      : { kind: 'choice', value: 'not_sure' };

/**
 * "Yes" to every grouped question that only opens others ("Do any of these apply?", named by no rule):
 * no rule fires on it, and every detail question behind it then counts.
 */
function gatewaysOpened(c: ScreeningContent): Answers {
  const named = new Set(
    c.rules.flatMap((rule) => conditionLeaves(rule.when, '').map((leaf) => leaf.questionId)),
  );
  return Object.fromEntries(
    c.questions
      .filter((q) => q.type === 'yes_no' && !named.has(q.id))
      .map((q) => [q.id, { kind: 'yes_no', value: 'yes' }]),
  ) as Answers;
}

/**
 * The other answers around the one a property varies: half the time none but the grouped questions
 * opened, so one rule's effect is not hidden behind another answer that already makes the outcome urgent
 * (with about 45 questions, a random full set nearly always has one), and the rest any mix.
 */
function contextArb(c: ScreeningContent): fc.Arbitrary<Answers> {
  return fc.oneof(fc.constant(gatewaysOpened(c)), answersArb(c));
}

/** "Not sure" is never safer than any definite answer to the same question. */
function notSureIsNeverSafer(c: ScreeningContent, only?: readonly string[]) {
  return fc.property(
    contextArb(c),
    questionAndAnswerArb(c, ['yes_no', 'choice', 'number'], only),
    (answers, [q, definite]) => {
      expect(sev(c, withAnswer(answers, q.id, notSureFor(q)))).toBeGreaterThanOrEqual(
        sev(c, withAnswer(answers, q.id, definite)),
      );
    },
  );
}

/** Swapping the safe yes/no answer for the risky one never lowers the outcome. */
function riskyAnswerIsNeverSafer(c: ScreeningContent, only?: readonly string[]) {
  return fc.property(contextArb(c), questionAndAnswerArb(c, ['yes_no'], only), (answers, [q]) => {
    const [safe, risky] = PROTECTIVE_QUESTIONS.has(q.id)
      ? (['yes', 'no'] as const)
      : (['no', 'yes'] as const);
    expect(sev(c, withAnswer(answers, q.id, { kind: 'yes_no', value: risky }))).toBeGreaterThanOrEqual(
      sev(c, withAnswer(answers, q.id, { kind: 'yes_no', value: safe })),
    );
  });
}

describe('screening outcomes for any answers (property tests)', () => {
  it('always gives one of the five outcomes, with services only from the catalogue', () => {
    fc.assert(
      fc.property(answersArb(content), (answers) => {
        const result = evaluate(answers, content);
        expect(OUTCOMES).toContain(result.outcome);
        for (const service of result.allowedServices) expect(SERVICE_IDS).toContain(service);
        expect(new Set(result.firedRules).size).toBe(result.firedRules.length);
      }),
      RUNS,
    );
  });

  it('never allows a service after an urgent or not-now outcome, and only the specialist after a referral', () => {
    fc.assert(
      fc.property(answersArb(content), (answers) => {
        const result = evaluate(answers, content);
        if (result.outcome === 'urgent' || result.outcome === 'not_now')
          expect(result.allowedServices).toEqual([]);
        if (result.outcome === 'refer_specialist')
          expect(result.allowedServices).toEqual(['clinical-lymphedema']);
      }),
      RUNS,
    );
  });

  it('never becomes less cautious when one more question is answered, whatever the answer', () => {
    fc.assert(
      fc.property(
        answersArb(content),
        questionAndAnswerArb(content, ['yes_no', 'choice', 'number']),
        (answers, [q, a]) => {
          const { [q.id]: _dropped, ...without } = answers;
          expect(sev(content, withAnswer(without, q.id, a))).toBeGreaterThanOrEqual(sev(content, without));
        },
      ),
      RUNS,
    );
  });

  it('never becomes less cautious when a yes/no answer changes to the risky one', () => {
    fc.assert(riskyAnswerIsNeverSafer(content), RUNS);
  });

  it('treats "not sure" as at least as cautious as any definite answer (yes, no, an option or a number)', () => {
    fc.assert(notSureIsNeverSafer(content), RUNS);
  });

  it('is never less cautious for a younger person or a more recent operation', () => {
    fc.assert(
      fc.property(
        answersArb(content),
        fc.constantFrom('age', 'surgery_days'),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (answers, id, a, b) => {
          const at = (value: number) => sev(content, withAnswer(answers, id, { kind: 'number', value }));
          expect(at(Math.min(a, b))).toBeGreaterThanOrEqual(at(Math.max(a, b)));
        },
      ),
      RUNS,
    );
  });

  it('always finishes: answering whatever is asked reaches the end without repeating a question', () => {
    fc.assert(
      fc.property(answersArb(content, true), (all) => {
        const answers: Record<string, Answer> = {};
        const asked: string[] = [];
        for (let q = nextQuestion(answers, content); q; q = nextQuestion(answers, content)) {
          expect(asked).not.toContain(q.id);
          asked.push(q.id);
          answers[q.id] = all[q.id]!;
        }
        expect(asked.length).toBeLessThanOrEqual(content.questions.length);
        // Urgent stops the check at once: the answer that made it urgent was the last one asked.
        if (evaluate(answers, content).outcome === 'urgent') {
          const { [asked.at(-1)!]: _last, ...before } = answers;
          expect(evaluate(before, content).outcome).not.toBe('urgent');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('always leaves the tummy out in pregnancy, whatever else was answered', () => {
    fc.assert(
      fc.property(answersArb(content), (others) => {
        const answers = withAnswer(
          withAnswer(others, 'surgery_or_pregnancy', { kind: 'yes_no', value: 'yes' }),
          'pregnant',
          {
            kind: 'yes_no',
            value: 'yes',
          },
        );
        expect(applicableAnswers(answers, content).pregnant?.value).toBe('yes');
        expect(evaluate(answers, content).excludedAreas).toContain('abdomen');
      }),
      RUNS,
    );
  });

  it('always leaves the face and neck out with an uncontrolled overactive thyroid, whatever else was answered', () => {
    fc.assert(
      fc.property(answersArb(content), (others) => {
        const answers = withAnswer(
          withAnswer(withAnswer(others, 'conditions_any', { kind: 'yes_no', value: 'yes' }), 'thyroid', {
            kind: 'yes_no',
            value: 'yes',
          }),
          'thyroid_status',
          { kind: 'choice', value: 'overactive_uncontrolled' },
        );
        expect(applicableAnswers(answers, content).thyroid_status?.value).toBe('overactive_uncontrolled');
        expect(evaluate(answers, content).excludedAreas).toContain('face_neck');
      }),
      RUNS,
    );
  });

  it('never narrows the areas left out when one more question is answered', () => {
    fc.assert(
      fc.property(
        answersArb(content),
        questionAndAnswerArb(content, ['yes_no', 'choice', 'number']),
        (answers, [q, a]) => {
          const { [q.id]: _dropped, ...without } = answers;
          const before = evaluate(without, content).excludedAreas;
          const after = evaluate(withAnswer(without, q.id, a), content).excludedAreas;
          for (const area of before) expect(after).toContain(area);
        },
      ),
      RUNS,
    );
  });

  // Each broken rule is looked for through its own question: among every question and answer, the one
  // pair that shows the break is rare enough that 2,000 random runs missed it about one time in ten.
  describe('the properties catch broken rules', () => {
    const broken = (edit: (rules: { id: string; when: { in?: string[] } }[]) => void) => {
      const data = rawKnowledge('screening.yaml') as { rules: { id: string; when: { in?: string[] } }[] };
      edit(data.rules);
      return parseScreeningContent(data, spa, ANSWERS);
    };

    it('fails when a rule forgets "not sure"', () => {
      const c = broken((rules) => {
        rules.find((r) => r.id === 'clot_current')!.when.in = ['yes'];
      });
      expect(fc.check(notSureIsNeverSafer(c, ['clot_now']), { numRuns: 2000 }).failed).toBe(true);
    });

    it('fails when a rule fires on the safe answer', () => {
      const c = broken((rules) => {
        rules.find((r) => r.id === 'blood_thinners_taken')!.when.in = ['no'];
      });
      expect(fc.check(riskyAnswerIsNeverSafer(c, ['blood_thinners']), { numRuns: 2000 }).failed).toBe(true);
    });
  });
});
