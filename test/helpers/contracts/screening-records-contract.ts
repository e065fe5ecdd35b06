import type { ScreeningRecord, ScreeningRecordRepository } from '../../../src/screening/screening-records';

/** Every ScreeningRecordRepository behaves the same: memory and SQLite today. */
export function describeScreeningRecordsContract(
  name: string,
  create: () => ScreeningRecordRepository,
): void {
  describe(`ScreeningRecordRepository contract: ${name}`, () => {
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 10));
    const outcome = (
      conversationId: string,
      userId: string | undefined,
      completedAt: Date,
      extra: Partial<ScreeningRecord> = {},
    ): Omit<ScreeningRecord, 'id'> => ({
      conversationId,
      ...(userId !== undefined ? { userId } : {}),
      outcome: 'needs_clearance',
      allowedServices: ['post-op-package'],
      clinicianKind: 'surgeon',
      firedRules: ['surgery_not_cleared'],
      rulesVersion: 'abc123def456',
      completedAt,
      ...extra,
    });

    it('gives back what it stored, with a fresh id, and keeps no answers', async () => {
      const repo = create();
      const stored = await repo.recordOutcome(outcome('conv-1', 'user-1', day(3)));
      expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
      const [read] = await repo.listFor({ conversationId: 'conv-1' });
      expect(read).toEqual(stored);
      expect(Object.keys(read!).sort()).toEqual(
        [
          'allowedServices',
          'clinicianKind',
          'completedAt',
          'conversationId',
          'firedRules',
          'id',
          'outcome',
          'rulesVersion',
          'userId',
        ].sort(),
      );
    });

    it('keeps a record without a clinician or a user id', async () => {
      const repo = create();
      const { clinicianKind: _none, ...suitable } = outcome('conv-1', undefined, day(3), {
        outcome: 'suitable',
        allowedServices: ['mld-60', 'mld-90'],
        firedRules: [],
      });
      await repo.recordOutcome(suitable);
      const latest = await repo.latestFor({ conversationId: 'conv-1' });
      expect(latest).toMatchObject({
        outcome: 'suitable',
        allowedServices: ['mld-60', 'mld-90'],
        firedRules: [],
      });
      expect(latest?.clinicianKind).toBeUndefined();
      expect(latest?.userId).toBeUndefined();
    });

    it('finds the latest screening of the conversation or of the same person in another conversation', async () => {
      const repo = create();
      await repo.recordOutcome(outcome('conv-1', 'user-1', day(1), { outcome: 'not_now' }));
      await repo.recordOutcome(outcome('conv-2', 'user-1', day(5), { outcome: 'suitable' }));
      await repo.recordOutcome(outcome('conv-3', 'user-2', day(9), { outcome: 'urgent' }));
      expect((await repo.latestFor({ conversationId: 'conv-1', userId: 'user-1' }))?.outcome).toBe(
        'suitable',
      );
      expect((await repo.latestFor({ conversationId: 'conv-1' }))?.outcome).toBe('not_now');
      expect((await repo.latestFor({ conversationId: 'conv-9', userId: 'user-2' }))?.outcome).toBe('urgent');
      expect(await repo.latestFor({ conversationId: 'conv-9', userId: 'user-9' })).toBeUndefined();
      const all = await repo.listFor({ conversationId: 'conv-1', userId: 'user-1' });
      expect(all.map((r) => r.outcome)).toEqual(['not_now', 'suitable']);
    });

    it('never matches people by an empty or missing user id', async () => {
      const repo = create();
      await repo.recordOutcome(outcome('conv-1', '', day(1)));
      await repo.recordOutcome(outcome('conv-2', undefined, day(2)));
      expect(await repo.latestFor({ conversationId: 'conv-3', userId: '' })).toBeUndefined();
      expect(await repo.latestFor({ conversationId: 'conv-3' })).toBeUndefined();
    });

    it('keeps safety events with the flag and time only, and finds the latest', async () => {
      const repo = create();
      await repo.recordSafetyEvent({
        conversationId: 'conv-1',
        userId: 'user-1',
        flagId: 'chest_or_breathing',
        at: day(2),
      });
      const later = await repo.recordSafetyEvent({
        conversationId: 'conv-2',
        userId: 'user-1',
        flagId: 'blood_clot_limb',
        at: day(4),
      });
      expect(Object.keys(later).sort()).toEqual(['at', 'conversationId', 'flagId', 'id', 'userId']);
      expect(await repo.latestSafetyEventFor({ conversationId: 'conv-1', userId: 'user-1' })).toEqual(later);
      expect((await repo.latestSafetyEventFor({ conversationId: 'conv-1' }))?.flagId).toBe(
        'chest_or_breathing',
      );
      expect(await repo.safetyEventsFor({ conversationId: 'conv-9' })).toEqual([]);
    });

    it('lists every conversation’s recent safety events, newest first, with their channel', async () => {
      const repo = create();
      await repo.recordSafetyEvent({ conversationId: 'conv-1', flagId: 'collapse', at: day(1) });
      await repo.recordSafetyEvent({ conversationId: 'conv-2', flagId: 'chest_or_breathing', at: day(3), channelId: 'msteams' });
      await repo.recordSafetyEvent({ conversationId: 'conv-3', flagId: 'stroke_signs', at: day(5), channelId: 'webchat' });
      const recent = await repo.recentSafetyEvents(day(2), 10);
      expect(recent.map((e) => [e.conversationId, e.flagId, e.channelId])).toEqual([
        ['conv-3', 'stroke_signs', 'webchat'],
        ['conv-2', 'chest_or_breathing', 'msteams'],
      ]);
      expect(await repo.recentSafetyEvents(day(1), 1)).toHaveLength(1);
    });

    it('deletes everything of the conversation and the person, and nobody else’s', async () => {
      const repo = create();
      await repo.recordOutcome(outcome('conv-1', 'user-1', day(1)));
      await repo.recordOutcome(outcome('conv-2', 'user-1', day(2)));
      await repo.recordOutcome(outcome('conv-3', 'user-2', day(3)));
      await repo.recordSafetyEvent({
        conversationId: 'conv-1',
        userId: 'user-1',
        flagId: 'fainting',
        at: day(1),
      });
      await repo.recordSafetyEvent({
        conversationId: 'conv-3',
        userId: 'user-2',
        flagId: 'fainting',
        at: day(1),
      });
      expect(await repo.deleteFor({ conversationId: 'conv-1', userId: 'user-1' })).toBe(3);
      expect(await repo.listFor({ conversationId: 'conv-2', userId: 'user-1' })).toEqual([]);
      expect(await repo.listFor({ conversationId: 'conv-3' })).toHaveLength(1);
      expect(await repo.safetyEventsFor({ conversationId: 'conv-3' })).toHaveLength(1);
    });

    it('forgets records and events older than the retention cut-off', async () => {
      const repo = create();
      await repo.recordOutcome(outcome('conv-1', 'user-1', day(1)));
      await repo.recordOutcome(outcome('conv-1', 'user-1', day(20)));
      await repo.recordSafetyEvent({ conversationId: 'conv-1', flagId: 'fainting', at: day(2) });
      expect(await repo.deleteOlderThan(day(10))).toBe(2);
      expect((await repo.listFor({ conversationId: 'conv-1' })).map((r) => r.completedAt)).toEqual([day(20)]);
      expect(await repo.safetyEventsFor({ conversationId: 'conv-1' })).toEqual([]);
    });

    it('hands out copies, so a caller cannot change what is stored', async () => {
      const repo = create();
      const stored = await repo.recordOutcome(outcome('conv-1', 'user-1', day(1)));
      (stored.allowedServices as string[]).push('mld-90');
      stored.completedAt.setTime(0);
      expect(await repo.latestFor({ conversationId: 'conv-1' })).toMatchObject({
        allowedServices: ['post-op-package'],
        completedAt: day(1),
      });
    });
  });
}
