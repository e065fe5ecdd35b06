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

  // Every way of asking to speak with, or be contacted by, a human (the first held-out set missed the
  // call / e-mail / "discuss with" frames). Written for this test, not copied from a held-out set.
  it.each([
    'is it possible to ring someone instead of typing',
    "I'd rather talk this over with a member of staff",
    'could someone from the team e-mail me the details',
    'please get a therapist to phone me',
    'can I call a person about my booking',
    'who do I speak to about a refund',
    'put me in contact with your nurse',
    'can we discuss it on the phone',
    'I would prefer chatting with a human',
  ])('asks for a person: "%s"', (text) => {
    expect(router.asksForPerson(text)).toBe(true);
  });

  it.each([
    'can a person do lymphatic drainage on themselves',
    'how does the human lymph system work',
    'what is a lymph node',
    "please don't email me",
    'should I discuss MLD with my doctor first',
  ])(
    'not a request for a person: "%s"',
    (text) => {
      expect(router.asksForPerson(text)).toBe(false);
    },
  );
});

describe('off-topic requests that look like ours', () => {
  it('does not send a game to the team, however sure the classifier is: it never saw the words', () => {
    const route = router.route('can you play checkers with me', { intent: 'talk_to_human', score: 0.95, entities: [] });
    expect(route.kind).not.toBe('handoff');
  });

  it('does not start the health check for a suggestion of something that is not ours', () => {
    const route = router.route('recommend a good novel for the beach', {
      intent: 'get_recommendation',
      score: 0.63,
      entities: [],
    });
    expect(route.kind).not.toBe('personal');
  });

  it('starts the health check for a health request with words the articles never use', () => {
    const route = router.route('what would you suggest for someone with long covid', {
      intent: 'get_recommendation',
      score: 0.7,
      entities: [],
    });
    expect(route).toEqual({ kind: 'personal' });
  });

  it('still starts the health check for a suggestion that names nothing else', () => {
    expect(router.route('please recommend whatever you think is best', { intent: 'none', score: 0, entities: [] })).toEqual({
      kind: 'personal',
    });
  });
});
