import type { Activity } from 'botbuilder';
import { type ActivitySet, ActivityHub } from '../../src/directline/activity-hub';
import { MemoryDirectLineStore } from '../../src/storage/directline-store';
import type { ClusterBus } from '../../src/storage/cluster';

/** Two hubs on one store, joined by an in-memory bus that can drop its messages (as during a reconnect). */
class TestBus implements ClusterBus {
  peer?: TestBus;
  down = false;
  private readonly topics = new Map<string, Array<(payload: unknown) => void>>();
  private readonly resumes: Array<() => void> = [];

  async publish(topic: string, payload: unknown): Promise<void> {
    if (this.down || this.peer?.down) return;
    for (const listener of this.peer?.topics.get(topic) ?? []) listener(payload);
  }
  subscribe(topic: string, listener: (payload: unknown) => void): () => void {
    this.topics.set(topic, [...(this.topics.get(topic) ?? []), listener]);
    return () => undefined;
  }
  onResume(listener: () => void): () => void {
    this.resumes.push(listener);
    return () => undefined;
  }
  resume(): void {
    this.down = false;
    for (const listener of this.resumes) listener();
  }
}

const at = new Date('2026-11-24T18:00:00Z');
const message = (text: string): Partial<Activity> => ({ type: 'message', text });

function cluster() {
  const store = new MemoryDirectLineStore();
  const [busA, busB] = [new TestBus(), new TestBus()];
  busA.peer = busB;
  busB.peer = busA;
  const onError = (what: string, error: Error) => {
    throw new Error(`${what}: ${error.message}`);
  };
  const hubA = new ActivityHub({ bus: busA, store, onError });
  const hubB = new ActivityHub({ bus: busB, store, onError });
  /** What instance B stores and announces, as its DirectLineService does. */
  const storeOnB = async (conversationId: string, text: string) => {
    const stored = await store.append(conversationId, message(text), at);
    hubB.publish(conversationId, { activities: [stored.activity], watermark: String(stored.watermark) });
  };
  return { store, busA, busB, hubA, storeOnB };
}

async function settled(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

const texts = (sets: ActivitySet[]) => sets.flatMap((set) => set.activities.map((a) => a.text));

describe('the Direct Line activity hub across instances', () => {
  it('pushes what another instance stored to the stream held here, in order', async () => {
    const { store, hubA, storeOnB } = cluster();
    await store.createConversation({ id: 'c1', userId: 'u1' }, at);
    const received: ActivitySet[] = [];
    hubA.subscribe('c1', (set) => received.push(set));
    await storeOnB('c1', 'first');
    await storeOnB('c1', 'second');
    await settled();
    expect(texts(received)).toEqual(['first', 'second']);
    expect(received.at(-1)?.watermark).toBe('2');
  });

  it('catches up on what was stored while the bus was down, once it is back', async () => {
    const { store, busA, hubA, storeOnB } = cluster();
    await store.createConversation({ id: 'c2', userId: 'u2' }, at);
    const received: ActivitySet[] = [];
    hubA.subscribe('c2', (set) => received.push(set));
    await storeOnB('c2', 'before');
    await settled();
    busA.down = true;
    await storeOnB('c2', 'while down');
    await settled();
    expect(texts(received)).toEqual(['before']);
    busA.resume();
    await settled();
    expect(texts(received)).toEqual(['before', 'while down']);
  });
});
