import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentError } from '../../src/errors';
import {
  loadScreeningContent,
  parseRedFlagContent,
  parseScreeningContent,
  RED_FLAGS_FILE,
  SCREENING_FILE,
} from '../../src/screening';
import { content, rawKnowledge, redFlags, spa, KNOWLEDGE_DIR } from '../helpers/screening-test-content';
import { loadVocabulary } from '../../src/language/vocabulary';

const ANSWERS = loadVocabulary(KNOWLEDGE_DIR).answers;

// The data is a copy of a real file that each test breaks on purpose; typing it would only get in the way.
// biome-ignore lint/suspicious/noExplicitAny: deliberately malformed content
type Data = Record<string, any>;

/** Runs `parse` on a copy of the real file broken by `edit`, and returns the ContentError it throws. */
function errorFrom(file: string, edit: (data: Data) => void, parse: (data: Data) => unknown): ContentError {
  const data = rawKnowledge(file) as Data;
  edit(data);
  try {
    parse(data);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the content was accepted');
}

const screeningError = (edit: (data: Data) => void) =>
  errorFrom(SCREENING_FILE, edit, (data) => parseScreeningContent(data, spa, ANSWERS));
const ruleIndex = (data: Data, id: string) => (data.rules as { id: string }[]).findIndex((r) => r.id === id);
const questionIndex = (data: Data, id: string) =>
  (data.questions as { id: string }[]).findIndex((q) => q.id === id);

describe('screening.yaml validation at start-up', () => {
  it('accepts the shipped file', () => {
    expect(content.questions.length).toBeGreaterThan(15);
    expect(content.rules.length).toBeGreaterThan(15);
  });

  // Each edit breaks the real file and returns the field the error must name.
  it.each<[string, (data: Data) => string, RegExp]>([
    [
      'a rule naming a question that does not exist',
      (d) => {
        const i = ruleIndex(d, 'clot_current');
        d.rules[i].when = { answer: 'clot_nowz', in: ['yes'] };
        return `rules.${i}.when.answer`;
      },
      /unknown question "clot_nowz"/,
    ],
    [
      'a rule with an answer the question cannot have',
      (d) => {
        const i = ruleIndex(d, 'clot_current');
        d.rules[i].when = { answer: 'clot_now', in: ['yes', 'maybe'] };
        return `rules.${i}.when.in.1`;
      },
      /"maybe" is not an answer to "clot_now"/,
    ],
    [
      'a rule with an option id the choice question does not offer',
      (d) => {
        const i = ruleIndex(d, 'kidney_failure');
        d.rules[i].when = { answer: 'kidney_status', in: ['failure'] };
        return `rules.${i}.when.in.0`;
      },
      /"failure" is not an answer to "kidney_status"/,
    ],
    [
      'a number comparison on a yes/no question, deep inside all/any',
      (d) => {
        const i = ruleIndex(d, 'surgery_cleared');
        d.rules[i].when.all[1].any[0] = { number: 'recent_surgery', lt: 90 };
        return `rules.${i}.when.all.1.any.0.number`;
      },
      /"recent_surgery" is not a number question/,
    ],
    [
      'an askIf that looks at a later question',
      (d) => {
        const i = questionIndex(d, 'surgery_type');
        d.questions[i].askIf = { answer: 'pregnant', in: ['yes'] };
        return `questions.${i}.askIf.answer`;
      },
      /askIf may only use questions asked earlier/,
    ],
    [
      'an unknown outcome',
      (d) => {
        d.rules[0].outcome = 'emergency';
        return 'rules.0.outcome';
      },
      /.+/,
    ],
    [
      'an unknown service id',
      (d) => {
        const i = ruleIndex(d, 'surgery_cleared');
        d.rules[i].services = ['post-op-pack'];
        return `rules.${i}.services.0`;
      },
      /.+/,
    ],
    [
      'services on a not-now rule',
      (d) => {
        const i = ruleIndex(d, 'clot_current');
        d.rules[i].services = ['mld-60'];
        return `rules.${i}.services`;
      },
      /cannot allow services/,
    ],
    [
      'a clearance rule that does not say whom to ask',
      (d) => {
        const i = ruleIndex(d, 'blood_thinners_taken');
        delete d.rules[i].clinicianKind;
        return `rules.${i}.clinicianKind`;
      },
      /is required for outcome needs_clearance/,
    ],
    [
      'two questions with the same id',
      (d) => {
        const i = questionIndex(d, 'lipedema');
        d.questions[i].id = 'lymphedema';
        return `questions.${i}.id`;
      },
      /duplicate question id "lymphedema"/,
    ],
    [
      'a question no rule or askIf uses',
      (d) => {
        d.questions.push({ id: 'favourite_colour', type: 'yes_no', summary: 'Colour', text: 'Blue?', help: 'No reason.' });
        return `questions.${d.questions.length - 1}.id`;
      },
      /not used by any rule or askIf/,
    ],
    [
      'an option label that starts like another option, which a narrow chat panel would cut off',
      (d) => {
        const q = d.questions.find((x: { id: string }) => x.id === 'surgery_type');
        q.options[1].label = 'Liposuction of the tummy';
        return `questions.${d.questions.indexOf(q)}.options.1.label`;
      },
      /starts with the same word/,
    ],
    [
      'a "None of these" meaning that is not an option',
      (d) => {
        const q = d.questions.find((x: { id: string }) => x.id === 'heart_condition_type');
        q.noneMeans = 'healthy';
        return `questions.${d.questions.indexOf(q)}.noneMeans`;
      },
      /not an option id or not_sure/,
    ],
    [
      'an unknown spa placeholder',
      (d) => {
        d.outcomes.urgent.next = 'Call {{spa.fax}} now.';
        return 'outcomes.urgent.next';
      },
      /unknown placeholder \{\{spa\.fax\}\}/,
    ],
    [
      'an empty question text',
      (d) => {
        d.questions[0].text = '  ';
        return 'questions.0.text';
      },
      /must not be empty/,
    ],
  ])('rejects %s, naming the file and the field', (_name, edit, problem) => {
    let field = '';
    const error = screeningError((d) => {
      field = edit(d);
    });
    expect(error.file).toBe('screening.yaml');
    expect(error.field).toBe(field);
    expect(error.problem).toMatch(problem);
    expect(error.message).toBe(`screening.yaml: ${field}: ${error.problem}`);
  });

  it('names the file when it is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lymph-screening-'));
    try {
      expect(() => loadScreeningContent(dir, spa)).toThrow(ContentError);
      writeFileSync(path.join(dir, SCREENING_FILE), 'questions: [\n');
      expect(() => loadScreeningContent(dir, spa)).toThrow(/^screening\.yaml: line \d+: is not valid YAML$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('red-flags.yaml validation at start-up', () => {
  const redFlagError = (edit: (data: Data) => void) =>
    errorFrom(RED_FLAGS_FILE, edit, (data) => parseRedFlagContent(data, spa));

  it('accepts the shipped file and fills in the emergency number', () => {
    expect(redFlags.flags.length).toBeGreaterThanOrEqual(5);
    for (const flag of redFlags.flags) expect(flag.advice).not.toMatch(/\{\{/);
    expect(redFlags.flags.find((f) => f.id === 'chest_or_breathing')?.advice).toContain(spa.emergencyNumber);
  });

  it('rejects a pattern naming an unknown concept', () => {
    const error = redFlagError((d) => {
      d.flags[0].patterns[0].all[1] = 'chest_pains';
    });
    expect([error.file, error.field]).toEqual(['red-flags.yaml', 'flags.0.patterns.0.all.1']);
    expect(error.problem).toMatch(/unknown concept "chest_pains"/);
  });

  it('rejects a definition question naming an unknown concept (it would set no name aside, silently)', () => {
    const error = redFlagError((d) => {
      d.definitions.names[0] = 'sepsis_words';
    });
    expect([error.file, error.field]).toEqual(['red-flags.yaml', 'definitions.names.0']);
    expect(error.problem).toMatch(/unknown concept "sepsis_words"/);
  });

  it('rejects a concept no pattern uses', () => {
    const error = redFlagError((d) => {
      d.concepts.sneezing = ['sneeze'];
    });
    expect([error.file, error.field]).toEqual(['red-flags.yaml', 'concepts.sneezing']);
  });

  it('rejects advice with an unknown placeholder', () => {
    const error = redFlagError((d) => {
      d.flags[1].advice = 'Call {{spa.emergency}}.';
    });
    expect([error.file, error.field]).toEqual(['red-flags.yaml', 'flags.1.advice']);
  });
});
