import type { Activity } from 'botbuilder';
import type { ClusterBus } from '../storage/cluster';
import type { DirectLineStore } from '../storage/directline-store';

/** What a Direct Line stream sends: activities, and the watermark to resume from (absent for typing). */
export interface ActivitySet {
  activities: Partial<Activity>[];
  watermark?: string;
}

export type ActivityListener = (set: ActivitySet) => void;

/** Where the hub tells other instances about new activities, and reads what they stored. */
export interface ActivityHubRelay {
  bus: ClusterBus;
  store: DirectLineStore;
  onError(what: string, error: Error): void;
}

const TOPIC = 'directline';

/** What goes between instances: a stored activity's position (read back from the store), or a typing indicator. */
type RelayMessage = { c: string; w: number } | { c: string; typing: Partial<Activity>[] };

/**
 * Fans new activities out to the WebSocket streams open on this instance, by conversation. Only live
 * delivery goes through here; history always comes from the store, so a missed push is caught up by
 * the watermark on the next read. With a relay (several instances), each new activity is also announced
 * to the other instances, which read it from the shared store and push it to the streams they hold: the
 * person's WebSocket may be open on one instance while the bot's reply or a staff message is stored by another.
 */
export class ActivityHub {
  private readonly listeners = new Map<string, Set<ActivityListener>>();
  /** The highest watermark pushed here per conversation with listeners, so a relayed read starts after it. */
  private readonly pushed = new Map<string, number>();
  /** Relayed reads per conversation run one after another, so pushes keep their order. */
  private readonly reading = new Map<string, Promise<void>>();

  constructor(private readonly relay?: ActivityHubRelay) {
    relay?.bus.subscribe(TOPIC, (message) => this.fromOtherInstance(message as RelayMessage));
    // Announcements made while the bus was down are lost: every stream held here catches up from the store.
    relay?.bus.onResume(() => {
      for (const conversationId of this.listeners.keys())
        this.catchUp(conversationId, Number.POSITIVE_INFINITY);
    });
  }

  subscribe(conversationId: string, listener: ActivityListener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.listeners.set(conversationId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(conversationId);
        this.pushed.delete(conversationId);
      }
    };
  }

  publish(conversationId: string, activitySet: ActivitySet): void {
    this.pushLocally(conversationId, activitySet);
    if (!this.relay) return;
    const message: RelayMessage =
      activitySet.watermark === undefined
        ? { c: conversationId, typing: activitySet.activities }
        : { c: conversationId, w: Number(activitySet.watermark) };
    this.relay.bus
      .publish(TOPIC, message)
      .catch((error: Error) => this.relay?.onError('Direct Line relay failed', error));
  }

  private pushLocally(conversationId: string, activitySet: ActivitySet): void {
    const listeners = this.listeners.get(conversationId);
    if (!listeners) return;
    if (activitySet.watermark !== undefined) {
      const mark = Number(activitySet.watermark);
      this.pushed.set(conversationId, Math.max(mark, this.pushed.get(conversationId) ?? 0));
    }
    for (const listener of listeners) listener(activitySet);
  }

  private fromOtherInstance(message: RelayMessage): void {
    const { c: conversationId } = message;
    if (!this.listeners.has(conversationId)) return;
    if ('typing' in message) {
      this.pushLocally(conversationId, { activities: message.typing });
      return;
    }
    this.catchUp(conversationId, message.w);
  }

  /** Queues a read of what is new for `conversationId` (at least up to `watermark`) and pushes it. */
  private catchUp(conversationId: string, watermark: number): void {
    const previous = this.reading.get(conversationId) ?? Promise.resolve();
    const next = previous.then(() => this.readAndPush(conversationId, watermark));
    this.reading.set(conversationId, next);
    void next.then(() => {
      if (this.reading.get(conversationId) === next) this.reading.delete(conversationId);
    });
  }

  private async readAndPush(conversationId: string, watermark: number): Promise<void> {
    const relay = this.relay!;
    // After a resume (watermark ∞) with nothing pushed yet here, the stream's own backlog read covered the past.
    const after = this.pushed.get(conversationId) ?? (Number.isFinite(watermark) ? watermark - 1 : undefined);
    if (after === undefined || after >= watermark || !this.listeners.has(conversationId)) return;
    try {
      const page = await relay.store.activitiesAfter(conversationId, after);
      if (page.activities.length === 0) return;
      this.pushLocally(conversationId, {
        activities: page.activities.map((stored) => stored.activity),
        watermark: String(page.watermark),
      });
    } catch (error) {
      relay.onError('Direct Line relay read failed', error as Error);
    }
  }
}
