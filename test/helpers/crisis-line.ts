import path from 'node:path';
import { Messages } from '../../src/content/messages';
import { loadSpa } from '../../src/content/spa';
import { loadRedFlagContent, type RedFlagContent } from '../../src/screening';
import { appWithStaffForSuite, closeTickets, dialogStates } from './dialog-states';
import { EmulatorUser } from './emulator-user';
import { REPO_ROOT } from './test-app';

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const spa = loadSpa(knowledgeDir);

/** Every urgent advice a flag gives: its own, or its own with the crisis-line sentence after it (`crisisLineCues`). */
export function flagAdvices(redFlags: RedFlagContent): string[] {
  return redFlags.flags.flatMap((f) => [f.advice, `${f.advice} ${redFlags.crisisLineCues?.addendum ?? ''}`]);
}

const URGENT_ADVICE = new Set(flagAdvices(loadRedFlagContent(knowledgeDir, spa)));

/**
 * Each message, sent through the real app over HTTP in each of the five dialog states of the held-out corpus test, is
 * answered with one reply: urgent advice alone that names the crisis line from spa.yaml (issue 11: a crisis gets the
 * line, never a command or a screening). Rounds 28 and 30 wrote their own messages for it.
 */
export function expectCrisisLineInEveryState(title: string, crises: readonly string[]): void {
  describe(title, () => {
    const app = appWithStaffForSuite();
    const states = dialogStates(Messages.load(knowledgeDir, spa));

    describe.each(Object.keys(states))('%s', (state) => {
      it.each(crises)(
        'answers "%s" with urgent advice alone that names the crisis line',
        async (text) => {
          const user = new EmulatorUser(app.url, app.connector);
          await states[state]!(user, app.staff);
          const replies = (await user.sayFull(text)) as { text?: string }[];
          await closeTickets(app.staff);
          expect(replies).toHaveLength(1);
          const said = String(replies[0]!.text ?? '');
          expect(URGENT_ADVICE.has(said)).toBe(true);
          expect(said).toContain(spa.crisisLine);
        },
        60_000,
      );
    });
  });
}
