import type { DirectLineStore } from '../../../src/storage/directline-store';

/** Every DirectLineStore behaves the same: memory and SQLite today. */
export function describeDirectLineStoreContract(name: string, create: () => DirectLineStore): void {
  describe(`DirectLineStore contract: ${name}`, () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

    it('creates a conversation once and reports whether it was new', async () => {
      const store = create();
      const first = await store.createConversation({ id: 'c1', userId: 'u1' }, at(0));
      const again = await store.createConversation({ id: 'c1', userId: 'someone-else' }, at(5));
      expect(first.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.conversation).toEqual({ id: 'c1', userId: 'u1', createdAt: at(0), updatedAt: at(0) });
      expect(await store.getConversation('c1')).toEqual(first.conversation);
      expect(await store.getConversation('nope')).toBeUndefined();
    });

    it('numbers activities per conversation and names them like Azure does', async () => {
      const store = create();
      await store.createConversation({ id: 'a', userId: 'u' }, at(0));
      await store.createConversation({ id: 'b', userId: 'u' }, at(0));
      const one = await store.append('a', { type: 'message', text: 'one' }, at(1));
      await store.append('b', { type: 'message', text: 'other' }, at(1));
      const two = await store.append('a', { type: 'message', text: 'two' }, at(2));
      expect([one.watermark, two.watermark]).toEqual([1, 2]);
      expect(one.activity).toEqual({ type: 'message', text: 'one', id: 'a|0000001' });
      expect((await store.getConversation('a'))?.updatedAt).toEqual(at(2));
    });

    it('returns what came after a watermark, oldest first, with the watermark to ask from next', async () => {
      const store = create();
      await store.createConversation({ id: 'c', userId: 'u' }, at(0));
      for (const text of ['one', 'two', 'three']) await store.append('c', { type: 'message', text }, at(1));
      const all = await store.activitiesAfter('c', 0);
      expect(all.activities.map((s) => s.activity.text)).toEqual(['one', 'two', 'three']);
      expect(all.watermark).toBe(3);
      const rest = await store.activitiesAfter('c', 1);
      expect(rest.activities.map((s) => s.watermark)).toEqual([2, 3]);
      expect(await store.activitiesAfter('c', 3)).toEqual({ activities: [], watermark: 3 });
      expect((await store.activitiesAfter('c', 0, 2)).watermark).toBe(2);
    });

    it('keeps activities as they were written, nested fields and all', async () => {
      const store = create();
      await store.createConversation({ id: 'c', userId: 'u' }, at(0));
      const activity = {
        type: 'message',
        text: 'héllo <b>',
        channelData: { clientActivityID: 'x1', nested: { list: [1, 'two', null] } },
        timestamp: '2026-11-24T10:00:00.000Z',
      } as never;
      const stored = await store.append('c', activity, at(0));
      stored.activity.text = 'changed by the caller';
      expect((await store.activitiesAfter('c', 0)).activities[0]?.activity).toEqual({
        ...(activity as object),
        id: 'c|0000001',
      });
    });

    it("clears a conversation's history on request and carries on numbering after it", async () => {
      const store = create();
      await store.createConversation({ id: 'c', userId: 'u' }, at(0));
      await store.createConversation({ id: 'other', userId: 'u' }, at(0));
      await store.append('c', { type: 'message', text: 'my health details' }, at(1));
      await store.append('c', { type: 'message', text: 'more of them' }, at(1));
      await store.append('other', { type: 'message', text: 'kept' }, at(1));
      expect(await store.clearHistory('c')).toBe(2);
      expect((await store.activitiesAfter('c', 0)).activities).toEqual([]);
      expect((await store.getConversation('c'))?.userId).toBe('u');
      const next = await store.append('c', { type: 'message', text: 'done' }, at(2));
      expect(next.watermark).toBe(3);
      expect((await store.activitiesAfter('other', 0)).activities).toHaveLength(1);
      expect(await store.clearHistory('missing')).toBe(0);
    });

    it('refuses to append to a conversation that does not exist', async () => {
      await expect(create().append('missing', { type: 'message' }, at(0))).rejects.toThrow(/missing/);
    });

    it('forgets conversations untouched since the retention cut-off, with their activities', async () => {
      const store = create();
      await store.createConversation({ id: 'old', userId: 'u' }, at(0));
      await store.append('old', { type: 'message', text: 'gone' }, at(1));
      await store.createConversation({ id: 'new', userId: 'u' }, at(0));
      await store.append('new', { type: 'message', text: 'kept' }, at(30));
      expect(await store.deleteOlderThan(at(10))).toBe(1);
      expect(await store.getConversation('old')).toBeUndefined();
      expect((await store.activitiesAfter('old', 0)).activities).toEqual([]);
      expect((await store.activitiesAfter('new', 0)).activities).toHaveLength(1);
    });
  });
}
