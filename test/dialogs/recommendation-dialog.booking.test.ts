import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { FIRST_QUESTION, screeningContent, withoutProgress } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, openClock, StaffApi } from '../helpers/staff-api';

const questionTexts = new Set(screeningContent.questions.map((q) => q.text));

/** Agrees to the health check and answers every question: `answers` by question id, else "no" (52 for numbers). */
async function screen(user: EmulatorUser, opening: string, answers: Record<string, string> = {}) {
  await user.say(opening);
  let last = (await user.sayFull('yes')).map((a) => String(a.text ?? ''));
  expect(last.at(-1)).toBe(FIRST_QUESTION);
  last = last.map(withoutProgress);
  for (let turn = 0; turn < 40; turn++) {
    const asked = screeningContent.questions.find((q) => q.text === last.at(-1))!;
    let replies = await user.sayFull(answers[asked.id] ?? (asked.type === 'number' ? '52' : 'no'));
    // The review step before the result: confirm the answers.
    if (String(replies.at(-1)?.text ?? '').startsWith(messages.text('screening_review_intro')))
      replies = await user.sayFull(messages.text('choice_review_confirm'));
    last = replies.map((a) => withoutProgress(String(a.text ?? '')));
    if (!questionTexts.has(last.at(-1) ?? '')) return replies;
  }
  throw new Error('the health check did not end');
}

function bookButtons(activity: Record<string, unknown> | undefined): Array<{ title: string; value: string; card: string }> {
  return ((activity?.attachments as any[]) ?? []).flatMap((attachment) =>
    (attachment.content.buttons as any[]).map((button) => ({ ...button, card: attachment.content.title })),
  );
}

describe('booking and referral after the health check, over real HTTP', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  // A fresh app per test: each starts with an empty queue and no bookings, whatever ran before.
  beforeEach(async () => {
    running = await startTestApp({
      clock: openClock(),
      env: { STAFF_API_TOKEN: API_TOKEN, PUBLIC_URL: 'https://chat.willow.example' },
    });
  });
  afterEach(() => running.close());

  it('shows the services a suitable screening allows as cards with Book buttons through /book', async () => {
    const user = new EmulatorUser(running.url, connector);
    const end = await screen(user, 'which package should I book?');
    const cards = end.at(-1)!;
    expect(cards.attachmentLayout).toBe('carousel');
    expect(cards.text).toBe(messages.text('booking_cards_intro'));
    const buttons = bookButtons(cards);
    expect(buttons.map((b) => b.card)).toEqual([
      'Lymphatic drainage massage, 60 minutes',
      'Lymphatic drainage massage, 90 minutes',
      'Facial lymphatic drainage, 45 minutes',
    ]);
    for (const button of buttons) {
      expect(button).toMatchObject({ type: 'openUrl', title: messages.text('booking_card_book') });
      expect(button.value).toMatch(/^https:\/\/chat\.willow\.example\/book\/(mld-60|mld-90|facial-mld)\?c=[A-Za-z0-9_-]{16}$/);
      expect(button.value).not.toContain(user.userId);
      expect(button.value).not.toContain(user.conversationId);
    }
    // The link works on this server, counts the click, and lands on the booking system.
    const { pathname, search } = new URL(buttons[0]!.value);
    const response = await fetch(`${running.url}${pathname}${search}`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('https://book.willow-lymph.example/services/mld-60');
    const { body } = await new StaffApi(running.url).call('GET', '/staff/api/bookings');
    expect(body.services).toContainEqual({ serviceId: 'mld-60', offers: 1, clicks: 1 });
  });

  it('offers only the post-op package after recent surgery, with the surgeon’s OK on the card', async () => {
    const user = new EmulatorUser(running.url, connector);
    const end = await screen(user, 'what should i book', {
      surgery_or_pregnancy: 'yes',
      recent_surgery: 'yes',
      surgery_days: '20',
      surgeon_clearance: 'yes',
    });
    const cards = end.at(-1)!;
    const buttons = bookButtons(cards);
    expect(buttons.map((b) => b.value.replace(/\?.*/, ''))).toEqual(['https://chat.willow.example/book/post-op-package']);
    expect(JSON.stringify(cards.attachments)).toContain(messages.text('booking_requires_surgeon_clearance'));
    // A clearance outcome: the card says to book once the OK is in hand and carries the front desk reference.
    const clinician = screeningContent.clinicians.surgeon;
    expect(JSON.stringify(cards.attachments)).toContain(
      messages.text('booking_card_clearance', { clinician }),
    );
    const code = JSON.stringify(cards.attachments).match(/CL-[0-9A-Z]{4}/)?.[0] ?? 'none';
    expect(JSON.stringify(cards.attachments)).toContain(messages.text('booking_card_reference', { code }));
    const { status, body } = await new StaffApi(running.url).call('GET', `/staff/api/clearances/${code}`);
    expect(status).toBe(200);
    expect(body.clearance.reasons).toContain(
      screeningContent.rules.find((r) => r.id === 'surgery_cleared')!.reason,
    );
  });

  it('after a referral offers a clinician, and the ticket carries the screening for clinicians only', async () => {
    const user = new EmulatorUser(running.url, connector);
    const end = await screen(user, 'what would you recommend for me', { swelling_any: 'yes', lymphedema: 'yes' });
    expect(bookButtons(end.at(-1))).toEqual([]);
    const offer = end.at(-1)!;
    expect(offer.text).toBe(messages.text('handoff_referral_offer'));
    const accept = (offer.suggestedActions as any).actions[0];
    expect(accept.title).toBe(messages.text('handoff_referral_accept'));
    expect(await user.say(accept.value)).toEqual([
      messages.text('handoff_live_queued', { position: 1, minutes: 10 }),
    ]);

    const staff = new StaffApi(running.url);
    const [ticket] = await staff.openTickets();
    expect(ticket).toMatchObject({ reason: 'screening_referral', needsClinician: true });
    const detail = await staff.ticket(ticket.id);
    expect(detail.screening).toMatchObject({
      outcome: 'refer_specialist',
      clinicianKinds: ['lymphedema_therapist'],
    });
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Clara' });
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/close`);
  });

  it('opens the hand-off when "Talk to a person" is pressed in the middle of the health check', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('what should i book');
    await user.say('yes');
    const offered = await user.sayFull('purple monkey');
    const buttons = (offered.at(-1)?.suggestedActions as { actions: Array<{ title: string }> } | undefined)
      ?.actions;
    expect(buttons?.map((b) => b.title)).toContain(messages.text('choice_talk_to_human'));
    const replies = (await user.sayFull(messages.text('choice_talk_to_human'))).map((a) =>
      withoutProgress(String(a.text ?? '')),
    );
    // The team is asked to join; meanwhile the health check carries on where it was.
    expect(replies[0]).toBe(messages.text('handoff_live_queued', { position: 1, minutes: 10 }));
    expect(replies).not.toContain(messages.text('screening_assumed_not_sure'));
    expect(replies.slice(1)).toEqual([
      messages.text('screening_resume'),
      screeningContent.questions[0]!.text,
    ]);
  });

  it('points a request to move or cancel a visit to the booking page and the phone', async () => {
    const user = new EmulatorUser(running.url, connector);
    const [reply] = await user.say('i need to reschedule my appointment');
    expect(reply).toBe(messages.text('booking_manage', { url: 'https://book.willow-lymph.example/manage' }));
  });
});
