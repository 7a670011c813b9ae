// The checkpoint file: per partition what has been copied (mode, next source offset, counters),
// written atomically (temp file + fsync + rename) after each acknowledged append, so a killed run
// can resume. For offset-preserving partitions the target's log end offset stays authoritative.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

export type CopyMode = 'preserve' | 'translate';

export interface PartitionCheckpoint {
  mode: CopyMode;
  /** Next source offset to copy. */
  nextSourceOffset: number;
  records: number;
  bytes: number;
}

export interface Checkpoint {
  version: 1;
  source: string;
  target: string;
  /** Topics this tool created (or put into import mode) on the target. */
  preservedTopics: string[];
  partitions: Record<string, PartitionCheckpoint>;
  state: 'copying' | 'mirroring' | 'done';
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}/${partition}`;
}

export function emptyCheckpoint(source: string, target: string): Checkpoint {
  return { version: 1, source, target, preservedTopics: [], partitions: {}, state: 'copying' };
}

export function loadCheckpoint(path: string): Checkpoint | null {
  if (!existsSync(path)) return null;
  const json = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
  if (json.version !== 1 || typeof json.partitions !== 'object')
    throw new Error(`${path} is not a gossip-migrate checkpoint`);
  return json;
}

/** Writes `data` as JSON to `path` atomically: a reader sees the old or the new file, never a mix. */
export function writeJsonAtomic(path: string, data: unknown): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(data, null, 1)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Checkpoint store: holds the document, saves it on demand (no-op without a path). */
export class CheckpointStore {
  constructor(
    readonly path: string | null,
    readonly data: Checkpoint,
  ) {}

  static open(path: string | null, source: string, target: string): CheckpointStore {
    const loaded = path === null ? null : loadCheckpoint(path);
    if (loaded !== null && (loaded.source !== source || loaded.target !== target)) {
      throw new Error(
        `${path} belongs to the migration ${loaded.source} -> ${loaded.target}, not ${source} -> ${target}; use another --checkpoint`,
      );
    }
    return new CheckpointStore(path, loaded ?? emptyCheckpoint(source, target));
  }

  get(topic: string, partition: number): PartitionCheckpoint | undefined {
    return this.data.partitions[partitionKey(topic, partition)];
  }

  update(topic: string, partition: number, value: PartitionCheckpoint): void {
    this.data.partitions[partitionKey(topic, partition)] = value;
    this.save();
  }

  markPreserved(topic: string): void {
    if (!this.data.preservedTopics.includes(topic)) this.data.preservedTopics.push(topic);
    this.save();
  }

  save(): void {
    if (this.path !== null) writeJsonAtomic(this.path, this.data);
  }

  /** Path of the file `gossip-migrate cutover` creates to ask a mirror to cut over. */
  static cutoverRequestPath(checkpointPath: string): string {
    return `${checkpointPath}.cutover`;
  }
}
