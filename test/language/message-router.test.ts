import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { COMMANDS, type Command } from '../../src/language/message-router';
import { messageRouter } from '../helpers/dialog-deps';

const router = messageRouter();
/** Held-out phrasings nobody tuned on (test/fixtures/intents-heldout.yaml), by intent. */
const heldOut = YAML.parse(readFileSync(path.join(__dirname, '../fixtures/intents-heldout.yaml'), 'utf8')) as Record<
  string,
  string[]
>;

describe('a command fires only when the message is plainly that command', () => {
  const plainCommands = COMMANDS.flatMap((command) => (heldOut[command] ?? []).map((text) => [command, text] as const));

  it.each(plainCommands)('%s: "%s"', (command: Command, text: string) => {
    expect(router.plainCommand(text)).toBe(command);
  });

  it.each([
    'is bitcoin a good investment',
    "how do i get into my ex's instagram",
    'cancel my appointment for friday',
    'can you prescribe me water tablets?',
    'my legs feel like they will never stop swelling',
    'how do I delete a page in word',
    'i want to stop my swelling getting worse',
  ])('not a command: "%s"', (text) => {
    expect(router.plainCommand(text)).toBeUndefined();
  });
});

describe('asking for a person', () => {
  it.each(heldOut.talk_to_human ?? [])('held out: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });

  it.each(['can a person do lymphatic drainage on themselves', 'how does the human lymph system work', 'what is a lymph node'])(
    'not a request for a person: "%s"',
    (text) => {
      expect(router.asksForPerson(text)).toBe(false);
    },
  );
});
