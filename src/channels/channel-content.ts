import { z } from 'zod';
import { ContentError } from '../errors';
import { readYamlFile } from '../content/content-file';
import { fillPlaceholders, type Spa, spaPlaceholders, unknownPlaceholders } from '../content/spa';

const FILE = 'channels.yaml';

const text = (max: number) => z.string().trim().min(1).max(max);

const ChannelContentSchema = z
  .object({
    webchat: z
      .object({
        botName: text(80),
        pageTitle: text(120),
        pageIntro: text(1000),
        pageChatHint: text(500),
        hoursHeading: text(60),
        contactHeading: text(60),
        launcherLabel: text(40),
        panelTitle: text(80),
        closeLabel: text(40),
        greeting: text(120),
        greetingDismissLabel: text(40),
        inputPlaceholder: text(80),
        sendLabel: text(40),
        botSaidLabel: text(80),
        connectionError: text(300),
        loadingLabel: text(80),
        unreadLabel: text(40),
        teamLabel: text(40),
        notAllowedLog: text(300),
        bookLinkSuffix: text(60),
      })
      .strict(),
    teams: z
      .object({
        // Limits from the Teams app manifest schema.
        shortName: text(30),
        fullName: text(100),
        shortDescription: text(80),
        fullDescription: text(4000),
        commands: z
          .array(z.object({ title: text(32), description: text(128) }).strict())
          .max(10)
          .default([]),
      })
      .strict(),
  })
  .strict();

export type ChannelContent = z.infer<typeof ChannelContentSchema>;
export type WebchatContent = ChannelContent['webchat'];

/**
 * The words around the assistant on each channel (knowledge/channels.yaml), with `{{spa.*}}` filled in.
 * Lengths are checked after filling, since a long spa name can push a Teams name over its limit.
 */
export function loadChannelContent(knowledgeDir: string, spa: Spa): ChannelContent {
  const raw = readYamlFile(knowledgeDir, FILE, ChannelContentSchema);
  const values = spaPlaceholders(spa);
  const fill = (field: string, value: string): string => {
    const unknown = unknownPlaceholders(value, values);
    if (unknown.length > 0) throw new ContentError(FILE, field, `unknown placeholder {{${unknown[0]}}}`);
    return fillPlaceholders(value, values);
  };
  const fillAll = <T extends Record<string, unknown>>(section: string, entries: T): T =>
    Object.fromEntries(
      Object.entries(entries).map(([key, value]) => [
        key,
        typeof value === 'string' ? fill(`${section}.${key}`, value) : value,
      ]),
    ) as T;
  const content = { webchat: fillAll('webchat', raw.webchat), teams: fillAll('teams', raw.teams) };
  const checked = ChannelContentSchema.safeParse(content);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ContentError(
      FILE,
      issue.path.map(String).join('.'),
      `${issue.message} (after filling in spa.yaml)`,
    );
  }
  return checked.data;
}
