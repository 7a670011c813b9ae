// Retention end to end with real time: a topic with retention.ms=1500 and small segments loses its
// old segments once they are older than that, checked every log.retention.check.interval.ms; the
// earliest offset moves up, fetches below it are OFFSET_OUT_OF_RANGE, the latest offset stays.
import test from 'ava';
import { ListOffsetsApi } from '../../wire/generated/api/002-list-offsets.js';
import { CreateTopicsApi } from '../../wire/generated/api/019-create-topics.js';
import { startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { fetchOnce, produce, valuesBatch } from '../harness/wire-data.js';

async function offsets(client: KafkaWireClient, topic: string) {
  const ask = async (timestamp: bigint) => {
    const res = await client.send(ListOffsetsApi, 7, {
      replicaId: -1,
      topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp }] }],
    });
    return res.topics[0]!.partitions[0]!.offset;
  };
  return { earliest: await ask(-2n), latest: await ask(-1n) };
}

test('old segments are deleted after retention.ms, in real time', async (t) => {
  const broker = await startGossip({ props: { 'log.retention.check.interval.ms': '200' } });
  t.teardown(() => broker.stop());
  const client = await KafkaWireClient.connect(broker.host, broker.port);
  t.teardown(() => client.close());
  const topic = 'retained';
  const created = await client.send(CreateTopicsApi, 7, {
    topics: [
      {
        name: topic,
        numPartitions: 1,
        replicationFactor: 1,
        configs: [
          { name: 'retention.ms', value: '1500' },
          { name: 'segment.bytes', value: '2048' },
        ],
      },
    ],
    timeoutMs: 5000,
  });
  t.is(created.topics[0]?.errorCode, 0);
  for (let i = 0; i < 20; i++) {
    const values = Array.from({ length: 5 }, (_, j) => `v-${i}-${j}-${'x'.repeat(80)}`);
    await produce(client, topic, 0, valuesBatch(values, Date.now()));
  }
  const before = await offsets(client, topic);
  t.deepEqual(before, { earliest: 0n, latest: 100n });
  let after = before;
  for (let i = 0; i < 100 && after.earliest === 0n; i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = await offsets(client, topic);
  }
  t.true(after.earliest > 0n, 'the log start offset moved up');
  t.is(after.latest, 100n, 'the latest offset is unchanged');
  const below = await fetchOnce(client, topic, 0, 0n);
  t.is(below.errorCode, 1, 'OFFSET_OUT_OF_RANGE below the log start offset');
  const at = await fetchOnce(client, topic, 0, after.earliest);
  t.is(at.errorCode, 0);
  t.true(at.records.length > 0, 'the active segment is kept');
});
