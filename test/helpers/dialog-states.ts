import type { Messages } from '../../src/content/messages';
import type { EmulatorUser } from './emulator-user';
import { LocalConnector } from './local-connector';
import { FIRST_QUESTION } from './screening';
import { API_TOKEN, openClock, StaffApi } from './staff-api';
import { type RunningApp, startTestApp } from './test-app';

/** Asks for a person and returns the new ticket's id (the only open one: each test closes its own). */
export async function openTicket(user: EmulatorUser, staff: StaffApi): Promise<string> {
  await user.say('can i talk to a real person please');
  const open = await staff.openTickets();
  if (open.length !== 1) throw new Error(`expected one open ticket, found ${open.length}`);
  return open[0].id;
}

/** Closes whatever ticket a state opened, so the next conversation starts an empty queue. */
export async function closeTickets(staff: StaffApi): Promise<void> {
  for (const status of ['open', 'claimed']) {
    const { body } = await staff.call('GET', `/staff/api/tickets?status=${status}`);
    for (const ticket of body.tickets) {
      if (ticket.status === 'open')
        await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
      await staff.call('POST', `/staff/api/tickets/${ticket.id}/close`);
    }
  }
}

export type DialogState = (user: EmulatorUser, staff: StaffApi) => Promise<void>;

/**
 * Issue 11's five dialog states, each as how to bring a fresh conversation into it before the message under test: a
 * red flag must be answered the same in every one. Each throws when the bot did not reach its state, so a test can
 * never pass by testing the idle state five times.
 */
export function dialogStates(messages: Messages): Record<string, DialogState> {
  return {
    idle: async () => {},
    'mid-screening': async (user) => {
      await user.say('recommend me something');
      const replies = await user.say('yes');
      if (replies.at(-1) !== FIRST_QUESTION) throw new Error(`not in the health check: ${replies.join(' | ')}`);
    },
    'mid-question (delete confirmation)': async (user) => {
      const replies = await user.say('delete my data');
      if (replies.at(-1) !== messages.text('delete_confirm'))
        throw new Error(`no confirmation: ${replies.join(' | ')}`);
    },
    'waiting for staff': async (user, staff) => {
      await openTicket(user, staff);
    },
    'in a claimed staff chat': async (user, staff) => {
      const id = await openTicket(user, staff);
      const claimed = await staff.call('POST', `/staff/api/tickets/${id}/claim`, { staffName: 'Ana' });
      if (claimed.status !== 200) throw new Error(`claim failed: ${claimed.status}`);
    },
  };
}

/** The app, its connector and the staff API that a suite of dialog-state tests shares. */
export interface AppWithStaff {
  readonly connector: LocalConnector;
  readonly url: string;
  readonly staff: StaffApi;
}

/**
 * Starts one app (open hours, a staff API token) and a connector for the enclosing describe block, and stops both after
 * it: every conversation opened in a state closes its own ticket, so the suite can share them.
 */
export function appWithStaffForSuite(): AppWithStaff {
  const connector = new LocalConnector();
  let running: RunningApp | undefined;
  let staff: StaffApi | undefined;
  beforeAll(async () => {
    await connector.start();
    running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    staff = new StaffApi(running.url);
  });
  afterAll(async () => {
    await running?.close();
    await connector.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app starts in beforeAll');
    return value;
  };
  return {
    connector,
    get url() {
      return started(running).url;
    },
    get staff() {
      return started(staff);
    },
  };
}
