// Starts a real GOssip broker process (the compiled `gossip start`, as users run it) on port 0 with
// its own temp data dir, waits for its ready line, and reads the bound ports from it. kill() is a
// kill -9 for crash tests; stop() is SIGTERM and waits for a clean exit.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './env.js';

const root = join(import.meta.dirname, '..', '..');
/** GOSSIP_CLI points at another build of the CLI (a private outDir), else the repo's dist/. */
const cli = process.env.GOSSIP_CLI ?? join(root, 'dist', 'src', 'cli', 'gossip.js');
const readyPattern = /GOssip ready: kafka=([^\s:]+):(\d+) http=([^\s:]+):(\d+) node=(\d+) cluster=(\S+)/;

export interface GossipOptions {
  /** Reuse a data dir (restart tests); default: a fresh temp dir removed on stop. */
  dataDir?: string;
  /** Kafka property overrides passed with --set. */
  props?: Record<string, string>;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface GossipBroker {
  host: string;
  port: number;
  bootstrap: string;
  httpPort: number;
  nodeId: number;
  clusterId: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the broker wrote to stderr (its JSON logs). */
  logs(): string;
  /** SIGTERM and wait for exit; removes the data dir unless it was given. Returns the exit code. */
  stop(options?: { keepData?: boolean }): Promise<number | null>;
  /** SIGKILL (kill -9) and wait for exit; keeps the data dir. */
  kill(): Promise<void>;
}

export async function startGossip(options: GossipOptions = {}): Promise<GossipBroker> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? tempDir('broker');
  const args = [cli, 'start', '--data-dir', dataDir, '--port', '0', '--http-port', '0'];
  for (const [k, v] of Object.entries(options.props ?? {})) args.push('--set', `${k}=${v}`);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stderr.length > 4_000_000) stderr = stderr.slice(-2_000_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`GOssip did not start within ${options.startTimeoutMs ?? 20000} ms:\n${stderr}`)),
      options.startTimeoutMs ?? 20000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = readyPattern.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`GOssip exited with ${code} during start-up:\n${stderr}`));
    });
  });

  const host = ready[1]!;
  const port = Number(ready[2]);
  let done: Promise<number | null> | undefined;
  return {
    host,
    port,
    bootstrap: `${host}:${port}`,
    httpPort: Number(ready[4]),
    nodeId: Number(ready[5]),
    clusterId: ready[6]!,
    dataDir,
    process: child,
    logs: () => stderr,
    stop(stopOptions = {}) {
      done ??= (async () => {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        const code = await exited;
        clearTimeout(timer);
        process.removeListener('exit', killOnExit);
        if (ownDir && !stopOptions.keepData) await rm(dataDir, { recursive: true, force: true });
        return code;
      })();
      return done;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
      process.removeListener('exit', killOnExit);
    },
  };
}
