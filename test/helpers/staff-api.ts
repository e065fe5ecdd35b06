import { FixedClock } from '../../src/clock';

/** Tuesday 10:00 in Los Angeles: Willow is open. TEST_NOW (02:00 there) is out of hours. */
export const OPEN_NOW = new Date('2026-11-24T18:00:00Z');
export const API_TOKEN = 'test-staff-api-token-0123456789abcdef';

export function openClock(): FixedClock {
  return new FixedClock(OPEN_NOW);
}

/** The staff API with the bearer token (clinician role). */
export class StaffApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token = API_TOKEN,
  ) {}

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }

  async openTickets(): Promise<any[]> {
    const { body } = await this.call('GET', '/staff/api/tickets?status=open');
    return body.tickets;
  }

  async ticket(id: string): Promise<any> {
    return (await this.call('GET', `/staff/api/tickets/${id}`)).body.ticket;
  }
}

/** Polls until `check` passes or the time is up (for things that happen in the background). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
