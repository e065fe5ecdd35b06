import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { say } from '../conversation/reply';
import type { Messages } from '../content/messages';
import type { DataRegistry } from '../storage/data-registry';

/** Lowercase words only: "What do you know about me?" and "what do you know about me" are one phrase. */
export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * "What do you know about me": answered from every registered store (src/storage/data-stores.ts), before
 * any dialog, wherever the conversation is; a dialog waiting for an answer keeps waiting. Recognised by
 * the strict phrase list in knowledge/privacy.yaml only, so a health question never triggers it.
 */
export class AboutMeMiddleware implements Middleware {
  private readonly phrases: ReadonlySet<string>;

  constructor(
    phrases: readonly string[],
    private readonly registry: DataRegistry,
    private readonly messages: Messages,
    private readonly retentionDays: number,
  ) {
    this.phrases = new Set(phrases.map(normalisePhrase));
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message || !this.phrases.has(normalisePhrase(activity.text ?? ''))) return next();
    const held = await this.registry.describe(context);
    const text = [
      this.messages.text('about_me_intro'),
      ...held.map((line) => `- ${line}`),
      this.messages.text('about_me_footer', { retentionDays: this.retentionDays }),
    ].join('\n');
    await say(context, { text });
  }
}
