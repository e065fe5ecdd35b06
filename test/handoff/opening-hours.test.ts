import { describeLocalTime, isOpen, nextOpening } from '../../src/handoff/opening-hours';

// Willow's hours (knowledge/spa.yaml), America/Los_Angeles: Mon–Tue 9–18, Wed–Thu 9–20, Fri 9–17, Sat 10–15.
const spa = {
  timeZone: 'America/Los_Angeles',
  hours: {
    mon: { open: '09:00', close: '18:00' },
    tue: { open: '09:00', close: '18:00' },
    wed: { open: '09:00', close: '20:00' },
    thu: { open: '09:00', close: '20:00' },
    fri: { open: '09:00', close: '17:00' },
    sat: { open: '10:00', close: '15:00' },
  },
};

describe('opening hours in the spa time zone', () => {
  it.each([
    ['2026-11-24T17:00:00Z', true], // Tue 09:00 PST
    ['2026-11-24T16:59:00Z', false], // Tue 08:59
    ['2026-11-25T01:59:00Z', true], // Tue 17:59
    ['2026-11-25T02:00:00Z', false], // Tue 18:00: closing time is closed
    ['2026-11-29T20:00:00Z', false], // Sunday
    ['2026-07-14T16:30:00Z', true], // Tue 09:30 PDT (summer time)
  ])('at %s open is %s', (iso, open) => {
    expect(isOpen(spa, new Date(iso))).toBe(open);
  });

  it('gives now while open, and the next opening otherwise', () => {
    const open = new Date('2026-11-24T18:00:00Z');
    expect(nextOpening(spa, open)).toEqual(open);
    // Tuesday 02:00 → Tuesday 09:00 the same morning.
    expect(nextOpening(spa, new Date('2026-11-24T10:00:00Z'))).toEqual(new Date('2026-11-24T17:00:00Z'));
    // Saturday 16:00 → Monday 09:00.
    expect(nextOpening(spa, new Date('2026-11-29T00:00:00Z'))).toEqual(new Date('2026-11-30T17:00:00Z'));
    // Across the spring DST change: Saturday 7 March 2026 after closing → Monday 9 March 09:00 PDT.
    expect(nextOpening(spa, new Date('2026-03-08T00:00:00Z'))).toEqual(new Date('2026-03-09T16:00:00Z'));
  });

  it('has no next opening for a spa without hours', () => {
    expect(nextOpening({ timeZone: 'Europe/London', hours: {} }, new Date())).toBeUndefined();
  });

  it('says a time as weekday and 24-hour time in the zone', () => {
    expect(describeLocalTime(new Date('2026-11-30T17:00:00Z'), spa.timeZone)).toEqual({
      day: 'Monday',
      date: 'November 30',
      time: '09:00',
    });
  });
});
