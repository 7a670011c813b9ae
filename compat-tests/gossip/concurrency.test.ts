// 20 producers and 20 consumers on 50 partitions for 30 seconds (CONCURRENCY_SECONDS overrides):
// every acknowledged record is consumed exactly once, in offset order, and nothing else is.
import test from 'ava';
import { startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { awaitTopic, fetchOnce, produce, valuesBatch } from '../harness/wire-data.js';

const producers = 20;
const consumers = 20;
const partitions = 50;
const seconds = Number(process.env.CONCURRENCY_SECONDS ?? 30);

test('20 producers and 20 consumers on 50 partitions account for every record', async (t) => {
  t.timeout((seconds + 90) * 1000);
  const broker = await startGossip({ props: { 'num.partitions': String(partitions) } });
  t.teardown(() => broker.stop());
  const topic = 'concurrency';
  const admin = await KafkaWireClient.connect(broker.host, broker.port);
  await awaitTopic(admin, topic, partitions);
  admin.close();

  const acked = Array.from({ length: partitions }, () => new Map<string, bigint>());
  const consumed = Array.from({ length: partitions }, () => [] as { offset: bigint; value: string }[]);
  const deadline = performance.now() + seconds * 1000;
  let producing = true;

  const producerTasks = Array.from({ length: producers }, async (_, id) => {
    const client = await KafkaWireClient.connect(broker.host, broker.port);
    let n = 0;
    while (performance.now() < deadline) {
      const partition = (id * 7 + n) % partitions;
      const values = Array.from({ length: 5 }, (_, j) => `${id}-${n}-${j}`);
      const base = await produce(client, topic, partition, valuesBatch(values, 1_790_000_000_000 + n));
      values.forEach((v, j) => {
        acked[partition]!.set(v, base + BigInt(j));
      });
      n++;
    }
    client.close();
  });

  const consumerTasks = Array.from({ length: consumers }, async (_, id) => {
    const client = await KafkaWireClient.connect(broker.host, broker.port);
    const mine = Array.from({ length: partitions }, (_, p) => p).filter((p) => p % consumers === id);
    const next = new Map(mine.map((p) => [p, 0n]));
    for (;;) {
      // Read the flag before fetching: caught up after producers stopped means truly drained.
      const producersDone = !producing;
      let caughtUp = true;
      for (const p of mine) {
        const { records, highWatermark } = await fetchOnce(client, topic, p, next.get(p)!, {
          maxWaitMs: 50,
          minBytes: 1,
        });
        for (const r of records) consumed[p]!.push({ offset: r.offset, value: r.value! });
        if (records.length > 0) next.set(p, records[records.length - 1]!.offset + 1n);
        if (next.get(p)! < highWatermark) caughtUp = false;
      }
      if (producersDone && caughtUp) break;
    }
    client.close();
  });

  await Promise.all(producerTasks);
  producing = false;
  await Promise.all(consumerTasks);

  let total = 0;
  for (let p = 0; p < partitions; p++) {
    const got = consumed[p]!;
    got.forEach((r, i) => {
      if (r.offset !== BigInt(i)) t.fail(`partition ${p}: record ${i} has offset ${r.offset}`);
    });
    const expected = acked[p]!;
    t.is(got.length, expected.size, `partition ${p}: consumed as many as acknowledged`);
    for (const r of got) {
      if (expected.get(r.value) !== r.offset)
        t.fail(`partition ${p}: ${r.value} at ${r.offset} was not acknowledged there`);
    }
    total += got.length;
  }
  t.log(`${total} records produced and consumed in ${seconds} s`);
  t.true(total > 0);
});
