import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './test-app';
import { API_TOKEN, OPEN_NOW } from './staff-api';

export interface Instance {
  readonly url: string;
  readonly process: ChildProcess;
  /** What the process wrote to stderr (for a failing test's message). */
  stderr(): string;
  /** What the process wrote to stdout (its log). */
  output(): string;
  /** SIGTERM and wait for the exit (a graceful stop). */
  stop(): Promise<void>;
  /** SIGKILL: the process dies mid-whatever, as in a crash. */
  kill(): Promise<void>;
}

/**
 * Starts a bot instance in a process of its own (test/helpers/instance-main.ts through ts-node) on a random
 * loopback port. Instances given the same DATABASE_URL form a cluster.
 */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(REPO_ROOT, 'test/helpers/instance-main.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'warn',
        STAFF_API_TOKEN: API_TOKEN,
        INSTANCE_NOW: OPEN_NOW.toISOString(),
        DATABASE_POOL_SIZE: '4',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  let output = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      output += chunk;
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code}) before listening: ${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stderr: () => stderr,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
