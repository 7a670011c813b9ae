// Runs Karapace (an Apache-2.0 Confluent-compatible schema registry) as the reference registry for
// differential tests: it is found as a Python interpreter that can import `karapace` (env
// KARAPACE_PYTHON, else compat-tests/.cache/karapace-venv), configured through KARAPACE_* env vars
// against a reference Kafka bootstrap, and ready once it is primary and answers GET /subjects.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../harness/env.js';

const host = '127.0.0.1';
const venvPython = join(import.meta.dirname, '..', '.cache', 'karapace-venv', 'bin', 'python');
const logTailChars = 20_000;

export interface Karapace {
  url: string;
  port: number;
  /** The registry's most recent output (for failure messages). */
  logs(): string;
  /** SIGTERM, then SIGKILL after 10 s. Idempotent. */
  stop(): Promise<void>;
}

/** The interpreter that has Karapace installed, or undefined when there is none. */
export function karapacePython(): string | undefined {
  const candidate = process.env.KARAPACE_PYTHON ?? venvPython;
  if (!existsSync(candidate)) return undefined;
  try {
    execFileSync(candidate, ['-c', 'import karapace.api.factory'], { stdio: 'ignore', timeout: 60_000 });
    return candidate;
  } catch {
    return undefined;
  }
}

/**
 * Starts Karapace on a free loopback port against `bootstrap`, storing schemas in `_schemas`. Its
 * primary election (a Kafka consumer group) now and then stalls on a fresh broker, so a start that is
 * not ready in time is retried once under a new group id.
 */
export async function startKarapace(
  python: string,
  bootstrap: string,
  options: { startTimeoutMs?: number } = {},
): Promise<Karapace> {
  try {
    return await startOnce(python, bootstrap, 'schema-registry', options.startTimeoutMs ?? 45_000);
  } catch {
    return await startOnce(python, bootstrap, 'schema-registry-retry', options.startTimeoutMs ?? 45_000);
  }
}

async function startOnce(
  python: string,
  bootstrap: string,
  groupId: string,
  timeoutMs: number,
): Promise<Karapace> {
  const port = await freePort(host);
  const child = spawn(python, ['-m', 'karapace'], {
    env: {
      ...process.env,
      KARAPACE_HOST: host,
      KARAPACE_PORT: String(port),
      KARAPACE_ADVERTISED_HOSTNAME: host,
      KARAPACE_ADVERTISED_PORT: String(port),
      KARAPACE_REGISTRY_HOST: host,
      KARAPACE_REGISTRY_PORT: String(port),
      KARAPACE_BOOTSTRAP_URI: bootstrap,
      KARAPACE_TOPIC_NAME: '_schemas',
      KARAPACE_GROUP_ID: groupId,
      KARAPACE_COMPATIBILITY: 'BACKWARD',
      KARAPACE_LOG_LEVEL: 'WARNING',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-logTailChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });

  let stopped: Promise<void> | undefined;
  const registry: Karapace = {
    url: `http://${host}:${port}`,
    port,
    logs: () => output,
    stop: () => {
      stopped ??= terminate(child, exited).then(() => {
        process.removeListener('exit', killOnExit);
      });
      return stopped;
    },
  };

  const deadline = performance.now() + timeoutMs;
  let running = true;
  void exited.then(() => {
    running = false;
  });
  while (running && performance.now() < deadline) {
    if (await isReady(registry.url)) return registry;
    await delay(200);
  }
  const why = running ? `was not ready within ${timeoutMs} ms` : 'exited during start-up';
  await registry.stop();
  throw new Error(`Karapace ${why}; last output:\n${output}`);
}

async function isReady(url: string): Promise<boolean> {
  try {
    const primary = await fetch(`${url}/master_available`);
    const body = (await primary.json()) as { master_available?: boolean };
    if (body.master_available !== true) return false;
    return (await fetch(`${url}/subjects`)).status === 200;
  } catch {
    return false;
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const outcome = await Promise.race([exited.then(() => 'exited' as const), delay(10_000)]);
  if (outcome !== 'exited') {
    child.kill('SIGKILL');
    await exited;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
