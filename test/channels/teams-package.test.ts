import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildTeamsPackage, loadChannelContent } from '../../src/channels';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from '../../src/channels/teams-icons';
import { TEAMS_MANIFEST_VERSION } from '../../src/channels/teams-manifest';
import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors';
import { KNOWLEDGE_DIR, spa } from '../helpers/dialog-deps';

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const SCHEMA = JSON.parse(
  readFileSync(path.join(__dirname, '../fixtures/teams-manifest.schema.json'), 'utf8'),
);
const content = loadChannelContent(KNOWLEDGE_DIR, spa);

async function unpack(env: Record<string, string>) {
  const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', ...env });
  const zip = await JSZip.loadAsync(await buildTeamsPackage(config, spa, content));
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  const png = async (name: string) => PNG.sync.read(await zip.file(name)!.async('nodebuffer'));
  return { zip, manifest, png };
}

describe('npm run teams:package', () => {
  it('writes a manifest that validates against the shipped Teams schema', async () => {
    const { manifest } = await unpack({ PUBLIC_URL: 'https://chat.willow-lymph.example' });
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(manifest.manifestVersion).toBe(TEAMS_MANIFEST_VERSION);
    expect(SCHEMA.properties.manifestVersion.const).toBe(TEAMS_MANIFEST_VERSION);
    // The same validator refuses what Teams would: a short name over 30 characters, an unknown field.
    expect(validate({ ...manifest, name: { short: 'x'.repeat(31) } })).toBe(false);
    expect(validate({ ...manifest, colour: 'green' })).toBe(false);
  });

  it('takes ids and names from config and knowledge/channels.yaml', async () => {
    const { manifest } = await unpack({
      PUBLIC_URL: 'https://chat.willow-lymph.example',
      TEAMS_APP_VERSION: '2.3.4',
    });
    expect(manifest).toMatchObject({
      id: APP_ID,
      version: '2.3.4',
      bots: [{ botId: APP_ID, scopes: ['personal'] }],
      name: { short: content.teams.shortName },
      description: { short: content.teams.shortDescription },
      developer: { name: spa.name, websiteUrl: spa.website },
      validDomains: ['chat.willow-lymph.example'],
    });
  });

  it('puts a 192×192 colour icon and a 32×32 white-on-transparent outline icon beside it', async () => {
    const { zip, manifest, png } = await unpack({});
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const color = await png(manifest.icons.color);
    const outline = await png(manifest.icons.outline);
    expect([color.width, color.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
    expect([outline.width, outline.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
    expect([color.width, outline.width]).toEqual([192, 32]);
    // Outline: every pixel white (any opacity) or fully transparent, and some of each.
    let opaque = 0;
    let clear = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3]!;
      if (alpha === 0) clear++;
      else {
        opaque++;
        expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(opaque).toBeGreaterThan(20);
    expect(clear).toBeGreaterThan(20);
    // Colour: opaque, with the accent colour in the corner.
    expect([...color.data.subarray(0, 4)]).toEqual([0x2e, 0x6b, 0x5e, 255]);
  });

  it('offers the app in personal chats only, unless TEAMS_ALLOW_GROUP_CHATS is true', async () => {
    const personal = (await unpack({})).manifest;
    expect(personal.bots[0].scopes).toEqual(['personal']);
    expect(personal.bots[0].commandLists[0].scopes).toEqual(['personal']);
    const groups = (await unpack({ TEAMS_ALLOW_GROUP_CHATS: 'true' })).manifest;
    expect(groups.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(groups.bots[0].commandLists[0].scopes).toEqual(['personal', 'team', 'groupChat']);
  });

  it('builds without MicrosoftAppPassword, which the package does not contain', async () => {
    expect(() => loadConfig({ MicrosoftAppId: APP_ID })).toThrow(/MicrosoftAppPassword/);
    const config = loadConfig({ MicrosoftAppId: APP_ID }, process.cwd(), { forPackaging: true });
    const zip = await JSZip.loadAsync(await buildTeamsPackage(config, spa, content));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(APP_ID);
  });

  it('stops with the variable name when there is no bot app id', async () => {
    const config = loadConfig({});
    await expect(buildTeamsPackage(config, spa, content)).rejects.toThrow(ConfigError);
    await expect(buildTeamsPackage(config, spa, content)).rejects.toThrow(/MicrosoftAppId/);
  });
});
