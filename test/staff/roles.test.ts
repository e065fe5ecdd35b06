import { detailView, summaryView } from '../../src/staff/roles';
import { openTicket } from '../../src/handoff/ticket';
import { HealthWords, loadPrivacyLexicon } from '../../src/content/personal-data-redaction';
import { messages } from '../helpers/dialog-deps';
import { REPO_ROOT } from '../helpers/test-app';

const health = new HealthWords(
  loadPrivacyLexicon(`${REPO_ROOT}/knowledge`).redaction,
  messages.text('staff_health_details_withheld'),
);

describe('what each role sees of a ticket', () => {
  const now = new Date('2026-11-24T18:00:00Z');
  const base = {
    id: 't',
    mode: 'live' as const,
    conversationId: 'c',
    channel: 'webchat',
    conversationReference: {},
    excerpt: [{ from: 'person' as const, text: 'I have lymphedema in my left arm', at: now.toISOString() }],
    contact: { name: 'Sam', phone: '+1 503 555 0100', consentAt: now.toISOString() },
    screening: { outcome: 'refer_specialist', reasons: ['Lymphedema…'], clinicianKinds: ['lymphedema_therapist'], allowedServices: [], completedAt: now.toISOString() },
    now,
    teamAvailableAt: now,
    targetMinutes: 10,
    expireMinutes: 60,
  };

  it('gives front desk the reason and contact, never the screening', () => {
    const t = openTicket({ ...base, reason: 'asked_for_human' });
    const view = detailView(t, 'front_desk', now, [t], [], health);
    expect(view).toMatchObject({ reason: 'asked_for_human', contact: { name: 'Sam' }, claimable: true });
    expect(view.screening).toBeUndefined();
    // The line names a condition: front desk sees that something was said, not what.
    expect(view.excerpt.map((line) => line.text)).toEqual([messages.text('staff_health_details_withheld')]);
  });

  it('keeps a clinical referral to clinicians: front desk sees that it exists and the contact only', () => {
    const t = openTicket({ ...base, reason: 'screening_referral' });
    const front = detailView(t, 'front_desk', now, [t], [], health);
    expect(front).toMatchObject({ reason: 'screening_referral', contact: { name: 'Sam' }, claimable: false, excerpt: [] });
    expect(front.screening).toBeUndefined();
    const clinician = detailView(t, 'clinician', now, [t], [], health);
    expect(clinician).toMatchObject({ claimable: true, screening: { outcome: 'refer_specialist' } });
    expect(clinician.excerpt).toHaveLength(1);
    expect(summaryView(t, 'clinician', now, [t]).queuePosition).toBe(1);
  });
});
