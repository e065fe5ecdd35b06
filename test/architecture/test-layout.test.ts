import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/test-app';

// test/ mirrors src/ and dialogs/, so the tests of a file are found without searching:
// src/<dir>/<name>.ts → test/<dir>/<name>.test.ts, dialogs/<name>.ts → test/dialogs/<name>.test.ts, and a
// second file about the same source adds one aspect: test/<dir>/<name>.<aspect>.test.ts.
// Suites about the whole system rather than one file live in these named folders instead:
const WHOLE_SYSTEM_FOLDERS = [
  'architecture',
  'bench',
  'browser',
  'cluster',
  'conversations',
  'fixtures',
  'hardening',
  'heldout',
  'helpers',
];

const TEST_ROOT = path.join(REPO_ROOT, 'test');

/** Every file under test/ outside the whole-system folders, as a path relative to test/ with `/` separators. */
function mirroredTreeFiles(dir = TEST_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const relative = path.relative(TEST_ROOT, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      return dir === TEST_ROOT && WHOLE_SYSTEM_FOLDERS.includes(entry.name) ? [] : mirroredTreeFiles(full);
    }
    return [relative];
  });
}

/** The source a test file at `relative` (e.g. `kb/articles.test.ts`) mirrors, or undefined if its name cannot mirror one. */
function mirroredSource(relative: string): string | undefined {
  const folder = path.posix.dirname(relative);
  const [name, aspect, ...more] = path.posix.basename(relative, '.test.ts').split('.');
  if (more.length > 0 || aspect === '') return undefined;
  const sourceRoot = folder === 'dialogs' || folder.startsWith('dialogs/') ? '' : 'src';
  return path.posix.join(sourceRoot, folder, `${name}.ts`);
}

/** Test files with no source at their mirrored path, each with the path it would mirror. */
function misplacedTests(files: string[]): string[] {
  return files
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => {
      const source = mirroredSource(file);
      return source === undefined || !existsSync(path.join(REPO_ROOT, source));
    })
    .map((file) => `test/${file} (no ${mirroredSource(file) ?? 'source: more than one aspect in the name'})`);
}

describe('the test tree mirrors src/ and dialogs/', () => {
  const files = mirroredTreeFiles();

  it('gives every test file outside the whole-system folders a source at its mirrored path', () => {
    // Move a test listed here to test/<dir>/<source>.test.ts (or <source>.<aspect>.test.ts), or into a
    // whole-system folder if it is about no one file.
    expect(misplacedTests(files)).toEqual([]);
  });

  it('reads the mirrored tree: unit tests at the top level and in sub-folders are checked', () => {
    expect(files).toEqual(expect.arrayContaining(['config.test.ts', 'kb/articles.test.ts', 'http/routes/staff/session.test.ts']));
    expect(mirroredSource('dialogs/main-dialog.understanding.test.ts')).toBe('dialogs/main-dialog.ts');
    expect(misplacedTests(['kb/not-a-source.test.ts', 'kb/articles.one.two.test.ts'])).toEqual([
      'test/kb/not-a-source.test.ts (no src/kb/not-a-source.ts)',
      'test/kb/articles.one.two.test.ts (no source: more than one aspect in the name)',
    ]);
  });

  it('keeps shared test code in test/helpers: only tests and their snapshots sit in the mirrored tree', () => {
    const notTests = files.filter((file) => !file.endsWith('.test.ts') && !/\/__snapshots__\/[^/]+\.test\.ts\.snap$/.test(file));
    expect(notTests).toEqual([]);
  });
});
