import type { Clock } from '../clock';
import type { HandoffConfig } from '../config';
import type { Messages } from '../content/messages';
import type { Logger } from '../log';
import type { AuditLog } from '../staff/audit-log';
import { HandoffService, type ProactiveMessenger, type TicketNotifier } from './handoff-service';
import type { OpeningHours } from './opening-hours';
import type { TicketRepository } from './ticket-repository';

/** Cluster bus topic: a ticket changed (its id), for the console streams on other instances. */
const TICKETS_TOPIC = 'tickets';

/** The parts of the cluster the hand-off uses (src/storage/cluster.ts implements them). */
export interface HandoffCluster {
  readonly bus: {
    publish(topic: string, payload: unknown): Promise<void>;
    subscribe(topic: string, listener: (payload: unknown) => void): () => void;
    onResume(listener: () => void): () => void;
  };
  readonly sweeps: { runIfDue(name: string, everyMs: number, sweep: () => Promise<void>): Promise<boolean> };
}

export interface HandoffParts {
  tickets: TicketRepository;
  audit: AuditLog;
  clock: Clock;
  messages: Messages;
  spa: OpeningHours;
  proactive: ProactiveMessenger;
  notifier: TicketNotifier;
  cluster: HandoffCluster;
  /** Where the staff console is reached, for the links in notifications. */
  publicBaseUrl: string;
  logger: Logger;
}

export interface Handoff {
  readonly service: HandoffService;
  /** Runs the sweep now (expiries, overdue re-notifications); it also runs every HANDOFF_SWEEP_SECONDS. */
  sweep(): Promise<void>;
  /** Stops the sweep timer. */
  stop(): void;
}

/** The hand-off service, its console updates across instances, and its periodic sweep. */
export function createHandoff(config: HandoffConfig, parts: HandoffParts): Handoff {
  const { cluster, logger } = parts;
  const service = new HandoffService({
    tickets: parts.tickets,
    audit: parts.audit,
    clock: parts.clock,
    messages: parts.messages,
    spa: parts.spa,
    proactive: parts.proactive,
    notifier: parts.notifier,
    consoleUrl: (ticketId) => `${parts.publicBaseUrl}/staff/#ticket=${encodeURIComponent(ticketId)}`,
    targetMinutes: config.targetMinutes,
    expireMinutes: config.expireMinutes,
    logger,
  });
  announceChangesAcrossInstances(service, cluster, logger);
  const sweep = async () => {
    try {
      await service.sweep();
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'hand-off sweep failed');
    }
  };
  // Timers on every instance; the sweep itself runs once per period for the whole cluster.
  const sweepMs = config.sweepSeconds * 1000;
  const timer = setInterval(
    () =>
      void cluster.sweeps
        .runIfDue('handoff', sweepMs, sweep)
        .catch((error: Error) => logger.warn({ err: { message: error.message } }, 'hand-off sweep not run')),
    sweepMs,
  );
  timer.unref();
  return { service, sweep, stop: () => clearInterval(timer) };
}

/** The console's live updates on every instance: ticket changes made here are announced to the others. */
function announceChangesAcrossInstances(
  service: HandoffService,
  cluster: HandoffCluster,
  logger: Logger,
): void {
  service.subscribe((change) => {
    if (change.elsewhere) return;
    cluster.bus
      .publish(TICKETS_TOPIC, { id: change.ticketId })
      .catch((error: Error) =>
        logger.warn({ err: { message: error.message } }, 'ticket change not announced'),
      );
  });
  cluster.bus.subscribe(TICKETS_TOPIC, (payload) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id === 'string') service.changedElsewhere(id);
  });
  // After a lost connection, changes made elsewhere meanwhile were not announced: consoles here re-read the live tickets.
  cluster.bus.onResume(() => {
    service.list(['open', 'claimed']).then(
      (live) => {
        for (const ticket of live) service.changedElsewhere(ticket.id);
      },
      (error: Error) => logger.warn({ err: { message: error.message } }, 'ticket catch-up failed'),
    );
  });
}
