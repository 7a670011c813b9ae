// Keeps the partition logs on this node in line with the metadata image: a partition this node
// leads or replicates gets a log, a deleted topic's logs are removed, a topic config change reaches
// its logs. It runs once at start (catching up with changes made while the node was down) and then
// on every committed image change.
import type { Logger } from '../common/logger.js';
import type { LogConfig } from '../log/log-config.js';
import type { MetadataImage, TopicInfo } from '../metadata/image.js';

export interface ReconcilerLogs {
  getOrCreate(topic: string, partition: number): Promise<{ updateConfig(config: LogConfig): void }>;
  deletePartition(topic: string, partition: number): Promise<void>;
  partitions(): Iterable<[string, number, unknown]>;
}

export class PartitionReconciler {
  /** Serializes reconciliation so creates and deletes of one partition never interleave. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly nodeId: number,
    private readonly logs: ReconcilerLogs,
    private readonly configFor: (topic: TopicInfo) => LogConfig,
    private readonly logger: Logger,
  ) {}

  /** Full pass against an image: create what is missing, delete what is no longer there. */
  reconcile(image: MetadataImage): Promise<void> {
    return this.enqueue(async () => {
      const wanted = new Set<string>();
      for (const topic of image.topics.values()) {
        for (const p of topic.partitions) {
          if (!p.replicas.includes(this.nodeId)) continue;
          wanted.add(key(topic.name, p.partition));
          const log = await this.logs.getOrCreate(topic.name, p.partition);
          log.updateConfig(this.configFor(topic));
        }
      }
      for (const [topic, partition] of [...this.logs.partitions()]) {
        if (!wanted.has(key(topic, partition))) {
          this.logger.info({ topic, partition }, 'deleting the log of a partition no longer in metadata');
          await this.logs.deletePartition(topic, partition);
        }
      }
    });
  }

  /** Incremental pass for one committed change: only topics whose object changed are touched. */
  onImage(image: MetadataImage, previous: MetadataImage): Promise<void> {
    return this.enqueue(async () => {
      for (const topic of image.topics.values()) {
        const before = previous.topics.get(topic.name);
        if (before === topic) continue;
        const replaced = before !== undefined && !before.topicId.equals(topic.topicId);
        if (replaced)
          for (const p of before.partitions) await this.logs.deletePartition(before.name, p.partition);
        for (const p of topic.partitions) {
          if (!p.replicas.includes(this.nodeId)) continue;
          const log = await this.logs.getOrCreate(topic.name, p.partition);
          log.updateConfig(this.configFor(topic));
        }
      }
      for (const before of previous.topics.values()) {
        if (image.topics.has(before.name)) continue;
        for (const p of before.partitions) await this.logs.deletePartition(before.name, p.partition);
      }
    });
  }

  /** Resolves when every queued pass has finished. */
  idle(): Promise<void> {
    return this.chain;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.chain.then(work);
    this.chain = run.catch((err: unknown) => {
      this.logger.error({ err }, 'partition reconciliation failed');
    });
    return run;
  }
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}
