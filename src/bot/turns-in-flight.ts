import type { TurnContext } from 'botbuilder';

/**
 * Counts the bot turns running now, so shutdown waits for them and not only for their HTTP requests. A client
 * that stops waiting (a Direct Line POST that timed out, a dropped connection) closes its request, but its
 * turn goes on: it still has replies to send and state to save, and storage must stay open until it has.
 */
export class TurnsInFlight {
  private running = 0;

  /** The same turn logic, counted while it runs. */
  track(logic: (context: TurnContext) => Promise<void>): (context: TurnContext) => Promise<void> {
    return async (context) => {
      this.running++;
      try {
        await logic(context);
      } finally {
        this.running--;
      }
    };
  }

  /** Resolves once no turn is running, or after `timeoutMs`; with the number of turns still running. */
  async settle(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.running > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.running;
  }
}
