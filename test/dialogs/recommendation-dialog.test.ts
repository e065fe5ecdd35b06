import { rulesVersion } from '../../src/screening';
import type { ScreeningRecord } from '../../src/screening/screening-records';
import { messages } from '../helpers/dialog-deps';
import {
  conversation,
  DAY_MS,
  replyOf,
  RETENTION_DAYS,
  screeningContent,
  serviceName,
  type TestConversation,
  texts,
  VALID_DAYS,
} from '../helpers/screening';

const consent = messages.text('screening_consent', { validDays: VALID_DAYS, retentionDays: RETENTION_DAYS });

/** A screening completed `daysAgo` days ago, as the health check would have stored it. */
async function screened(
  chat: TestConversation,
  daysAgo: number,
  record: Partial<ScreeningRecord> = {},
): Promise<void> {
  await chat.records.recordOutcome({
    conversationId: 'Convo1',
    userId: 'user1',
    outcome: 'suitable',
    allowedServices: [...screeningContent.outcomes.suitable.services],
    firedRules: [],
    rulesVersion: rulesVersion(screeningContent),
    completedAt: new Date(chat.clock.now().getTime() - daysAgo * DAY_MS),
    ...record,
  });
}

describe('asking for a recommendation or a booking', () => {
  it.each([
    'Which package should I book?',
    'recommend me something',
    'should I get MLD after my tummy tuck?',
    'I want to book',
    messages.text('choice_get_recommendation'),
  ])('starts the health check first when there is none: "%s"', async (text) => {
    const chat = await conversation();
    expect(texts(await chat.say(text))).toEqual([messages.text('gate_no_screening'), consent]);
  });

  it('suggests the services a recent screening allows, and how to book', async () => {
    const chat = await conversation();
    await screened(chat, 2);
    const [reply, ...more] = await chat.say('recommend me something');
    expect(more).toEqual([]);
    expect(replyOf(reply)?.kind).toBe('recommendation');
    expect(reply?.text).toContain(messages.text('recommendation_intro'));
    for (const id of screeningContent.outcomes.suitable.services)
      expect(reply?.text).toContain(serviceName(id));
    expect(reply?.text).toContain(messages.text('recommendation_how_to_book'));
  });

  it('says how to book (phone and website) when asked to book after a screening', async () => {
    const chat = await conversation();
    await screened(chat, 2, {
      outcome: 'needs_clearance',
      allowedServices: ['post-op-package'],
      clinicianKind: 'surgeon',
      firedRules: ['surgery_cleared'],
    });
    const [reply] = await chat.say('I want to book');
    expect(replyOf(reply)?.kind).toBe('recommendation');
    // A clearance outcome never reads like "you can book": whose OK first, then book, bring it, checked.
    const clinician = screeningContent.clinicians.surgeon;
    expect(reply?.text).toContain(messages.text('recommendation_clearance_intro', { clinician }));
    expect(reply?.text).not.toContain(messages.text('recommendation_book_intro'));
    expect(reply?.text).toContain(messages.text('recommendation_clearance_how'));
    expect(reply?.text).toContain(messages.text('recommendation_how_to_book'));
    expect(reply?.text).toContain(serviceName('post-op-package'));
    expect(reply?.text).not.toContain(serviceName('mld-60'));
  });

  it('after a clearance, names every clinician whose OK is needed and gives the front desk reference', async () => {
    const chat = await conversation();
    await screened(chat, 1, {
      outcome: 'needs_clearance',
      allowedServices: [...screeningContent.outcomes.needs_clearance.services],
      clinicianKind: 'doctor',
      firedRules: ['blood_thinners_taken', 'low_blood_pressure_present'],
      clearanceCode: 'CL-7F3K',
    });
    const [reply] = await chat.say('recommend me something');
    const clinician = screeningContent.clinicians.doctor;
    expect(reply?.text).toContain(messages.text('recommendation_clearance_intro', { clinician }));
    expect(reply?.text).toContain(messages.text('recommendation_clearance_code', { code: 'CL-7F3K' }));
  });

  it('counts a screening the same person completed in another conversation', async () => {
    const chat = await conversation();
    await screened(chat, 1, { conversationId: 'an-earlier-conversation' });
    expect(replyOf((await chat.say('recommend me something'))[0])?.kind).toBe('recommendation');
  });

  it(`asks for a new health check when the last one is older than ${VALID_DAYS} days`, async () => {
    const chat = await conversation();
    await screened(chat, VALID_DAYS + 1);
    expect(texts(await chat.say('recommend me something'))).toEqual([
      messages.text('gate_expired', { validDays: VALID_DAYS }),
      consent,
    ]);
  });

  it('offers to check again when the last screening said not now', async () => {
    const chat = await conversation();
    await screened(chat, 1, { outcome: 'not_now', allowedServices: [], firedRules: ['clot_current'] });
    expect(texts(await chat.say('what should I book'))).toEqual([
      messages.text('gate_outcome_disallows'),
      consent,
    ]);
  });

  it('does not trust a stored outcome that names a service the spa no longer has', async () => {
    const chat = await conversation();
    await screened(chat, 1, { allowedServices: ['hot-stone-massage'] });
    expect(texts(await chat.say('recommend me something'))).toEqual([
      messages.text('gate_no_screening'),
      consent,
    ]);
  });

  it('suggests nothing for a day after a red flag, then keeps to the health check until a new one is completed', async () => {
    const chat = await conversation();
    await screened(chat, 1);
    await chat.say('my left calf is swollen and hot');
    chat.clock.advance(60_000);
    expect(texts(await chat.say('recommend me something'))).toEqual([messages.text('gate_safety_hold_recent')]);
    chat.clock.advance(24 * 60 * 60_000);
    expect(texts(await chat.say('recommend me something'))).toEqual([
      messages.text('gate_safety_hold'),
      consent,
    ]);
  });
});
