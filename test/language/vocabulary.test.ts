import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { ContentError } from '../../src/errors';
import { loadSpa } from '../../src/content/spa';
import { loadVocabulary, looksLikeQuestion, screeningCommand, VOCABULARY_FILE } from '../../src/language/vocabulary';
import { loadScreeningContent } from '../../src/screening';
import { KNOWLEDGE_DIR } from '../helpers/dialog-deps';

const vocabulary = loadVocabulary(KNOWLEDGE_DIR);

// The data is a copy of a real file each test breaks on purpose; typing it would only get in the way.
// biome-ignore lint/suspicious/noExplicitAny: deliberately malformed content
type Data = Record<string, any>;

/** A copy of knowledge/ with one file's data changed by `edit`; removed after `use`. */
function withEditedCopy<T>(file: string, edit: (data: Data) => void, use: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'lymph-vocabulary-'));
  try {
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const data = YAML.parse(readFileSync(path.join(dir, file), 'utf8'));
    edit(data);
    writeFileSync(path.join(dir, file), YAML.stringify(data));
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function contentError(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the content was accepted');
}

describe('knowledge/vocabulary.yaml', () => {
  it('understands the health check commands only as whole messages', () => {
    expect(screeningCommand(vocabulary, 'why do you ask?')).toBe('why');
    expect(screeningCommand(vocabulary, 'oops, go back')).toBe('back');
    expect(screeningCommand(vocabulary, "let's start over")).toBe('restart');
    expect(screeningCommand(vocabulary, 'why does lymphatic drainage help swelling')).toBeUndefined();
  });

  it('tells a question from an answer that opens like one', () => {
    expect(looksLikeQuestion(vocabulary, 'does it hurt')).toBe(true);
    expect(looksLikeQuestion(vocabulary, 'my legs are swollen?')).toBe(true);
    expect(looksLikeQuestion(vocabulary, 'do not have that')).toBe(false);
    expect(looksLikeQuestion(vocabulary, 'I had lipo 2 weeks ago')).toBe(false);
  });

  it('takes "sounds good" as agreeing, and a longer sentence not', () => {
    expect(vocabulary.answers.agrees.test('sounds good!')).toBe(true);
    expect(vocabulary.answers.agrees.test('ok but what about my heart')).toBe(false);
  });

  it('stops start-up on a pattern that is no regular expression, naming the field', () => {
    const error = contentError(() =>
      withEditedCopy(VOCABULARY_FILE, (data) => {
        data.commands.manageBooking = 'reschedul(';
      }, loadVocabulary),
    );
    expect(error.file).toBe(VOCABULARY_FILE);
    expect(error.field).toBe('commands.manageBooking');
  });

  it('is the only place the health check takes yes, no and not sure from', () => {
    const spa = loadSpa(KNOWLEDGE_DIR);
    const content = loadScreeningContent(KNOWLEDGE_DIR, spa);
    expect(content.language.yes).toEqual(vocabulary.answers.yes);
    const error = contentError(() =>
      withEditedCopy('screening.yaml', (data) => {
        data.language.yes = ['yes'];
      }, (dir) => loadScreeningContent(dir, spa)),
    );
    expect(error.field).toBe('language.yes');
  });
});
