import type { Messages } from '../../src/content/messages';
import type { EmulatorUser } from './emulator-user';
import { FIRST_QUESTION } from './screening';
import type { StaffApi } from './staff-api';

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
