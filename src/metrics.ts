import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The service's Prometheus metrics, one registry per app so tests never share counters. */
export interface Metrics {
  registry: Registry;
  turns: Counter<'channel' | 'type'>;
  turnSeconds: Histogram<'channel'>;
  turnErrors: Counter<'channel'>;
  /** A cloud language call that was not used: the local recognizer or the curated answer stood in. */
  languageFallbacks: Counter<'backend' | 'reason'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lymph_' });
  return {
    registry,
    turns: new Counter({
      name: 'lymph_turns_total',
      help: 'Activities the bot processed, by channel and activity type.',
      labelNames: ['channel', 'type'],
      registers: [registry],
    }),
    turnSeconds: new Histogram({
      name: 'lymph_turn_duration_seconds',
      help: 'Time from receiving an activity to the end of its turn, by channel.',
      labelNames: ['channel'],
      // Turns are mostly a few milliseconds locally; cloud recognizers can take seconds.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    turnErrors: new Counter({
      name: 'lymph_turn_errors_total',
      help: 'Turns that ended in onTurnError, by channel.',
      labelNames: ['channel'],
      registers: [registry],
    }),
    languageFallbacks: new Counter({
      name: 'lymph_language_fallbacks_total',
      help: 'Cloud language calls replaced by the local recognizer or the curated answer, by backend and reason.',
      labelNames: ['backend', 'reason'],
      registers: [registry],
    }),
  };
}
