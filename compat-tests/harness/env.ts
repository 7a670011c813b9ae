// Shared helpers for compat-tests: temp dirs, free ports, and the rule that a missing client or
// reference broker skips a test locally but fails it under CI=true (so CI never passes by skipping).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const inCi = process.env.CI === 'true';

/** A fresh temp directory for one test. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `gossip-${prefix}-`));
}

/** A port that was free a moment ago (for programs that cannot be told to listen on port 0). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when `command` can be run (found on PATH). */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides what a test does when a prerequisite is missing: returns a reason to skip locally,
 * and throws under CI=true so a missing client fails the run instead of silently skipping.
 */
export function missing(what: string, available: boolean): string | undefined {
  if (available) return undefined;
  const reason = `${what} is not available`;
  if (inCi) throw new Error(`${reason} (CI=true requires it; .ci/run installs it)`);
  return reason;
}

/** For a test whose suite found `reason` (from missing()) at set-up: logs it, passes, returns true. */
export function skippedFor(
  t: { log(message: string): void; pass(): void },
  reason: string | undefined,
): boolean {
  if (!reason) return false;
  t.log(`skipped: ${reason}`);
  t.pass();
  return true;
}
