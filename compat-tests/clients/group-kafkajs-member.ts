// One consumer-group member through kafkajs 2.2.4, run as its own Node process by
// compat-tests/groups (so a test can SIGKILL it like a crashed host). Argument 1 is a JSON config;
// it prints JSON lines: {"e":"assigned","parts":[..]} on every GROUP_JOIN, {"e":"rec",...} per
// record (key and value in base64) and {"e":"commit","offsets":{..}} after each successful commit
// (autoCommit is off; each batch is committed explicitly). SIGTERM disconnects (LeaveGroup), exit 0.
// Assignor "range" is a kafkajs assigner under the protocol name Java, librdkafka and kafka-python
// use for range, so kafkajs can share a group with them; "roundrobin" is kafkajs's own assigner.
import { AssignerProtocol, Kafka, logLevel, type PartitionAssigner, PartitionAssigners } from 'kafkajs';

export interface KafkajsMemberConfig {
  bootstrap: string;
  group: string;
  topic: string;
  assignor: 'range' | 'roundrobin';
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  clientId?: string;
  /** Wait this long between printing a batch and committing it (a window a crash can hit). */
  commitDelayMs?: number;
}

/** Range assignment: each topic's partitions in order, split into contiguous runs by sorted member id. */
const rangeAssigner: PartitionAssigner = ({ cluster }) => ({
  name: 'range',
  version: 0,
  async assign({ members, topics }) {
    const memberIds = members.map((m) => m.memberId).sort();
    const owned = new Map<string, Record<string, number[]>>(memberIds.map((id) => [id, {}]));
    for (const topic of topics) {
      const partitions = cluster
        .findTopicPartitionMetadata(topic)
        .map((p) => p.partitionId)
        .sort((a, b) => a - b);
      const each = Math.floor(partitions.length / memberIds.length);
      const extra = partitions.length % memberIds.length;
      let at = 0;
      memberIds.forEach((id, i) => {
        const count = each + (i < extra ? 1 : 0);
        const mine = owned.get(id);
        if (mine && count > 0) mine[topic] = partitions.slice(at, at + count);
        at += count;
      });
    }
    return memberIds.map((memberId) => ({
      memberId,
      memberAssignment: AssignerProtocol.MemberAssignment.encode({
        version: 0,
        assignment: owned.get(memberId) ?? {},
        userData: Buffer.alloc(0),
      }),
    }));
  },
  protocol({ topics }) {
    return {
      name: 'range',
      metadata: AssignerProtocol.MemberMetadata.encode({ version: 0, topics, userData: Buffer.alloc(0) }),
    };
  },
});

function emit(event: unknown): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function b64(bytes: Buffer | null): string | null {
  return bytes === null ? null : bytes.toString('base64');
}

async function main(config: KafkajsMemberConfig): Promise<void> {
  const kafka = new Kafka({
    clientId: config.clientId ?? 'gossip-compat-kafkajs-group',
    brokers: [config.bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 5_000,
    retry: { initialRetryTime: 100, maxRetryTime: 1_000, retries: 20 },
  });
  const consumer = kafka.consumer({
    groupId: config.group,
    sessionTimeout: config.sessionTimeoutMs,
    heartbeatInterval: config.heartbeatIntervalMs,
    rebalanceTimeout: config.sessionTimeoutMs * 2,
    maxWaitTimeInMs: 200,
    partitionAssigners: [config.assignor === 'range' ? rangeAssigner : PartitionAssigners.roundRobin],
  });
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    const parts = event.payload.memberAssignment[config.topic] ?? [];
    emit({ e: 'assigned', parts: [...parts].sort((a, b) => a - b) });
  });
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
    consumer.disconnect().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  await consumer.connect();
  await consumer.subscribe({ topic: config.topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, isRunning, isStale }) => {
      let next: string | undefined;
      for (const message of batch.messages) {
        if (!isRunning() || isStale() || stopping) break;
        emit({
          e: 'rec',
          p: batch.partition,
          o: Number(message.offset),
          k: b64(message.key),
          v: b64(message.value),
        });
        resolveOffset(message.offset);
        next = String(Number(message.offset) + 1);
      }
      if (next === undefined) return;
      if (config.commitDelayMs) await new Promise((resolve) => setTimeout(resolve, config.commitDelayMs));
      try {
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
        emit({ e: 'commit', offsets: { [batch.partition]: Number(next) } });
      } catch (error) {
        process.stderr.write(`commit failed: ${String(error)}\n`);
      }
    },
  });
}

const arg = process.argv[2];
if (arg === undefined) {
  process.stderr.write('usage: group-kafkajs-member.ts <json config>\n');
  process.exit(2);
}
main(JSON.parse(arg) as KafkajsMemberConfig).catch((error: unknown) => {
  process.stderr.write(`kafkajs member failed: ${String(error)}\n`);
  process.exit(1);
});
