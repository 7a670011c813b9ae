// The domain side of gossip-migrate's import API: finds the partition, checks that this node leads
// it and that its topic has gossip.import.mode=true, then appends copied batches at their own
// offsets or moves the log start/end. Outcomes are data (a kind the HTTP plugin maps to a status);
// the calls for one partition run one after another, so a request sees the previous one's log end.

import type { ImportCheck } from '../log/import-append.js';
import type { LogConfig } from '../log/log-config.js';
import type { MetadataImage, TopicInfo } from '../metadata/image.js';

/** What the import needs of a partition log (src/log/partition-log.ts). */
export interface ImportableLog {
  readonly logStartOffset: bigint;
  readonly logEndOffset: bigint;
  readonly highWatermark: bigint;
  readonly sizeInBytes: number;
  appendImported(batches: Buffer, partitionLeaderEpoch?: number): Promise<ImportCheck>;
  resetEmptyTo(offset: bigint): Promise<boolean>;
  deleteRecordsBefore(offset: bigint): Promise<bigint>;
}

export interface ImportServiceDeps {
  nodeId: number;
  image(): MetadataImage;
  logs: { get(topic: string, partition: number): ImportableLog | undefined };
  configFor(topic: TopicInfo): LogConfig;
  /** Resolves once logs for committed metadata changes exist (a topic created a moment ago). */
  logsSettled?: () => Promise<void>;
}

export interface ImportOffsets {
  logStartOffset: bigint;
  logEndOffset: bigint;
  highWatermark: bigint;
}

export type ImportFailure =
  | { kind: 'unknown'; message: string }
  | { kind: 'not_leader'; message: string; leaderId: number }
  | { kind: 'not_import_mode'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'not_empty'; message: string }
  | { kind: 'storage'; message: string };

export type ImportOutcome<T> = ({ ok: true } & T) | ({ ok: false } & ImportFailure);

type Found =
  | { ok: true; log: ImportableLog; importMode: boolean; leaderEpoch: number }
  | ({ ok: false } & ImportFailure);

export class ImportService {
  /** Per partition, the tail of its chain of import calls. */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: ImportServiceDeps) {}

  /** The partition's offsets and whether its topic is in import mode. */
  async status(
    topic: string,
    partition: number,
  ): Promise<ImportOutcome<ImportOffsets & { importMode: boolean }>> {
    const found = await this.find(topic, partition);
    if (!found.ok) return found;
    return { ok: true, ...offsetsOf(found.log), importMode: found.importMode };
  }

  /** Appends concatenated RecordBatch v2 bytes at their own offsets, written and fsynced. */
  appendBatches(topic: string, partition: number, batches: Buffer): Promise<ImportOutcome<ImportOffsets>> {
    return this.serialized(topic, partition, async () => {
      const found = await this.findImporting(topic, partition);
      if (!found.ok) return found;
      let check: ImportCheck;
      try {
        check = await found.log.appendImported(batches, found.leaderEpoch);
      } catch (err) {
        return storageFailure(err);
      }
      if (!check.ok) return { ok: false, kind: 'invalid', message: check.message };
      return { ok: true, ...offsetsOf(found.log) };
    });
  }

  /**
   * Moves the log end of an empty partition to `logEndOffset` (start and end both become it), then
   * advances the log start to `logStartOffset` as DeleteRecords does (never backwards, at most the
   * high watermark).
   */
  setOffsets(
    topic: string,
    partition: number,
    request: { logStartOffset: bigint; logEndOffset?: bigint },
  ): Promise<ImportOutcome<ImportOffsets>> {
    return this.serialized(topic, partition, async () => {
      const found = await this.findImporting(topic, partition);
      if (!found.ok) return found;
      const { log } = found;
      try {
        const end = request.logEndOffset;
        if (end !== undefined && end !== log.logEndOffset) {
          if (!(await log.resetEmptyTo(end))) {
            return {
              ok: false,
              kind: 'not_empty',
              message: `${topic}-${partition} holds record batches (log end offset ${log.logEndOffset}); only an empty partition can move its log end to ${end}`,
            };
          }
        }
        if (request.logStartOffset > log.highWatermark) {
          return {
            ok: false,
            kind: 'invalid',
            message: `logStartOffset ${request.logStartOffset} is beyond the high watermark ${log.highWatermark} of ${topic}-${partition}`,
          };
        }
        if (request.logStartOffset > log.logStartOffset)
          await log.deleteRecordsBefore(request.logStartOffset);
      } catch (err) {
        return storageFailure(err);
      }
      return { ok: true, ...offsetsOf(log) };
    });
  }

  private async findImporting(topic: string, partition: number): Promise<Found> {
    const found = await this.find(topic, partition);
    if (found.ok && !found.importMode) {
      return {
        ok: false,
        kind: 'not_import_mode',
        message: `topic ${topic} is not in import mode (set gossip.import.mode=true first)`,
      };
    }
    return found;
  }

  private async find(topic: string, partition: number): Promise<Found> {
    const first = this.lookup(topic, partition);
    if (
      first.ok ||
      first.kind !== 'not_leader' ||
      first.leaderId !== this.deps.nodeId ||
      !this.deps.logsSettled
    ) {
      return first;
    }
    // This node leads the partition but its log is still being created.
    await this.deps.logsSettled();
    return this.lookup(topic, partition);
  }

  private lookup(topicName: string, partition: number): Found {
    const topic = this.deps.image().topics.get(topicName);
    const info = Number.isInteger(partition) ? topic?.partitions[partition] : undefined;
    if (!topic || !info) {
      return { ok: false, kind: 'unknown', message: `unknown topic or partition ${topicName}-${partition}` };
    }
    const log = info.leader === this.deps.nodeId ? this.deps.logs.get(topicName, partition) : undefined;
    if (!log) {
      return {
        ok: false,
        kind: 'not_leader',
        leaderId: info.leader,
        message: `node ${this.deps.nodeId} does not lead ${topicName}-${partition}; its leader is node ${info.leader}`,
      };
    }
    return {
      ok: true,
      log,
      importMode: this.deps.configFor(topic).importMode,
      leaderEpoch: info.leaderEpoch,
    };
  }

  private serialized<T>(topic: string, partition: number, fn: () => Promise<T>): Promise<T> {
    const key = `${topic}-${partition}`;
    const run = (this.chains.get(key) ?? Promise.resolve()).then(fn, fn);
    const tail = run.then(
      () => {},
      () => {},
    );
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return run;
  }
}

function offsetsOf(log: ImportableLog): ImportOffsets {
  return {
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: log.highWatermark,
  };
}

function storageFailure(err: unknown): { ok: false; kind: 'storage'; message: string } {
  return { ok: false, kind: 'storage', message: err instanceof Error ? err.message : String(err) };
}
