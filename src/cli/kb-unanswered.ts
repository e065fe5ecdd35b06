import { existsSync } from 'node:fs';
import dotenv from 'dotenv';
import { loadConfig } from '../config';
import { openSqliteDatabase, sqliteFileIn } from '../storage/sqlite-database';
import { SqliteUnansweredQuestions } from '../storage/sqlite-unanswered-questions';

/**
 * `npm run kb:unanswered [-- --limit N]`: the questions the knowledge base could not answer, most
 * asked first, so curators know which article to write next. Text was redacted when it was stored.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const config = loadConfig();
  const limitArg = process.argv.indexOf('--limit');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : 50;
  if (config.storage !== 'sqlite') {
    console.log('STORAGE is not sqlite: unanswered questions are only kept in memory while the bot runs.');
    return;
  }
  const file = sqliteFileIn(config.dataDir);
  if (!existsSync(file)) {
    console.log(`No database yet at ${file}: nothing has been asked.`);
    return;
  }
  const db = openSqliteDatabase(file);
  const questions = await new SqliteUnansweredQuestions(db).list(Number.isFinite(limit) && limit > 0 ? limit : 50);
  db.close();
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
