import { ContentError } from '../errors';
import { NOT_SURE, YES_NO_VALUES } from './answer';
import { type ConditionLeaf, conditionLeaves } from './condition';
import { NO_SERVICE_OUTCOMES, OUTCOMES } from './outcome';
import type { ScreeningContent, ScreeningQuestion } from './screening-schema';

/**
 * Cross-field checks zod cannot express: every condition names a question that exists (for askIf,
 * one asked earlier) and an answer that question can have, and each outcome carries what the dialog
 * needs. A typo in a rule would otherwise silently never fire, which is the unsafe direction.
 */
export function checkScreeningReferences(content: ScreeningContent, file: string): void {
  const fail = (field: string, problem: string): never => {
    throw new ContentError(file, field, problem);
  };
  const byId = new Map<string, { question: ScreeningQuestion; index: number }>();
  content.questions.forEach((question, index) => {
    if (byId.has(question.id)) fail(`questions.${index}.id`, `duplicate question id "${question.id}"`);
    byId.set(question.id, { question, index });
    if (question.type === 'choice') {
      const seen = new Set<string>();
      const firstWords = new Set<string>();
      question.options.forEach((option, o) => {
        if (seen.has(option.id))
          fail(`questions.${index}.options.${o}.id`, `duplicate option id "${option.id}"`);
        seen.add(option.id);
        // Buttons are cut off in narrow chat panels: keep labels short and different from the first word.
        if (option.label.length > MAX_OPTION_LABEL)
          fail(`questions.${index}.options.${o}.label`, `is longer than ${MAX_OPTION_LABEL} characters`);
        const first = firstWord(option.label);
        if (firstWords.has(first))
          fail(
            `questions.${index}.options.${o}.label`,
            `starts with the same word as another option ("${first}")`,
          );
        firstWords.add(first);
      });
      if (question.noneMeans !== NOT_SURE && !seen.has(question.noneMeans))
        fail(`questions.${index}.noneMeans`, `"${question.noneMeans}" is not an option id or not_sure`);
    }
  });

  const used = new Set<string>();
  const checkLeaf = (leaf: ConditionLeaf, askedBefore?: number): void => {
    const field = `${leaf.path}.${leaf.kind}`;
    const found = byId.get(leaf.questionId) ?? fail(field, `unknown question "${leaf.questionId}"`);
    if (askedBefore !== undefined && found.index >= askedBefore) {
      fail(field, `askIf may only use questions asked earlier, not "${leaf.questionId}"`);
    }
    used.add(leaf.questionId);
    const { question } = found;
    if (leaf.kind === 'number') {
      if (question.type !== 'number') fail(field, `"${leaf.questionId}" is not a number question`);
      return;
    }
    const valid = allowedValues(question);
    leaf.values.forEach((value, i) => {
      if (!valid.includes(value)) {
        fail(
          `${leaf.path}.in.${i}`,
          `"${value}" is not an answer to "${leaf.questionId}" (expected ${valid.join(', ')})`,
        );
      }
    });
  };

  content.questions.forEach((question, index) => {
    if (question.askIf) {
      for (const leaf of conditionLeaves(question.askIf, `questions.${index}.askIf`)) checkLeaf(leaf, index);
    }
    if (question.type === 'yes_no') {
      question.alsoUnderstands.forEach((id, i) => {
        const target = byId.get(id)?.question;
        if (!target) fail(`questions.${index}.alsoUnderstands.${i}`, `unknown question "${id}"`);
        else if (target.type === 'yes_no' && target.yesCues.length === 0) {
          fail(`questions.${index}.alsoUnderstands.${i}`, `"${id}" is a yes/no question without yesCues`);
        }
      });
      question.yesCueSets.forEach((name, i) => {
        if (!(name in content.language.cueSets))
          fail(`questions.${index}.yesCueSets.${i}`, `unknown cue set "${name}" (language.cueSets)`);
      });
    }
  });

  const ruleIds = new Set<string>();
  content.rules.forEach((rule, index) => {
    const path = `rules.${index}`;
    if (ruleIds.has(rule.id)) fail(`${path}.id`, `duplicate rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    for (const leaf of conditionLeaves(rule.when, `${path}.when`)) checkLeaf(leaf);
    if (NO_SERVICE_OUTCOMES.has(rule.outcome) && rule.services) {
      fail(`${path}.services`, `a rule with outcome ${rule.outcome} cannot allow services`);
    }
    if ((rule.outcome === 'needs_clearance' || rule.outcome === 'refer_specialist') && !rule.clinicianKind) {
      fail(
        `${path}.clinicianKind`,
        `is required for outcome ${rule.outcome}, so the person knows whom to ask`,
      );
    }
  });

  content.questions.forEach((question, index) => {
    if (!used.has(question.id))
      fail(`questions.${index}.id`, `"${question.id}" is not used by any rule or askIf`);
  });

  for (const outcome of OUTCOMES) {
    const text = content.outcomes[outcome];
    if (NO_SERVICE_OUTCOMES.has(outcome) && text.services.length > 0) {
      fail(`outcomes.${outcome}.services`, `outcome ${outcome} cannot allow services`);
    }
    if (!NO_SERVICE_OUTCOMES.has(outcome) && text.services.length === 0) {
      fail(`outcomes.${outcome}.services`, 'expected at least one service');
    }
  }
  if (!content.outcomes.needs_clearance.clinicianSummary) {
    fail('outcomes.needs_clearance.clinicianSummary', 'is required');
  }
}

const MAX_OPTION_LABEL = 48;

function firstWord(label: string): string {
  return (
    label
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .find((w) => w.length > 0) ?? ''
  );
}

/** The answer values a question accepts; "not_sure" is accepted everywhere. */
function allowedValues(question: ScreeningQuestion): string[] {
  switch (question.type) {
    case 'yes_no':
      return [...YES_NO_VALUES];
    case 'choice':
      return [...question.options.map((o) => o.id), NOT_SURE];
    case 'number':
      return [NOT_SURE];
  }
}
