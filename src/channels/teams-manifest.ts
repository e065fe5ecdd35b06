import type { Config } from '../config';
import { ConfigError } from '../errors';
import type { Spa } from '../content/spa';
import type { ChannelContent } from './channel-content';

/** The Teams app manifest version we write; test/fixtures/teams-manifest.schema.json is its schema. */
export const TEAMS_MANIFEST_VERSION = '1.22';
export const COLOR_ICON_FILE = 'color.png';
export const OUTLINE_ICON_FILE = 'outline.png';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PERSONAL_SCOPES = ['personal'] as const;
const ALL_SCOPES = ['personal', 'team', 'groupChat'] as const;

/**
 * The Teams app manifest for this bot: ids and links from config, names and descriptions from
 * knowledge/channels.yaml, the spa's name and website as defaults. The bot is offered in personal chats
 * only: in a team channel or group chat everyone would read a person's health questions and answers.
 * TEAMS_ALLOW_GROUP_CHATS=true adds team channels (when @mentioned) and group chats.
 */
export function buildTeamsManifest(
  config: Config,
  spa: Spa,
  content: ChannelContent,
): Record<string, unknown> {
  const botId = config.microsoftApp.id;
  if (!GUID.test(botId)) {
    throw new ConfigError(
      'MicrosoftAppId',
      "is required to build the Teams package: the bot's Azure app id (a GUID)",
    );
  }
  const { teams } = config;
  const scopes = teams.allowGroupChats ? [...ALL_SCOPES] : [...PERSONAL_SCOPES];
  const website = teams.websiteUrl || spa.website;
  const page = (name: string) => new URL(name, website.endsWith('/') ? website : `${website}/`).toString();
  const validDomains =
    teams.validDomains.length > 0
      ? teams.validDomains
      : config.publicUrl
        ? [new URL(config.publicUrl).host]
        : [];
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: teams.appVersion,
    id: teams.appId || botId,
    developer: {
      name: (teams.developerName || spa.name).slice(0, 32),
      websiteUrl: website,
      privacyUrl: teams.privacyUrl || page('privacy'),
      termsOfUseUrl: teams.termsUrl || page('terms'),
    },
    name: { short: content.teams.shortName, full: content.teams.fullName },
    description: { short: content.teams.shortDescription, full: content.teams.fullDescription },
    icons: { color: COLOR_ICON_FILE, outline: OUTLINE_ICON_FILE },
    accentColor: teams.accentColor,
    bots: [
      {
        botId,
        scopes,
        supportsFiles: false,
        isNotificationOnly: false,
        ...(content.teams.commands.length > 0
          ? { commandLists: [{ scopes, commands: content.teams.commands }] }
          : {}),
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains,
    defaultInstallScope: 'personal',
  };
}
