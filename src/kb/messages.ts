import { z } from 'zod';
import { ContentError } from '../errors';
import { readYamlFile } from './content-file';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from './spa';

/**
 * Every sentence the bot says outside articles and screening, by id. The list is here so a
 * misspelt id fails to compile and a missing one fails at start-up; the words live in
 * knowledge/messages.yaml.
 */
export const MESSAGE_IDS = [
  'welcome',
  'welcome_back',
  'help',
  'fallback',
  'goodbye',
  'thanks_reply',
  'restarted',
  'cancelled',
  'nothing_to_cancel',
  'turn_error',
  'delete_confirm',
  'delete_done',
  'delete_kept',
  'choice_yes',
  'choice_no',
  'choice_help',
  'choice_ask_question',
  'choice_get_recommendation',
  'choice_talk_to_human',
  'kb_disclaimer',
  'kb_sources',
  'kb_evidence_limited',
  'kb_evidence_insufficient',
  'kb_clarify',
  'kb_unknown',
  'kb_tell_me_more',
  'kb_nothing_more',
  'out_of_scope',
  'decline_medicine',
  'decline_diagnosis',
] as const;

export type MessageId = (typeof MESSAGE_IDS)[number];

const MessagesSchema = z
  .object({
    messages: z.record(z.string(), z.string().trim().min(1)),
  })
  .strict();

export type MessageVars = Record<string, string | number>;

/** The loaded sentences with the spa's own facts already filled in. */
export class Messages {
  private constructor(private readonly texts: ReadonlyMap<string, string>) {}

  static load(knowledgeDir: string, spa: Spa): Messages {
    const file = 'messages.yaml';
    const { messages } = readYamlFile(knowledgeDir, file, MessagesSchema);
    const values = spaPlaceholders(spa);
    for (const id of MESSAGE_IDS) {
      if (!(id in messages)) throw new ContentError(file, `messages.${id}`, 'is missing');
    }
    const texts = new Map<string, string>();
    for (const [id, text] of Object.entries(messages)) {
      const unknownSpa = unknownPlaceholders(text, values).filter((name) => name.startsWith('spa.'));
      if (unknownSpa.length > 0) {
        throw new ContentError(file, `messages.${id}`, `unknown placeholder {{${unknownSpa[0]}}}`);
      }
      texts.set(id, fillPlaceholders(text, values));
    }
    return new Messages(texts);
  }

  /** The sentence for `id`, with `{{name}}` placeholders replaced from `vars`. */
  text(id: MessageId, vars: MessageVars = {}): string {
    const template = this.texts.get(id)!;
    return fillPlaceholders(
      template,
      Object.fromEntries(Object.entries(vars).map(([key, value]) => [key, String(value)])),
    );
  }
}
