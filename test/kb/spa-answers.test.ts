import { FixedClock } from '../../src/clock';
import { loadSpaAnswerWords } from '../../src/kb/spa-answers';
import { KNOWLEDGE_DIR, messages, spa } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { type RunningApp, startTestApp } from '../helpers/test-app';

const words = loadSpaAnswerWords(KNOWLEDGE_DIR);
/** Sunday 29 November 2026, 11:00 in the spa's zone (Los Angeles). */
const SUNDAY_MORNING = new Date('2026-11-29T19:00:00Z');
/** Tuesday 24 November 2026, 10:00 there. */
const TUESDAY_MORNING = new Date('2026-11-24T18:00:00Z');

describe('opening-hours questions answered for the day asked, over real HTTP', () => {
  const connector = new LocalConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  async function ask(now: Date, question: string): Promise<{ text: string; sources: string }> {
    const running: RunningApp = await startTestApp({ clock: new FixedClock(now) });
    try {
      const user = new EmulatorUser(running.url, connector);
      const [text = ''] = await user.say(question);
      return { text, sources: text };
    } finally {
      await running.close();
    }
  }

  it('the content these answers rely on: closed on Sundays, open Monday and Tuesday at 9:00', () => {
    expect(spa.hours.sun).toBeUndefined();
    expect(spa.hours.mon?.open).toBe('09:00');
    expect(spa.hours.tue).toEqual({ open: '09:00', close: '18:00' });
  });

  it('"r u open sunday" → closed on Sundays, and when it opens next, sourced to the spa', async () => {
    const { text } = await ask(TUESDAY_MORNING, 'r u open sunday');
    expect(text).toContain(
      messages.text('spa_hours_closed_on_day', { days: words.days.sun.many, day: words.days.mon.one, time: '9 am' }),
    );
    expect(text).toContain(spa.website);
    expect(text).not.toContain('Saturday');
  });

  it('"is the studio open right now" on a Sunday → no, and the next opening is Monday at 9', async () => {
    const { text } = await ask(SUNDAY_MORNING, 'is the studio open right now');
    expect(text).toContain(messages.text('spa_hours_closed_now', { day: 'Monday', time: '9 am' }));
  });

  it('"what time do you close today" on a Tuesday morning → 6 pm', async () => {
    const { text } = await ask(TUESDAY_MORNING, 'what time do you close today');
    expect(text).toContain(messages.text('spa_hours_close_today', { close: '6 pm' }));
  });

  it('"are you open today" on a Sunday → closed on Sundays, open Monday at 9', async () => {
    const { text } = await ask(SUNDAY_MORNING, 'are you open today');
    expect(text).toContain(
      messages.text('spa_hours_closed_on_day', { days: words.days.sun.many, day: words.days.mon.one, time: '9 am' }),
    );
  });

  it('"what are your hours" still lists every day', async () => {
    const { text } = await ask(SUNDAY_MORNING, 'what are your hours');
    expect(text).toContain('Saturday');
    expect(text).toContain('Wednesday');
  });
});
