import { existsSync } from 'node:fs';
import dotenv from 'dotenv';
import { loadConfig } from '../config';
import { systemClock } from '../clock';
import { sqliteFileIn } from '../storage/sqlite-database';
import { createStores } from '../storage/stores';

/**
 * `npm run kb:unanswered [-- --limit N]`: the questions the knowledge base could not answer, most
 * asked first, so curators know which article to write next. Text was redacted when it was stored.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const config = loadConfig();
  const limitArg = process.argv.indexOf('--limit');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : 50;
  if (config.storage === 'memory') {
    console.log('STORAGE is memory: unanswered questions are only kept in memory while the bot runs.');
    return;
  }
  if (config.storage === 'sqlite' && !existsSync(sqliteFileIn(config.dataDir))) {
    console.log(`No database yet at ${sqliteFileIn(config.dataDir)}: nothing has been asked.`);
    return;
  }
  const stores = await createStores(config, systemClock);
  let questions: Awaited<ReturnType<typeof stores.unanswered.list>>;
  try {
    questions = await stores.unanswered.list(Number.isFinite(limit) && limit > 0 ? limit : 50);
  } finally {
    await stores.close();
  }
  if (questions.length === 0) {
    console.log('No unanswered questions.');
    return;
  }
  console.log('count  last asked   question');
  for (const q of questions) {
    console.log(`${String(q.count).padStart(5)}  ${q.lastAskedAt.toISOString().slice(0, 10)}   ${q.text}`);
  }
}

main().catch((error: unknown) => {
  console.error(`kb:unanswered failed: ${(error as Error).message}`);
  process.exit(1);
});
