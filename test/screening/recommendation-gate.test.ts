import { checkRecommendationGate, type GateInput } from '../../src/screening';

const DAY = 86_400_000;
const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const screening = (overrides: Partial<NonNullable<GateInput['screening']>> = {}) => ({
  outcome: 'suitable' as const,
  completedAt: daysAgo(1),
  allowedServices: ['mld-60', 'mld-90'] as const,
  ...overrides,
});
const gate = (input: Partial<GateInput>) => checkRecommendationGate({ now, validDays: 30, ...input });

describe('the recommendation gate', () => {
  it('offers nothing before a screening', () => {
    expect(gate({})).toEqual({ allowed: false, reason: 'no_screening' });
  });

  it('offers the allowed services after a recent suitable screening', () => {
    expect(gate({ screening: screening() })).toEqual({
      allowed: true,
      allowedServices: ['mld-60', 'mld-90'],
    });
  });

  it('offers services after a needs-clearance screening', () => {
    const result = gate({
      screening: screening({ outcome: 'needs_clearance', allowedServices: ['post-op-package'] }),
    });
    expect(result).toEqual({ allowed: true, allowedServices: ['post-op-package'] });
  });

  it('asks for a new screening once the old one has expired', () => {
    expect(gate({ screening: screening({ completedAt: daysAgo(31) }) })).toEqual({
      allowed: false,
      reason: 'expired',
    });
    expect(gate({ screening: screening({ completedAt: daysAgo(30) }) }).allowed).toBe(true);
  });

  it('does not trust a screening dated in the future', () => {
    expect(gate({ screening: screening({ completedAt: daysAgo(-1) }) })).toEqual({
      allowed: false,
      reason: 'expired',
    });
  });

  it.each(['urgent', 'not_now', 'refer_specialist'] as const)(
    'offers nothing after a %s outcome',
    (outcome) => {
      expect(gate({ screening: screening({ outcome, allowedServices: [] }) })).toEqual({
        allowed: false,
        reason: 'outcome_disallows',
      });
    },
  );

  it('offers nothing when the clearance rules leave no service in common', () => {
    expect(gate({ screening: screening({ outcome: 'needs_clearance', allowedServices: [] }) })).toEqual({
      allowed: false,
      reason: 'outcome_disallows',
    });
  });

  const hold = (at: Date, clearable = true) => ({ safetyHolds: [{ at, clearable }] });
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

  it('holds everything after a red flag that came after the screening', () => {
    expect(gate({ screening: screening({ completedAt: daysAgo(3) }), ...hold(daysAgo(2)) })).toEqual({
      allowed: false,
      reason: 'safety_hold',
    });
  });

  it('holds everything after a red flag even with no screening at all', () => {
    expect(gate(hold(daysAgo(2)))).toEqual({ allowed: false, reason: 'safety_hold' });
  });

  it('offers nothing for 24 hours after a red flag, even after a new screening that clears it', () => {
    expect(gate({ screening: screening({ completedAt: hoursAgo(1) }), ...hold(hoursAgo(2)) })).toEqual({
      allowed: false,
      reason: 'safety_hold_recent',
    });
  });

  it('lifts the hold once a day has passed and a new screening is completed after the red flag', () => {
    expect(gate({ screening: screening({ completedAt: hoursAgo(1) }), ...hold(hoursAgo(25)) })).toEqual({
      allowed: true,
      allowedServices: ['mld-60', 'mld-90'],
    });
  });

  it('keeps a hold no health check asks about until a clinician lifts it', () => {
    const input = { screening: screening({ completedAt: hoursAgo(1) }), ...hold(daysAgo(3), false) };
    expect(gate(input)).toEqual({ allowed: false, reason: 'safety_hold_clinician' });
    expect(gate({ ...input, holdsLiftedAt: daysAgo(2) }).allowed).toBe(true);
  });

  it('does not let a lift from before a red flag clear it', () => {
    const input = { screening: screening({ completedAt: hoursAgo(1) }), ...hold(daysAgo(3), false) };
    expect(gate({ ...input, holdsLiftedAt: daysAgo(4) })).toEqual({ allowed: false, reason: 'safety_hold_clinician' });
  });

  it('keeps the hold when the screening finished at the same moment as the red flag', () => {
    const at = daysAgo(2);
    expect(gate({ screening: screening({ completedAt: at }), ...hold(at) }).allowed).toBe(false);
  });
});
