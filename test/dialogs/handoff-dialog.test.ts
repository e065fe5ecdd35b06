import { redFlagContent } from '../helpers/screening';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSpa } from '../../src/content/spa';
import { Messages } from '../../src/content/messages';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { REPO_ROOT, type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, openClock, StaffApi } from '../helpers/staff-api';

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const messages = Messages.load(knowledgeDir, loadSpa(knowledgeDir));

describe('handing a person to the team and back, over real HTTP', () => {
  const connector = new LocalConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  const texts = (user: EmulatorUser) =>
    connector.messagesTo(user.conversationId).map((a) => String(a.text ?? ''));

  async function askForHuman(user: EmulatorUser): Promise<void> {
    await user.say('hi');
    expect(await user.say('can i talk to a real person please')).toEqual([
      messages.text('handoff_live_queued', { position: 1, minutes: 10 }),
    ]);
  }

  it('goes person → ticket → claim → replies both ways → close → assistant again', async () => {
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const staff = new StaffApi(running.url);
      const user = new EmulatorUser(running.url, connector);
      await askForHuman(user);

      // The standard event for contact-centre platforms, with the redacted transcript.
      const events = connector.received.filter(
        (r) => r.conversationId === user.conversationId && r.activity.type === 'event',
      );
      expect(events.map((e) => e.activity.name)).toEqual(['handoff.initiate']);
      const transcript = (events[0]!.activity.attachments as any[])[0].content.activities as any[];
      expect(transcript.map((a) => a.text)).toContain('can i talk to a real person please');

      const [listed] = await staff.openTickets();
      expect(listed).toMatchObject({
        status: 'open',
        reason: 'asked_for_human',
        mode: 'live',
        channel: 'emulator',
        queuePosition: 1,
      });
      expect((await user.say('are you still there?')).length).toBeGreaterThan(0); // the assistant answers while waiting

      expect(
        (await staff.call('POST', `/staff/api/tickets/${listed.id}/claim`, { staffName: 'Ana' })).status,
      ).toBe(200);
      expect(texts(user).at(-1)).toBe(messages.text('handoff_joined', { name: 'Ana' }));

      expect(
        (
          await staff.call('POST', `/staff/api/tickets/${listed.id}/messages`, {
            text: 'Hi, I am Ana. How can I help?',
          })
        ).status,
      ).toBe(201);
      expect(texts(user).at(-1)).toBe('Ana: Hi, I am Ana. How can I help?');

      // The person's answer goes to the ticket, not to the dialogs: the assistant stays quiet.
      expect(await user.say('what is mld?')).toEqual([]);
      const detail = await staff.ticket(listed.id);
      expect(detail.status).toBe('claimed');
      expect(detail.messages.map((m: any) => [m.from, m.text])).toEqual([
        ['person', 'are you still there?'],
        ['staff', 'Hi, I am Ana. How can I help?'],
        ['person', 'what is mld?'],
      ]);

      expect((await staff.call('POST', `/staff/api/tickets/${listed.id}/close`)).status).toBe(200);
      expect(texts(user).at(-1)).toBe(messages.text('handoff_closed', { name: 'Ana' }));
      const answer = await user.say('what is mld?');
      expect(answer.length).toBeGreaterThan(0);
      expect(answer[0]).not.toBe(messages.text('fallback'));
      expect(
        (await staff.call('POST', `/staff/api/tickets/${listed.id}/messages`, { text: 'late' })).status,
      ).toBe(409);
    } finally {
      await running.close();
    }
  });

  it('keeps the ticket and the relay across a restart of the bot (SQLite)', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-handoff-'));
    const env = { STORAGE: 'sqlite', DATA_DIR: dataDir, STAFF_API_TOKEN: API_TOKEN };
    try {
      let running: RunningApp = await startTestApp({ clock: openClock(), env });
      const user = new EmulatorUser(running.url, connector);
      await askForHuman(user);
      await running.close();

      running = await startTestApp({ clock: openClock(), env });
      try {
        const staff = new StaffApi(running.url);
        const [ticket] = await staff.openTickets();
        expect(ticket).toBeDefined();
        await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ben' });
        expect(texts(user).at(-1)).toBe(messages.text('handoff_joined', { name: 'Ben' }));
        await staff.call('POST', `/staff/api/tickets/${ticket.id}/messages`, {
          text: 'Still here after a restart',
        });
        expect(texts(user).at(-1)).toBe('Ben: Still here after a restart');

        const restarted = new EmulatorUser(running.url, connector, {
          conversationId: user.conversationId,
          userId: user.userId,
        });
        expect(await restarted.say('thanks Ben')).toEqual([]);
        expect((await staff.ticket(ticket.id)).messages.at(-1)).toMatchObject({
          from: 'person',
          text: 'thanks Ben',
        });

        await staff.call('POST', `/staff/api/tickets/${ticket.id}/close`);
        expect(texts(user).at(-1)).toBe(messages.text('handoff_closed', { name: 'Ben' }));
        expect(await restarted.say('thank you so much!')).toEqual([messages.text('thanks_reply')]);
      } finally {
        await running.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('still answers a red flag while a team member has the conversation', async () => {
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const staff = new StaffApi(running.url);
      const user = new EmulatorUser(running.url, connector);
      await askForHuman(user);
      const [ticket] = await staff.openTickets();
      await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
      const symptom = 'my calf is hot, swollen and really painful since yesterday';
      const replies = await user.sayFull(symptom);
      expect(replies).toHaveLength(1);
      expect(String(replies[0]!.text)).toBe(redFlagContent.flags.find((flag) => flag.id === 'blood_clot_limb')!.advice);
      // Staff see the message and that the assistant answered it with urgent advice.
      const detail = await staff.ticket(ticket.id);
      expect(detail.messages.slice(-2).map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([
        ['person', 'my calf is hot, swollen and really painful since yesterday'],
        ['system', messages.text('handoff_note_urgent')],
      ]);
    } finally {
      await running.close();
    }
  });

  it('tells a person already waiting their place instead of opening a second ticket', async () => {
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const first = new EmulatorUser(running.url, connector);
      const second = new EmulatorUser(running.url, connector);
      await askForHuman(first);
      expect(await second.say('i want to speak to a person')).toEqual([
        messages.text('handoff_live_queued', { position: 2, minutes: 10 }),
      ]);
      expect(await second.say('human please')).toEqual([
        messages.text('handoff_already_waiting', { position: 2 }),
      ]);
      expect(await new StaffApi(running.url).openTickets()).toHaveLength(2);
    } finally {
      await running.close();
    }
  });

  it('re-notifies and flags an unclaimed ticket after the target time, then hands it back to the assistant', async () => {
    const clock = openClock();
    const running = await startTestApp({ clock, env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const staff = new StaffApi(running.url);
      const user = new EmulatorUser(running.url, connector);
      await askForHuman(user);
      clock.advance(11 * 60_000);
      await running.app.sweepHandoff();
      expect(texts(user).at(-1)).toBe(messages.text('handoff_overdue_person', { position: 1 }));
      expect((await staff.openTickets())[0]).toMatchObject({ overdue: true });
      clock.advance(50 * 60_000);
      await running.app.sweepHandoff();
      expect(texts(user).at(-1)).toBe(messages.text('handoff_expired'));
      expect(await staff.openTickets()).toEqual([]);
      expect(await user.say('thank you so much!')).toEqual([messages.text('thanks_reply')]);
    } finally {
      await running.close();
    }
  });

  it('offers the team after three questions in a row it could not answer', async () => {
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const user = new EmulatorUser(running.url, connector);
      const unanswerable = [
        'does lymphatic drainage massage fix tinnitus',
        'does lymphatic drainage massage fix tinnitus in both ears',
        'can mld cure my migraines',
      ];
      const replies: string[] = [];
      for (const question of unanswerable) replies.push(...(await user.say(question)));
      expect(replies.at(-1)).toBe(messages.text('handoff_unanswered_offer'));
      const [offer] = connector.messagesTo(user.conversationId).slice(-1) as any[];
      const choice = offer.suggestedActions.actions[0].value;
      expect(choice).toBe(messages.text('choice_talk_to_human'));
      expect(await user.say(choice)).toEqual([
        messages.text('handoff_live_queued', { position: 1, minutes: 10 }),
      ]);
      const [ticket] = await new StaffApi(running.url).openTickets();
      expect(ticket.reason).toBe('unanswered_questions');
    } finally {
      await running.close();
    }
  });

  it('forgets the conversation’s ticket when the person deletes their data', async () => {
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const user = new EmulatorUser(running.url, connector);
      await askForHuman(user);
      expect(await user.say('please delete my data')).toEqual([messages.text('delete_confirm')]);
      expect(await user.say('yes')).toEqual([messages.text('delete_done')]);
      expect(await new StaffApi(running.url).openTickets()).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('takes a complaint: asks what happened and passes it on', async () => {
    const running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    try {
      const user = new EmulatorUser(running.url, connector);
      expect(await user.say('i want to make a complaint')).toEqual([messages.text('handoff_complaint_ask')]);
      expect(await user.say('The therapist was 40 minutes late, call me on 503 555 0199')).toEqual([
        messages.text('handoff_complaint_noted'),
        messages.text('handoff_live_queued', { position: 1, minutes: 10 }),
      ]);
      const staff = new StaffApi(running.url);
      const [ticket] = await staff.openTickets();
      expect(ticket.reason).toBe('complaint');
      const detail = await staff.ticket(ticket.id);
      expect(detail.note).toBe('The therapist was 40 minutes late, call me on [phone]');
    } finally {
      await running.close();
    }
  });
});
