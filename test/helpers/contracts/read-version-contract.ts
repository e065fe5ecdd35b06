import type { Storage } from 'botbuilder';
import type { SharedStorageUnderTest, StorageUnderTest } from './storage-contract';

/** What BotState does: read, change, set eTag "*", write. */
async function readModifyWrite(on: Storage, change: Record<string, unknown>) {
  const item = (await on.read(['conv'])).conv!;
  return async () => {
    Object.assign(item, change, { eTag: '*' });
    await on.write({ conv: item });
    return item;
  };
}

/**
 * Beyond botbuilder's contract: BotState.saveChanges always writes with eTag "*", so our stores check
 * the version an item was READ with (src/storage/etag.ts). Every back end that holds bot state runs
 * this suite: memory, SQLite, and PostgreSQL when it lands (there across instances too).
 */
export function describeReadVersionContract(name: string, create: () => Promise<StorageUnderTest>): void {
  describe(`Read-version contract: ${name}`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      subject = await create();
      storage = subject.storage;
    });
    afterEach(async () => subject.cleanup());

    it('fails the second of two read-modify-writes instead of letting it silently win', async () => {
      await storage.write({ conv: { answers: {} } });
      const first = await readModifyWrite(storage, { answers: { clot_now: 'yes' } });
      const second = await readModifyWrite(storage, { answers: { clot_now: 'no' } });
      await first();
      await expect(second()).rejects.toThrow(/eTag/);
      expect((await storage.read(['conv'])).conv).toMatchObject({ answers: { clot_now: 'yes' } });
    });

    it('lets the winner keep writing the same item in the same turn', async () => {
      await storage.write({ conv: { n: 0 } });
      const item = await (await readModifyWrite(storage, { n: 1 }))();
      item.n = 2;
      item.eTag = '*';
      await storage.write({ conv: item });
      expect((await storage.read(['conv'])).conv).toMatchObject({ n: 2 });
    });

    it('does not bring back an item deleted after it was read', async () => {
      await storage.write({ conv: { n: 1 } });
      const write = await readModifyWrite(storage, { n: 2 });
      await storage.delete(['conv']);
      await expect(write()).rejects.toThrow(/eTag/);
      expect(await storage.read(['conv'])).toEqual({});
    });

    it('still overwrites with a fresh item and eTag "*" (a blind write)', async () => {
      await storage.write({ conv: { n: 1 } });
      await storage.write({ conv: { n: 2, eTag: '*' } });
      expect((await storage.read(['conv'])).conv).toMatchObject({ n: 2 });
    });
  });
}

/** For back ends that instances share: the contract above, then a change made by another instance. */
export function describeSharedReadVersionContract(name: string, create: () => Promise<SharedStorageUnderTest>): void {
  describeReadVersionContract(name, create);

  describe(`Read-version contract across instances: ${name}`, () => {
    let subject: SharedStorageUnderTest;

    beforeEach(async () => {
      subject = await create();
    });
    afterEach(async () => subject.cleanup());

    it('detects a change made through a second handle (another instance)', async () => {
      const { storage } = subject;
      const other = subject.secondHandle();
      await storage.write({ conv: { n: 1 } });
      const mine = await readModifyWrite(storage, { n: 2 });
      await (await readModifyWrite(other, { n: 3 }))();
      await expect(mine()).rejects.toThrow(/eTag/);
      expect((await other.read(['conv'])).conv).toMatchObject({ n: 3 });
    });
  });
}
