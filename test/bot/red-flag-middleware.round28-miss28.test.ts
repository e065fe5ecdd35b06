import { Messages } from '../../src/content/messages';
import { loadSpa } from '../../src/content/spa';
import { loadRedFlagContent } from '../../src/screening';
import { appWithStaffForSuite, closeTickets, dialogStates } from '../helpers/dialog-states';
import { EmulatorUser } from '../helpers/emulator-user';
import { REPO_ROOT } from '../helpers/test-app';
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

const STATES = dialogStates(messages);

describe('a crisis gets the crisis line in every dialog state', () => {
  const app = appWithStaffForSuite();

  describe.each(Object.keys(STATES))('%s', (state) => {
    it.each(CRISES)('answers "%s" with advice alone that names the crisis line', async (text) => {
      const user = new EmulatorUser(app.url, app.connector);
      await STATES[state]!(user, app.staff);
      const replies = (await user.sayFull(text)) as { text?: string }[];
      await closeTickets(app.staff);
      expect(replies).toHaveLength(1);
      const said = String(replies[0]!.text ?? '');
      expect(advices.has(said)).toBe(true);
      expect(said).toContain(spa.crisisLine);
    }, 60_000);
  });
});
