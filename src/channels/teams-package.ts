import JSZip from 'jszip';
import type { Config } from '../config';
import type { Spa } from '../content/spa';
import type { ChannelContent } from './channel-content';
import { COLOR_ICON_FILE, OUTLINE_ICON_FILE, buildTeamsManifest } from './teams-manifest';
import { colorIcon, outlineIcon } from './teams-icons';

/** The Teams app package: manifest.json and the two icons, zipped flat as Teams expects. */
export async function buildTeamsPackage(config: Config, spa: Spa, content: ChannelContent): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(buildTeamsManifest(config, spa, content), null, 2)}\n`);
  zip.file(COLOR_ICON_FILE, colorIcon(config.teams.accentColor));
  zip.file(OUTLINE_ICON_FILE, outlineIcon());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
