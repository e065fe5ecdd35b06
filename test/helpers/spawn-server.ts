import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** The fresh folder the server's TMPDIR points at. */
  tmpDir: string;
  dataDir: string;
  /** Whether the process has exited (it never should). */
  exited(): boolean;
  /** Resident memory of the server process in bytes, from /proc. */
  rssBytes(): number;
  stop(): Promise<void>;
}

const REPO_ROOT = path.join(__dirname, '../..');

/** Starts test/helpers/server-process.ts in its own process with a fresh TMPDIR and DATA_DIR. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'lymph-hardening-tmp-'));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lymph-hardening-data-'));
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'server-process.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        // ts-node's compile cache would otherwise be the one file in the fresh TMPDIR.
        DISABLE_V8_COMPILE_CACHE: '1',
        TMPDIR: tmpDir,
        DATA_DIR: dataDir,
        STORAGE: 'sqlite',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let exited = false;
  let stderr = '';
  child.on('exit', () => {
    exited = true;
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    tmpDir,
    dataDir,
    exited: () => exited,
    rssBytes() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      return kb * 1024;
    },
    async stop() {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await done;
    },
  };
}
