// Helpers shared by the metadata tests: a temp directory per test and a logger that keeps lines.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import type { MetadataLogger } from './logger.js';

export async function tempDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-metadata-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export class CollectingLogger implements MetadataLogger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(`INFO ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`WARN ${message}`);
  }
  error(message: string): void {
    this.lines.push(`ERROR ${message}`);
  }
}
