import type { Storage } from 'botbuilder';

export interface StorageUnderTest {
  storage: Storage;
  cleanup: () => Promise<void>;
}

/** A back end that several processes or instances share (SQLite file, PostgreSQL), unlike memory. */
export interface SharedStorageUnderTest extends StorageUnderTest {
  /** A second handle on the same data, as another process or instance would have. */
  secondHandle: () => Storage;
}

/**
 * The Storage contract as botbuilder's MemoryStorage defines it. Every back end runs this suite
 * unchanged: memory, SQLite today, PostgreSQL when it lands.
 */
export function describeStorageContract(name: string, create: () => Promise<StorageUnderTest>): void {
  describe(`Storage contract: ${name}`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      subject = await create();
      storage = subject.storage;
    });
    afterEach(async () => subject.cleanup());

    it('returns nothing for keys that were never written', async () => {
      expect(await storage.read(['missing'])).toEqual({});
    });

    it('reads back what was written, with an eTag', async () => {
      await storage.write({ a: { count: 1, nested: { list: [1, 'two'] } } });
      const items = await storage.read(['a', 'missing']);
      expect(Object.keys(items)).toEqual(['a']);
      expect(items.a).toMatchObject({ count: 1, nested: { list: [1, 'two'] } });
      expect(typeof items.a.eTag).toBe('string');
      expect(items.a.eTag.length).toBeGreaterThan(0);
    });

    it('gives every write a new eTag', async () => {
      await storage.write({ a: { v: 1 } });
      const first = (await storage.read(['a'])).a.eTag;
      await storage.write({ a: { v: 2, eTag: first } });
      const second = (await storage.read(['a'])).a;
      expect(second.v).toBe(2);
      expect(second.eTag).not.toBe(first);
    });

    it('rejects a write whose eTag is stale and keeps the newer value', async () => {
      await storage.write({ a: { v: 1 } });
      const stale = (await storage.read(['a'])).a.eTag;
      await storage.write({ a: { v: 2, eTag: stale } });
      await expect(storage.write({ a: { v: 3, eTag: stale } })).rejects.toThrow(/eTag/);
      expect((await storage.read(['a'])).a.v).toBe(2);
    });

    it('overwrites regardless of the stored eTag when the eTag is "*" or absent', async () => {
      await storage.write({ a: { v: 1 } });
      await storage.write({ a: { v: 2, eTag: '*' } });
      expect((await storage.read(['a'])).a.v).toBe(2);
      await storage.write({ a: { v: 3 } });
      expect((await storage.read(['a'])).a.v).toBe(3);
    });

    it('lets exactly one of two concurrent writers holding the same eTag win', async () => {
      await storage.write({ a: { v: 0 } });
      const eTag = (await storage.read(['a'])).a.eTag;
      const results = await Promise.allSettled([
        storage.write({ a: { v: 'first', eTag } }),
        storage.write({ a: { v: 'second', eTag } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      const winner = results[0]!.status === 'fulfilled' ? 'first' : 'second';
      expect((await storage.read(['a'])).a.v).toBe(winner);
    });

    it('deletes items, and deleting a missing key is not an error', async () => {
      await storage.write({ a: { v: 1 }, b: { v: 2 } });
      await storage.delete(['a', 'never-existed']);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    });

    it('returns copies: changing a read item does not change what is stored', async () => {
      await storage.write({ a: { v: 1 } });
      const items = await storage.read(['a']);
      items.a.v = 99;
      expect((await storage.read(['a'])).a.v).toBe(1);
    });

    it('keeps keys with unusual characters apart', async () => {
      const keys = ['webchat/conversations/a|b', "o'brien", 'ünïcödé/☃', 'a', 'A'];
      await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
      const items = await storage.read(keys);
      expect(keys.map((key) => items[key]?.i)).toEqual([0, 1, 2, 3, 4]);
    });
  });
}

/**
 * For back ends that instances share: the whole contract above, then what a second instance must see.
 * Memory stores have no second handle (another process cannot reach them), so they run the contract above only.
 */
export function describeSharedStorageContract(name: string, create: () => Promise<SharedStorageUnderTest>): void {
  describeStorageContract(name, create);

  describe(`Storage contract across instances: ${name}`, () => {
    let subject: SharedStorageUnderTest;

    beforeEach(async () => {
      subject = await create();
    });
    afterEach(async () => subject.cleanup());

    it('shares writes with a second handle on the same data and detects its conflicts', async () => {
      const other = subject.secondHandle();
      await subject.storage.write({ shared: { v: 1 } });
      const seen = (await other.read(['shared'])).shared;
      expect(seen.v).toBe(1);
      await subject.storage.write({ shared: { v: 2, eTag: seen.eTag } });
      await expect(other.write({ shared: { v: 3, eTag: seen.eTag } })).rejects.toThrow(/eTag/);
    });
  });
}
