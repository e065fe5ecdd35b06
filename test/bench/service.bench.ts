/**
 * `npm run bench:service`: cold start (process start → /readyz 200), RSS after start, and turn
 * throughput/latency through POST /api/messages with a local connector, on this machine.
 * Prints figures; asserts nothing (tests check behaviour, this checks speed).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';

const ROOT = path.join(__dirname, '../..');
const PORT = 39_000 + Math.floor(Math.random() * 1000);
const CONVERSATIONS = 50;
const TURNS_PER_CONVERSATION = 20;
const MESSAGES = ['hi', 'what is lymphatic drainage?', 'does it hurt', 'thanks', 'what should i wear'];

async function waitReady(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('service did not become ready in time');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-bench-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/src/index.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitReady(`${base}/readyz`, Date.now() + 30_000);
    const coldStartMs = performance.now() - started;
    const rssMb = Number((await (await fetch(`${base}/metrics`)).text()).match(/lymph_process_resident_memory_bytes (\d+)/)?.[1]) / 1e6;
    console.log(`cold start (spawn → /readyz 200): ${coldStartMs.toFixed(0)} ms`);
    console.log(`RSS after start: ${rssMb.toFixed(0)} MB`);

    const connector = new LocalConnector();
    await connector.start();
    const users = Array.from({ length: CONVERSATIONS }, () => new EmulatorUser(base, connector));
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      users.map(async (user, i) => {
        for (let turn = 0; turn < TURNS_PER_CONVERSATION; turn++) {
          const t = performance.now();
          await user.say(MESSAGES[(i + turn) % MESSAGES.length]!);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `turns: ${latencies.length} over ${CONVERSATIONS} concurrent conversations (SQLite state): ` +
        `${(latencies.length / seconds).toFixed(0)} turns/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    );
    const rssAfterMb = Number((await (await fetch(`${base}/metrics`)).text()).match(/lymph_process_resident_memory_bytes (\d+)/)?.[1]) / 1e6;
    console.log(`RSS after load: ${rssAfterMb.toFixed(0)} MB`);
    await connector.stop();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
