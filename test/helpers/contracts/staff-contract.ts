import { ConflictError } from '../../../src/errors';
import type { StaffAccountRepository } from '../../../src/staff/staff-accounts';

const NOW = new Date('2026-11-24T18:00:00Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

/** Every StaffAccountRepository behaves the same: memory and SQLite. */
export function describeStaffContract(name: string, create: () => StaffAccountRepository): void {
  describe(`StaffAccountRepository contract: ${name}`, () => {
    it('adds, lists and removes accounts; a name is taken once', async () => {
      const repo = create();
      await repo.add({ name: 'ana', role: 'clinician', passwordHash: 'scrypt$x', createdAt: NOW });
      await repo.add({ name: 'ben', role: 'front_desk', passwordHash: 'scrypt$y', createdAt: NOW });
      await expect(repo.add({ name: 'ana', role: 'front_desk', passwordHash: 'z', createdAt: NOW })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await repo.list()).map((a) => [a.name, a.role])).toEqual([
        ['ana', 'clinician'],
        ['ben', 'front_desk'],
      ]);
      expect(await repo.get('ana')).toEqual({ name: 'ana', role: 'clinician', passwordHash: 'scrypt$x', createdAt: NOW });
      expect(await repo.remove('ana')).toBe(true);
      expect(await repo.remove('ana')).toBe(false);
      expect(await repo.get('ana')).toBeUndefined();
    });

    it('finds a session until it expires or its account is removed', async () => {
      const repo = create();
      await repo.add({ name: 'ana', role: 'clinician', passwordHash: 'h', createdAt: NOW });
      const session = { tokenHash: 'hash-1', name: 'ana', csrfToken: 'csrf', createdAt: NOW, expiresAt: later(12) };
      await repo.createSession(session);
      expect(await repo.findSession('hash-1', later(1))).toEqual(session);
      expect(await repo.findSession('hash-1', later(12))).toBeUndefined();
      expect(await repo.findSession('other', later(1))).toBeUndefined();
      await repo.createSession({ ...session, tokenHash: 'hash-2', expiresAt: later(1) });
      expect(await repo.deleteExpiredSessions(later(2))).toBe(1);
      await repo.deleteSession('hash-1');
      expect(await repo.findSession('hash-1', later(1))).toBeUndefined();
      await repo.createSession({ ...session, tokenHash: 'hash-3' });
      await repo.remove('ana');
      expect(await repo.findSession('hash-3', later(1))).toBeUndefined();
    });
  });
}
