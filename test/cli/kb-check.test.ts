import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/kb-check';
import { REAL_DIR } from '../helpers/kb';

// The curator's check on the real knowledge folder: it must say what the bot would refuse at start-up.
const TODAY = new Date('2026-06-01T12:00:00Z');

function knowledgeCopy(edit: (otherLanguages: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-check-cli-'));
  cpSync(REAL_DIR, dir, { recursive: true });
  const file = path.join(dir, 'other-languages.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

function run(dir: string): { exitCode: number; lines: string[] } {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => {
    lines.push(String(line));
  });
  try {
    return { exitCode: main([dir], TODAY), lines };
  } finally {
    log.mockRestore();
  }
}

describe('npm run kb:check on other-languages.yaml', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('fails, naming the file, when a language word is a bare number the bot could not load', () => {
    // Round 28: `555` in a phrase list passed kb:check and only failed when the bot started.
    const dir = knowledgeCopy((text) => text.replace('    markers: [el, la,', '    markers: [555, el, la,'));
    dirs.push(dir);
    const { exitCode, lines } = run(dir);
    expect(exitCode).toBe(1);
    expect(lines.some((line) => line.startsWith('error other-languages.yaml') && line.includes('markers'))).toBe(true);
  });

  it('passes the folder as shipped, with no problem reported for other-languages.yaml', () => {
    const dir = knowledgeCopy((text) => text);
    dirs.push(dir);
    const { exitCode, lines } = run(dir);
    expect(exitCode).toBe(0);
    expect(lines.filter((line) => line.includes('other-languages.yaml'))).toEqual([]);
  });
});
