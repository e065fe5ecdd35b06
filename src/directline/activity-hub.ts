import type { Activity } from 'botbuilder';

/** What a Direct Line stream sends: activities, and the watermark to resume from (absent for typing). */
export interface ActivitySet {
  activities: Partial<Activity>[];
  watermark?: string;
}

export type ActivityListener = (set: ActivitySet) => void;

/**
 * Fans new activities out to the WebSocket streams open on this instance, by conversation. Only live
 * delivery goes through here; history always comes from the store, so a missed push is caught up by
 * the watermark on the next read.
 */
export class ActivityHub {
  private readonly listeners = new Map<string, Set<ActivityListener>>();

  subscribe(conversationId: string, listener: ActivityListener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.listeners.set(conversationId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  publish(conversationId: string, activitySet: ActivitySet): void {
    for (const listener of this.listeners.get(conversationId) ?? []) listener(activitySet);
  }
}
