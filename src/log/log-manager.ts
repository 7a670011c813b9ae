// All partition logs of one data directory. open() recovers every `<topic>-<partition>` directory
// it finds, a bounded number at once (and finishes removing `*-delete` leftovers); background
// timers run retention every retentionCheckIntervalMs, compaction every cleanerBackoffMs and, more
// often, flush.ms fsyncs and segment.ms rolls. Deleting a partition renames its directory first,
// so a crash never resurrects it.
import { join } from 'node:path';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import { type Random, SystemRandom } from '../common/random.js';
import { PARTITION_OPENS_IN_FLIGHT_MAX } from '../config/limits.js';
import type { LogConfig } from './log-config.js';
import { type LogFs, NodeLogFs } from './log-fs.js';
import { PartitionLog } from './partition-log.js';

export interface LogManagerOptions {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  configFor: (topic: string) => LogConfig;
  /** log.retention.check.interval.ms; default 300000. */
  retentionCheckIntervalMs?: number;
  /** How often flush.ms and segment.ms are checked; default 1000. */
  maintenanceIntervalMs?: number;
  /** log.cleaner.backoff.ms: pause between compaction passes; default 15000. */
  cleanerBackoffMs?: number;
  /** log.cleaner.enable; default true. */
  cleanerEnabled?: boolean;
  /** producer.id.expiration.ms: idle idempotent producers are forgotten; default 86400000. */
  producerIdExpirationMs?: number;
  /** Partition directories opened at once at start-up; default PARTITION_OPENS_IN_FLIGHT_MAX. */
  openConcurrency?: number;
  random?: Random;
  fs?: LogFs;
}

const PARTITION_DIR = /^(.+)-(\d+)$/;
const DELETE_SUFFIX = '-delete';

function dirName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

export class LogManager {
  private readonly logs = new Map<string, PartitionLog>();
  private readonly opening = new Map<string, Promise<PartitionLog>>();
  private readonly removals = new Set<Promise<void>>();
  private readonly timers: NodeJS.Timeout[] = [];
  private retentionRunning = false;
  private cleanerPass: Promise<number> | null = null;
  private closed = false;

  private constructor(
    private readonly o: LogManagerOptions,
    private readonly fs: LogFs,
    private readonly random: Random,
  ) {}

  static async open(o: LogManagerOptions): Promise<LogManager> {
    const fs = o.fs ?? new NodeLogFs();
    const manager = new LogManager(o, fs, o.random ?? new SystemRandom());
    const startedMs = o.clock.monotonicMs();
    await fs.mkdir(o.dataDir);
    const found: Array<[string, string, number]> = [];
    for (const name of (await fs.readdir(o.dataDir)).sort()) {
      if (name.endsWith(DELETE_SUFFIX)) {
        manager.removeInBackground(join(o.dataDir, name));
        continue;
      }
      const match = PARTITION_DIR.exec(name);
      if (!match || name.startsWith('.')) continue;
      found.push([name, match[1]!, Number(match[2])]);
    }
    // Each open waits mostly on file system calls: several at once keep the thread pool busy.
    const opened = new Map<string, PartitionLog>();
    let next = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (!failed && next < found.length) {
        const [name, topic, partition] = found[next++]!;
        try {
          opened.set(name, await manager.openLog(topic, partition));
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    };
    const workers = Math.min(o.openConcurrency ?? PARTITION_OPENS_IN_FLIGHT_MAX, found.length);
    const results = await Promise.allSettled(Array.from({ length: workers }, worker));
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) {
      await Promise.allSettled([...opened.values()].map((log) => log.close()));
      throw rejected.reason;
    }
    for (const [name] of found) manager.logs.set(name, opened.get(name)!);
    o.logger.info(
      {
        dataDir: o.dataDir,
        partitions: manager.logs.size,
        loadMs: Math.round(o.clock.monotonicMs() - startedMs),
      },
      'log manager loaded',
    );
    return manager;
  }

  get(topic: string, partition: number): PartitionLog | undefined {
    return this.logs.get(dirName(topic, partition));
  }

  async getOrCreate(topic: string, partition: number): Promise<PartitionLog> {
    if (this.closed) throw new Error('log manager is closed');
    const key = dirName(topic, partition);
    const existing = this.logs.get(key);
    if (existing) return existing;
    let pending = this.opening.get(key);
    if (!pending) {
      pending = this.openLog(topic, partition).then(
        (log) => {
          this.opening.delete(key);
          this.logs.set(key, log);
          return log;
        },
        (err) => {
          this.opening.delete(key);
          throw err;
        },
      );
      this.opening.set(key, pending);
    }
    return pending;
  }

  async deletePartition(topic: string, partition: number): Promise<void> {
    const key = dirName(topic, partition);
    const pending = this.opening.get(key);
    if (pending) await pending.catch(() => {});
    const log = this.logs.get(key);
    if (!log) return;
    this.logs.delete(key);
    const doomed = join(this.o.dataDir, `${key}.${this.random.bytes(8).toString('hex')}${DELETE_SUFFIX}`);
    await this.fs.rename(log.dir, doomed);
    await this.fs.fsyncDir(this.o.dataDir);
    await log.closeForDelete();
    this.removeInBackground(doomed);
    this.o.logger.info({ topic, partition }, 'partition log deleted');
  }

  *partitions(): Iterable<[string, number, PartitionLog]> {
    for (const log of this.logs.values()) yield [log.topic, log.partition, log];
  }

  startBackgroundTasks(): void {
    if (this.timers.length > 0 || this.closed) return;
    const retention = setInterval(() => void this.runRetention(), this.o.retentionCheckIntervalMs ?? 300_000);
    const maintenance = setInterval(() => this.runMaintenance(), this.o.maintenanceIntervalMs ?? 1000);
    retention.unref();
    maintenance.unref();
    this.timers.push(retention, maintenance);
    if (this.o.cleanerEnabled !== false) {
      const cleaner = setInterval(() => void this.runCleaner(), this.o.cleanerBackoffMs ?? 15_000);
      cleaner.unref();
      this.timers.push(cleaner);
    }
  }

  /**
   * One compaction pass over every partition whose topic has cleanup.policy=compact (the cleaner
   * timer's job; logs are cleaned one after another). Resolves the number of logs compacted.
   */
  runCleaner(): Promise<number> {
    if (this.cleanerPass) return this.cleanerPass;
    const pass = this.cleanAll().finally(() => {
      this.cleanerPass = null;
    });
    this.cleanerPass = pass;
    return pass;
  }

  private async cleanAll(): Promise<number> {
    let cleaned = 0;
    for (const log of [...this.logs.values()]) {
      if (this.closed) break;
      try {
        if (await log.compact(this.o.clock.nowMs())) cleaned++;
      } catch (err) {
        this.o.logger.error({ err, topic: log.topic, partition: log.partition }, 'log compaction failed');
      }
    }
    return cleaned;
  }

  /** One retention pass over every partition (the timer's job); returns segments deleted. */
  async runRetention(): Promise<number> {
    if (this.retentionRunning) return 0;
    this.retentionRunning = true;
    let deleted = 0;
    try {
      const nowMs = this.o.clock.nowMs();
      for (const log of [...this.logs.values()]) {
        try {
          deleted += await log.applyRetention(nowMs);
        } catch (err) {
          this.o.logger.error({ err, topic: log.topic, partition: log.partition }, 'retention failed');
        }
      }
    } finally {
      this.retentionRunning = false;
    }
    return deleted;
  }

  /** flush.ms fsyncs and segment.ms rolls for every partition. */
  runMaintenance(): void {
    for (const log of this.logs.values()) log.maybeFlushOrRoll();
  }

  /** Applies a topic's new configuration to its open partitions. */
  updateTopicConfig(topic: string): void {
    const config = this.o.configFor(topic);
    for (const log of this.logs.values()) if (log.topic === topic) log.updateConfig(config);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    await Promise.allSettled([...this.opening.values()]);
    const results = await Promise.allSettled([...this.logs.values()].map((log) => log.close()));
    if (this.cleanerPass) await this.cleanerPass;
    await Promise.allSettled([...this.removals]);
    for (const r of results) {
      if (r.status === 'rejected') this.o.logger.error({ err: r.reason }, 'closing a partition log failed');
    }
  }

  private openLog(topic: string, partition: number): Promise<PartitionLog> {
    return PartitionLog.open({
      dir: join(this.o.dataDir, dirName(topic, partition)),
      topic,
      partition,
      config: this.o.configFor(topic),
      clock: this.o.clock,
      logger: this.o.logger,
      fs: this.fs,
      ...(this.o.producerIdExpirationMs === undefined
        ? {}
        : { producerIdExpirationMs: this.o.producerIdExpirationMs }),
    });
  }

  private removeInBackground(path: string): void {
    const task = this.fs
      .rmdir(path)
      .catch((err) => this.o.logger.error({ err, path }, 'removing a deleted partition directory failed'))
      .finally(() => {
        this.removals.delete(task);
      });
    this.removals.add(task);
  }
}
