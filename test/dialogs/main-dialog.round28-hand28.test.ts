import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { FIRST_QUESTION, withoutProgress } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, openClock } from '../helpers/staff-api';

/**
 * Round 28 (hand28, issue 12 §2): a request for a person in words the router newly reads wins in the middle of the health
 * check too, over the answer the question waits for, through the whole app over HTTP. Wordings written for this test.
 */
describe('asking for a person in the middle of the health check, over real HTTP', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  // A fresh app per message: each is first in an empty queue.
  beforeEach(async () => {
    running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
  });
  afterEach(() => running.close());

  it.each([
    'could a member of staff be put on? the card reader charged me for two sessions',
    'sum1 cll me asap',
    'this bot is worse than useless',
  ])('"%s" reaches the team, not the question', async (text) => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('what should i book');
    expect((await user.sayFull('yes')).map((a) => String(a.text ?? '')).at(-1)).toBe(FIRST_QUESTION);
    const replies = (await user.sayFull(text)).map((a) => withoutProgress(String(a.text ?? '')));
    expect(replies[0]).toBe(messages.text('handoff_live_queued', { position: 1, minutes: 10 }));
  });
});
