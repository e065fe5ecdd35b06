import type { DayKey, Spa } from '../content/spa';

const DAY_KEYS: readonly DayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const DAY_MS = 86_400_000;

/** The spa's hours and time zone: all opening-hours questions need only these. */
export type OpeningHours = Pick<Spa, 'hours' | 'timeZone'>;

interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY_INDEX[parts.weekday!] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** The instant a local wall-clock time in `timeZone` happens (DST-aware: offset measured, then re-checked). */
function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const local = localTime(new Date(guess), timeZone);
    const seen = Date.UTC(local.year, local.month - 1, local.day, Math.floor(local.minutes / 60), local.minutes % 60);
    guess += wall - seen;
  }
  return new Date(guess);
}

/** Whether the spa is open at `now`, in the spa's own time zone (open inclusive, close exclusive). */
export function isOpen(spa: OpeningHours, now: Date): boolean {
  const local = localTime(now, spa.timeZone);
  const opening = spa.hours[DAY_KEYS[local.weekday]!];
  return opening !== undefined && local.minutes >= toMinutes(opening.open) && local.minutes < toMinutes(opening.close);
}

/** `now` when open; otherwise the next opening time; undefined if the spa has no opening day at all. */
export function nextOpening(spa: OpeningHours, now: Date): Date | undefined {
  if (isOpen(spa, now)) return now;
  const today = localTime(now, spa.timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    // Noon avoids landing on the wrong date around DST changes.
    const noon = instantOf(today.year, today.month, today.day, 12 * 60, spa.timeZone);
    const local = localTime(new Date(noon.getTime() + offset * DAY_MS), spa.timeZone);
    const opening = spa.hours[DAY_KEYS[local.weekday]!];
    if (!opening) continue;
    if (offset === 0 && today.minutes >= toMinutes(opening.open)) continue;
    return instantOf(local.year, local.month, local.day, toMinutes(opening.open), spa.timeZone);
  }
  return undefined;
}

/** How a time is said to the person: weekday and time in the spa's zone, e.g. { day: 'Monday', time: '09:00' }. */
export function describeLocalTime(at: Date, timeZone: string): { day: string; date: string; time: string } {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', { timeZone, ...options }).format(at);
  return {
    day: format({ weekday: 'long' }),
    date: format({ month: 'long', day: 'numeric' }),
    time: format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  };
}
