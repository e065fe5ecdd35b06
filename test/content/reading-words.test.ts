import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main as kbCheck } from '../../src/cli/kb-check';
import { loadReadingWords, READING_FILE } from '../../src/content/reading-words';
import { ContentError } from '../../src/errors';
import { americanize, isStopWord, termOf, tokenize } from '../../src/kb/search-index';
import { toSentences, toWords } from '../../src/screening/text-tokens';
import { REAL_DIR } from '../helpers/kb';

// Round 37: the tokenizers' spellings moved from the code to knowledge/reading.yaml, where a curator can add one.
describe('knowledge/reading.yaml, the spellings every reader of text shares', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function copyWith(edit: (reading: string) => string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reading-words-'));
    dirs.push(dir);
    cpSync(REAL_DIR, dir, { recursive: true });
    const file = path.join(dir, READING_FILE);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  }

  it('spells chat shorthand and a separate "not" the way the content lists do', () => {
    expect(toWords('u r cnt, she cyaan breathe')).toEqual(['you', 'are', 'cant', 'she', 'cant', 'breathe']);
    expect(toWords('I could not move my arm')).toEqual(['i', 'couldnt', 'move', 'my', 'arm']);
  });

  it('reads Scots "noo" as "now" for the red-flag reader only; to the health check it is still a no', () => {
    expect(toSentences('ma chest is crushin noo', 'safety')).toEqual([
      ['ma', 'chest', 'is', 'crushin', 'now'],
    ]);
    expect(toWords('noo')).toEqual(['no']);
  });

  it('gives the article search its stop words and spelled-out abbreviations', () => {
    expect(tokenize('how many hrs per wk')).toEqual(['how', 'many', 'hours', 'per', 'week']);
    expect(isStopWord('whats')).toBe(true);
    expect(isStopWord('after')).toBe(false);
  });

  it('lets British and American spellings find each other in the article search', () => {
    expect(termOf('lymphoedema')).toBe(termOf('lymphedema'));
    expect(termOf('lymfatic')).toBe(termOf('lymphatic'));
    expect(americanize('colour')).toBe('color');
    expect(americanize('cancelled')).toBe('canceled');
    expect(americanize('hour')).toBe('hour');
  });

  it('refuses a spelling rule whose pattern does not compile, by name', () => {
    const dir = copyWith((text) => text.replace("    - [ph, f]", "    - ['(ph', f]"));
    expect(() => loadReadingWords(dir)).toThrow(/reading\.yaml.*spellings/);
    expect(loadReadingWords(REAL_DIR).search.spellings.length).toBeGreaterThan(10);
  });

  it("takes a curator's new shorthand from the file", () => {
    const dir = copyWith((text) => text.replace('chatShorthand:\n', 'chatShorthand:\n  bc: because\n'));
    expect(loadReadingWords(dir).chatShorthand.get('bc')).toBe('because');
    expect(loadReadingWords(REAL_DIR).chatShorthand.get('bc')).toBeUndefined();
  });

  it('refuses a broken file by name and field, at load and in kb:check', () => {
    // A shorthand mapped to a list, not a word.
    const dir = copyWith((text) => text.replace('safetyShorthand:\n  noo: now', 'safetyShorthand:\n  noo: [now]'));
    expect(() => loadReadingWords(dir)).toThrow(ContentError);
    expect(() => loadReadingWords(dir)).toThrow(/reading\.yaml.*safetyShorthand/);
    const lines: string[] = [];
    const log = jest
      .spyOn(console, 'log')
      .mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      expect(kbCheck([dir], new Date('2026-06-01T12:00:00Z'))).toBe(1);
    } finally {
      log.mockRestore();
    }
    expect(lines.some((line) => line.includes('reading.yaml') && line.includes('safetyShorthand'))).toBe(
      true,
    );
  });
});
