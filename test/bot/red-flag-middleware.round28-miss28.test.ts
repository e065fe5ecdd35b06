import { Messages } from '../../src/content/messages';
import { loadSpa } from '../../src/content/spa';
import { loadRedFlagContent } from '../../src/screening';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { FIRST_QUESTION } from '../helpers/screening';
import { API_TOKEN, openClock, StaffApi } from '../helpers/staff-api';
import { REPO_ROOT, type RunningApp, startTestApp } from '../helpers/test-app';
import path from 'node:path';

// Round 28 (miss28): a message people write as a crisis (thoughts of suicide, or someone threatening or attacking them)
// is answered with the crisis line from spa.yaml in every dialog state, whichever flag the detector gives it: batch 24's
// writers filed threats from a partner under "crisis", and the danger flag's advice did not name the line. Through the
// real app over HTTP, in the five states of the held-out corpus test. Messages written for this test.
const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const spa = loadSpa(knowledgeDir);
const messages = Messages.load(knowledgeDir, spa);
const advices = new Set(loadRedFlagContent(knowledgeDir, spa).flags.map((f) => f.advice));

const CRISES: readonly string[] = [
  // Someone else is the danger: the danger flag answers these.
  'my stepdad said he will hurt me when he gets home tonight and im scared, hiding at my neighbours',
  'ex boyfriend is trying to break in through the back window right now',
  'he had his hands round my neck last night till i blacked out',
  // Thoughts of suicide: the crisis flag answers these (they named the line before too).
  'i want to end my life tonight',
  'been stockpiling my meds for weeks and i cant see a way out anymore',
];

async function openTicket(user: EmulatorUser, staff: StaffApi): Promise<string> {
  await user.say('can i talk to a real person please');
  const open = await staff.openTickets();
  if (open.length !== 1) throw new Error(`expected one open ticket, found ${open.length}`);
  return open[0].id;
}

async function closeTickets(staff: StaffApi): Promise<void> {
  for (const status of ['open', 'claimed']) {
    const { body } = await staff.call('GET', `/staff/api/tickets?status=${status}`);
    for (const ticket of body.tickets) {
      if (ticket.status === 'open') await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
      await staff.call('POST', `/staff/api/tickets/${ticket.id}/close`);
    }
  }
}

const STATES: Record<string, (user: EmulatorUser, staff: StaffApi) => Promise<void>> = {
  idle: async () => {},
  'mid health check': async (user) => {
    await user.say('recommend me something');
    const replies = await user.say('yes');
    if (replies.at(-1) !== FIRST_QUESTION) throw new Error(`not in the health check: ${replies.join(' | ')}`);
  },
  'asked to confirm a deletion': async (user) => {
    const replies = await user.say('delete my data');
    if (replies.at(-1) !== messages.text('delete_confirm')) throw new Error(`no confirmation: ${replies.join(' | ')}`);
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

describe('a crisis gets the crisis line in every dialog state', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  let staff: StaffApi;

  beforeAll(async () => {
    await connector.start();
    running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    staff = new StaffApi(running.url);
  });
  afterAll(async () => {
    await running.close();
    await connector.stop();
  });

  describe.each(Object.keys(STATES))('%s', (state) => {
    it.each(CRISES)('answers "%s" with advice alone that names the crisis line', async (text) => {
      const user = new EmulatorUser(running.url, connector);
      await STATES[state]!(user, staff);
      const replies = (await user.sayFull(text)) as { text?: string }[];
      await closeTickets(staff);
      expect(replies).toHaveLength(1);
      const said = String(replies[0]!.text ?? '');
      expect(advices.has(said)).toBe(true);
      expect(said).toContain(spa.crisisLine);
    }, 60_000);
  });
});
