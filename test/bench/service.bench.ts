/**
 * `npm run bench` (bench:service): the bot turn against its ceiling, through the real HTTP endpoint
 * (POST /api/messages as channel `webchat`, replies to a local connector), with many concurrent
 * conversations: a knowledge question, and a health-check step; on SQLite, on PostgreSQL with one
 * instance and with two (requests alternating between them, as a round-robin balancer does); and the
 * same load against a bare botbuilder echo bot on the same restify stack, in the same run. Prints
 * turns/s, p50/p90/p99, errors and RSS, cold start, and the ratios the scale-out issue targets.
 * Figures, not tests: nothing here asserts. BENCH_CONVERSATIONS / BENCH_TURNS change the load.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadSpa } from '../../src/content/spa';
import { Messages } from '../../src/content/messages';
import { loadScreeningContent } from '../../src/screening';
import { LocalConnector } from '../helpers/local-connector';

const ROOT = path.join(__dirname, '../..');
const KNOWLEDGE = path.join(ROOT, 'knowledge');
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 10);
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Conversations opened one after another (50 at a time) before RSS is read; the target is ≤ 250 MB after 10,000. */
const RSS_CONVERSATIONS = Number(process.env.BENCH_RSS_CONVERSATIONS ?? 10_000);
const QUESTIONS = [
  'what is lymphatic drainage?',
  'does it hurt',
  'what should i wear',
  'how long is a session',
];

const spa = loadSpa(KNOWLEDGE);
const messages = Messages.load(KNOWLEDGE, spa);
const screening = loadScreeningContent(KNOWLEDGE, spa);
/** The screening question a reply asks, if any. */
const questionIn = (words: string) => screening.questions.find((q) => words.includes(q.text));

interface Started {
  url: string;
  child: ChildProcess;
  readyMs: number;
}

async function startProcess(args: string[], env: Record<string, string>): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /LISTENING (\d+)|localhost:(\d+)\/api\/messages/.exec(out);
      if (match) resolve(Number(match[1] ?? match[2]));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening`)));
  });
  child.stdout!.resume();
  return { url: `http://127.0.0.1:${port}`, child, readyMs: performance.now() - t0 };
}

const startLymph = (env: Record<string, string>) => startProcess(['dist/src/index.js'], env);
const startEcho = () => startProcess(['-r', 'ts-node/register/transpile-only', 'test/bench/echo-bot.ts'], {});

async function stop(started: Started): Promise<void> {
  started.child.kill('SIGTERM');
  await new Promise((resolve) => started.child.once('exit', resolve));
}

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

let sequence = 0;

/** One POST /api/messages, as the Emulator sends it; resolves with the texts the bot sent during the turn. */
async function say(
  url: string,
  connector: LocalConnector,
  conversationId: string,
  text: string,
): Promise<{ ok: boolean; replies: string[] }> {
  const before = connector.received.length;
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `bench-${++sequence}`,
      timestamp: new Date().toISOString(),
      // Web Chat through Azure's Direct Line: a production channel (the Emulator also gets a trace per turn).
      channelId: 'webchat',
      serviceUrl: connector.url,
      conversation: { id: conversationId },
      from: { id: `user-${conversationId}`, role: 'user' },
      recipient: { id: 'lymph', role: 'bot' },
      locale: 'en-US',
      text,
    }),
  });
  await response.arrayBuffer();
  const replies = connector.received
    .slice(before)
    .filter((r) => r.conversationId === conversationId && r.activity.type === 'message')
    // Words of text and cards alike (Web Chat gets questions as Adaptive Cards).
    .map((r) => `${r.activity.text ?? ''} ${JSON.stringify(r.activity.attachments ?? [])}`);
  const failed = replies.some((words) => words.includes(messages.text('turn_error')));
  return { ok: response.ok && !failed, replies };
}

type Workload = 'knowledge' | 'screening' | 'echo';

interface Row {
  name: string;
  turns: number;
  turnsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  rss: number;
}

/** CONVERSATIONS at once, each TURNS turns; requests alternate between `urls` (a round-robin balancer). */
async function load(
  name: string,
  urls: string[],
  workload: Workload,
  children: ChildProcess[],
): Promise<Row> {
  const connector = new LocalConnector();
  await connector.start();
  const latencies: number[] = [];
  let errors = 0;
  let request = 0;
  const run = `${name.replace(/\W+/g, '-')}-${randomBytes(3).toString('hex')}`;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, i) => {
      const conversationId = `${run}-${i}`;
      let next = workload === 'screening' ? 'Which package should I book?' : QUESTIONS[i % QUESTIONS.length]!;
      for (let turn = 0; turn < TURNS; turn++) {
        const url = urls[request++ % urls.length]!;
        const t = performance.now();
        let result: { ok: boolean; replies: string[] };
        try {
          result = await say(url, connector, conversationId, next);
        } catch {
          result = { ok: false, replies: [] };
        }
        latencies.push(performance.now() - t);
        if (!result.ok) errors++;
        const last = result.replies.at(-1) ?? '';
        if (workload === 'screening') {
          // The health check: consent, then one answer per question; once it ends, begin again.
          const asked = questionIn(last);
          if (asked) next = asked.type === 'number' ? '52' : 'no';
          else if (last.includes('Is that OK')) next = 'yes';
          else next = turn % 2 === 0 ? 'start over' : 'Which package should I book?';
        } else {
          next = QUESTIONS[(i + turn + 1) % QUESTIONS.length]!;
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await connector.stop();
  latencies.sort((x, y) => x - y);
  const pick = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return {
    name,
    turns: latencies.length,
    turnsPerSecond: latencies.length / seconds,
    p50: pick(50),
    p90: pick(90),
    p99: pick(99),
    errors,
    rss: children.reduce((sum, child) => sum + rssMb(child), 0),
  };
}

/** `total` new conversations, one knowledge question each, 50 in flight at a time; then the process's RSS. */
async function manyConversations(
  url: string,
  child: ChildProcess,
  total: number,
): Promise<{ rss: number; errors: number }> {
  const connector = new LocalConnector();
  await connector.start();
  let next = 0;
  let errors = 0;
  const run = randomBytes(3).toString('hex');
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < total) {
        const i = next++;
        try {
          if (!(await say(url, connector, `rss-${run}-${i}`, QUESTIONS[i % QUESTIONS.length]!)).ok) errors++;
        } catch {
          errors++;
        }
        // The connector keeps what it received: drop it, so only the bot's memory is measured.
        connector.received.length = 0;
      }
    }),
  );
  await connector.stop();
  return { rss: rssMb(child), errors };
}

async function withPostgres<T>(work: (url: string) => Promise<T>): Promise<T | undefined> {
  const name = `lymph_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    console.log(`(PostgreSQL rows skipped: ${(error as Error).message})`);
    await admin.end().catch(() => {});
    return undefined;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const coldStarts: Array<[string, number]> = [];
  let rssAfterMany: { rss: number; errors: number } | undefined;

  // The echo bot runs first and again last: on a shared machine the ceiling moves, and the ratios use both.
  const measureEcho = async (name: string) => {
    const echo = await startEcho();
    try {
      await load('warm-up', [echo.url], 'echo', [echo.child]);
      rows.push(await load(name, [echo.url], 'echo', [echo.child]));
    } finally {
      await stop(echo);
    }
  };
  await measureEcho('echo bot (ceiling), first');

  const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-bench-'));
  try {
    const sqlite = await startLymph({ STORAGE: 'sqlite', DATA_DIR: dataDir });
    coldStarts.push(['SQLite', sqlite.readyMs]);
    try {
      await load('warm-up', [sqlite.url], 'knowledge', [sqlite.child]);
      rows.push(await load('SQLite, 1 instance: knowledge', [sqlite.url], 'knowledge', [sqlite.child]));
      rows.push(await load('SQLite, 1 instance: screening', [sqlite.url], 'screening', [sqlite.child]));
      if (RSS_CONVERSATIONS > 0)
        rssAfterMany = await manyConversations(sqlite.url, sqlite.child, RSS_CONVERSATIONS);
    } finally {
      await stop(sqlite);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  await withPostgres(async (databaseUrl) => {
    const env = { STORAGE: 'postgres', DATABASE_URL: databaseUrl };
    const one = await startLymph(env);
    coldStarts.push(['PostgreSQL', one.readyMs]);
    try {
      await load('warm-up', [one.url], 'knowledge', [one.child]);
      rows.push(await load('PostgreSQL, 1 instance: knowledge', [one.url], 'knowledge', [one.child]));
      rows.push(await load('PostgreSQL, 1 instance: screening', [one.url], 'screening', [one.child]));
      const two = await startLymph(env);
      try {
        await load('warm-up', [two.url], 'knowledge', [two.child]);
        const both = [one.url, two.url];
        rows.push(
          await load('PostgreSQL, 2 instances: knowledge', both, 'knowledge', [one.child, two.child]),
        );
        rows.push(
          await load('PostgreSQL, 2 instances: screening', both, 'screening', [one.child, two.child]),
        );
      } finally {
        await stop(two);
      }
    } finally {
      await stop(one);
    }
  });

  await measureEcho('echo bot (ceiling), last');

  console.log(
    `\n${CONVERSATIONS} concurrent conversations × ${TURNS} turns each, POST /api/messages, local connector`,
  );
  console.log('| run | turns | turns/s | p50 ms | p90 ms | p99 ms | errors | RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.turns} | ${r.turnsPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.rss.toFixed(0)} |`,
    );
  }
  const echoRows = rows.filter((r) => r.name.startsWith('echo bot'));
  const echoRow = {
    turnsPerSecond: echoRows.reduce((sum, r) => sum + r.turnsPerSecond, 0) / echoRows.length,
    p99: echoRows.reduce((sum, r) => sum + r.p99, 0) / echoRows.length,
  };
  const find = (name: string) => rows.find((r) => r.name === name);
  const ratio = (name: string) => {
    const row = find(name);
    if (!row) return;
    console.log(
      `${name}: ${(row.turnsPerSecond / echoRow.turnsPerSecond).toFixed(2)}× echo throughput (target ≥ 0.7), ` +
        `p99 ${(row.p99 / echoRow.p99).toFixed(2)}× echo's (target ≤ 1.5)`,
    );
  };
  console.log('');
  console.log(
    `(against the mean of the two echo runs: ${echoRow.turnsPerSecond.toFixed(0)} turns/s, p99 ${echoRow.p99.toFixed(0)} ms)`,
  );
  for (const r of rows.filter((row) => !echoRows.includes(row))) ratio(r.name);
  for (const workload of ['knowledge', 'screening']) {
    const one = find(`PostgreSQL, 1 instance: ${workload}`);
    const two = find(`PostgreSQL, 2 instances: ${workload}`);
    if (one && two)
      console.log(
        `PostgreSQL ${workload}: 2 instances ${(two.turnsPerSecond / one.turnsPerSecond).toFixed(2)}× one (target ≥ 1.6)`,
      );
  }
  if (rssAfterMany)
    console.log(
      `RSS after ${RSS_CONVERSATIONS} more conversations (SQLite, 1 instance): ${rssAfterMany.rss.toFixed(0)} MB, ` +
        `${rssAfterMany.errors} errors (target ≤ 250 MB)`,
    );
  for (const [name, ms] of coldStarts)
    console.log(`start to ready (${name}, spawn → listening): ${ms.toFixed(0)} ms (target ≤ 1500)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
