import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { DialogDependencies } from '../../dialogs/dialog-dependencies';
import { Messages } from '../../src/kb/messages';
import { loadSpa } from '../../src/kb/spa';
import { loadIntents } from '../../src/language/intents-content';
import { LocalRecognizer } from '../../src/language/local-recognizer';

export const KNOWLEDGE_DIR = path.join(__dirname, '../../knowledge');
export const spa = loadSpa(KNOWLEDGE_DIR);
export const messages = Messages.load(KNOWLEDGE_DIR, spa);

let recognizer: Promise<LocalRecognizer> | undefined;
/** The real local recognizer, trained once per test file. */
export function localRecognizer(): Promise<LocalRecognizer> {
  recognizer ??= LocalRecognizer.train(loadIntents(KNOWLEDGE_DIR));
  return recognizer;
}

/** Dependencies for dialogs tested alone; the eraser records what it was asked to erase. */
export async function dialogDependencies(): Promise<DialogDependencies & { erased: string[] }> {
  const erased: string[] = [];
  return {
    recognizer: await localRecognizer(),
    messages,
    eraser: {
      async erase(context: TurnContext) {
        erased.push(context.activity.conversation.id);
      },
    },
    erased,
  };
}
