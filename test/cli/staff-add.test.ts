import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyPassword } from '../../src/staff/passwords';
import { SqliteAuditLog } from '../../src/storage/sqlite-audit-log';
import { openSqliteDatabase, sqliteFileIn } from '../../src/storage/sqlite-database';
import { SqliteStaffAccounts } from '../../src/storage/sqlite-staff-accounts';
import { REPO_ROOT } from '../helpers/test-app';

describe('npm run staff:add / staff:remove', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-staff-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = (script: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', `src/cli/${script}.ts`, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, STORAGE: 'sqlite', DATA_DIR: dataDir, STAFF_PASSWORD: '', ...options.env },
      input: options.input ?? '',
      encoding: 'utf8',
    });

  const accounts = () => {
    const db = openSqliteDatabase(sqliteFileIn(dataDir));
    return { db, repo: new SqliteStaffAccounts(db), audit: new SqliteAuditLog(db) };
  };

  it('adds an account with the password from STAFF_PASSWORD or stdin, stored as a scrypt hash', async () => {
    const fromEnv = run('staff-add', ['clara', '--role', 'clinician'], { env: { STAFF_PASSWORD: 'a long password 1' } });
    expect(fromEnv.stdout).toContain('Added clara (clinician)');
    expect(fromEnv.status).toBe(0);
    const fromStdin = run('staff-add', ['--role', 'front_desk', 'frank'], { input: 'another password 2\n' });
    expect(fromStdin.status).toBe(0);

    const { db, repo, audit } = accounts();
    const clara = await repo.get('clara');
    expect(clara?.role).toBe('clinician');
    expect(clara?.passwordHash).not.toContain('a long password');
    expect(await verifyPassword('a long password 1', clara!.passwordHash)).toBe(true);
    expect(await verifyPassword('another password 2', (await repo.get('frank'))!.passwordHash)).toBe(true);
    expect((await audit.list()).map((e) => [e.actor, e.action])).toEqual([
      ['cli', 'staff.add'],
      ['cli', 'staff.add'],
    ]);
    db.close();

    expect(run('staff-add', ['clara', '--role', 'clinician'], { input: 'a long password 1\n' }).status).toBe(1);
    const removed = run('staff-remove', ['clara']);
    expect(removed.status).toBe(0);
    expect(run('staff-remove', ['clara']).status).toBe(1);
    const after = accounts();
    expect(await after.repo.get('clara')).toBeUndefined();
    after.db.close();
  });

  it.each([
    [['clara'], 'a long password 1', /--role/],
    [['clara', '--role', 'admin'], 'a long password 1', /--role/],
    [['x', '--role', 'clinician'], 'a long password 1', /name/],
    [['clara', '--role', 'clinician'], 'short', /at least 10/],
  ])('refuses %j with a one-line reason', (args, password, reason) => {
    const result = run('staff-add', args, { input: `${password}\n` });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
  });
});
