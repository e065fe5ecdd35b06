import type { UnansweredQuestionRepository } from '../../../src/kb/unanswered-questions';

/** Every UnansweredQuestionRepository behaves the same: memory and SQLite today. */
export function describeUnansweredQuestionsContract(name: string, create: () => UnansweredQuestionRepository): void {
  describe(`UnansweredQuestionRepository contract: ${name}`, () => {
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));

    it('groups the same question asked in different case and spacing, most asked first', async () => {
      const repo = create();
      await repo.record('Can MLD cure tinnitus?', day(1));
      await repo.record('can   mld cure TINNITUS', day(2));
      await repo.record('do you sell gift cards', day(3));
      const list = await repo.list();
      expect(list.map((q) => [q.text, q.count])).toEqual([
        ['can mld cure tinnitus', 2],
        ['do you sell gift cards', 1],
      ]);
      expect(list[0]!.firstAskedAt).toEqual(day(1));
      expect(list[0]!.lastAskedAt).toEqual(day(2));
    });

    it('ignores empty text and honours the limit', async () => {
      const repo = create();
      await repo.record('   ?? ', day(1));
      for (const q of ['a', 'b', 'c']) await repo.record(q, day(1));
      expect(await repo.list(2)).toHaveLength(2);
    });

    it('forgets questions not asked since the retention cut-off', async () => {
      const repo = create();
      await repo.record('old question', day(1));
      await repo.record('new question', day(20));
      expect(await repo.deleteOlderThan(day(10))).toBe(1);
      expect((await repo.list()).map((q) => q.text)).toEqual(['new question']);
    });
  });
}
