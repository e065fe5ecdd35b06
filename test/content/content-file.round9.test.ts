import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { RegexSource, readPatternFile, WORD_LISTS_FILE } from '../../src/content/content-file';
import { ContentError } from '../../src/errors';
import { loadIntents } from '../../src/language/intents-content';
import { loadRouting } from '../../src/language/message-router';

/**
 * Round 9: a word list several patterns share lives once, in knowledge/word-lists.yaml, and a pattern names it as
 * {{name}}. Checked on a throw-away knowledge folder, and on the real one (the words for being ill).
 */
const Patterns = z.object({ cues: z.array(RegexSource) }).strict();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'word-lists-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);

describe('patterns that name a word list', () => {
  it('read the list in its place, as one alternation', () => {
    write(WORD_LISTS_FILE, "fruit: ['apples?', 'pears?']\n");
    write('cues.yaml', "cues:\n  - '\\b{{fruit}} or {{fruit}}\\b'\n");
    const { cues } = readPatternFile(dir, 'cues.yaml', Patterns);
    const cue = new RegExp(cues[0]!, 'i');
    expect(cue.test('apples or pears')).toBe(true);
    expect(cue.test('apples or plums')).toBe(false);
  });

  it('a name with no list stops loading, naming the file and the field', () => {
    write(WORD_LISTS_FILE, "fruit: ['apples?']\n");
    write('cues.yaml', "cues:\n  - 'fine'\n  - '{{vegetables}}'\n");
    expect(() => readPatternFile(dir, 'cues.yaml', Patterns)).toThrow(ContentError);
    expect(() => readPatternFile(dir, 'cues.yaml', Patterns)).toThrow(/cues\.yaml.*cues\.1.*vegetables/);
  });

  it('a file that names no list needs no word-lists file', () => {
    write('cues.yaml', "cues:\n  - 'plain'\n");
    expect(readPatternFile(dir, 'cues.yaml', Patterns)).toEqual({ cues: ['plain'] });
  });
});

describe('the real knowledge: the words for being ill are one list', () => {
  const knowledge = path.join(__dirname, '..', '..', 'knowledge');

  it('no pattern of routing.yaml or intents.yaml is left with a list name in it', () => {
    const text = JSON.stringify([loadRouting(knowledge), loadIntents(knowledge)]);
    expect(text).not.toMatch(/\{\{/);
  });

  it('each use of the list knows the same words (a fever counts in the routing vocabulary too)', () => {
    const { domainWords } = loadRouting(knowledge);
    const practical = domainWords.map((p) => new RegExp(p, 'i'));
    expect(practical.some((p) => p.test('got a fever, should i still come in'))).toBe(true);
  });
});
