import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { buildTeamsPackage, loadChannelContent } from '../channels';
import { loadConfig } from '../config';
import { ConfigError, ContentError } from '../errors';
import { loadSpa } from '../content/spa';

const DEFAULT_OUT = path.join('dist', 'teams', 'lymph-teams.zip');

/**
 * `npm run teams:package [-- --out file.zip]`: writes the Teams app package (manifest.json, color.png,
 * outline.png) for upload in Teams ("Apps" → "Manage your apps" → "Upload an app") or the Teams admin centre.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const outIndex = process.argv.indexOf('--out');
  const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1]! : DEFAULT_OUT);
  const config = loadConfig(process.env, process.cwd(), { forPackaging: true });
  const spa = loadSpa(config.knowledgeDir);
  const zip = await buildTeamsPackage(config, spa, loadChannelContent(config.knowledgeDir, spa));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  process.stdout.write(`Teams app package written: ${out}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`Invalid configuration: ${error.message}\n`);
  else if (error instanceof ContentError)
    process.stderr.write(`Invalid knowledge content: ${error.message}\n`);
  else process.stderr.write(`teams:package failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
