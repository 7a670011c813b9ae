// kill -9 during a produce stream with acks=all, then a restart on the same data dir: every record
// whose produce was acknowledged is there exactly once at its acknowledged offset. Then the same
// with a torn tail appended to the active segment and a corrupted offset index: the broker repairs
// both at start and says so in its log.
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { tempDir } from '../harness/env.js';
import { startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { awaitTopic, fetchAll, produce, valuesBatch } from '../harness/wire-data.js';

const partitions = 3;

interface Acked {
  partition: number;
  baseOffset: bigint;
  values: string[];
}

async function streamUntilKilled(
  bootstrap: { host: string; port: number },
  topic: string,
  kill: () => Promise<void>,
) {
  const client = await KafkaWireClient.connect(bootstrap.host, bootstrap.port);
  const acked: Acked[] = [];
  let seq = 0;
  let stop = false;
  const producers = Array.from({ length: partitions }, async (_, partition) => {
    while (!stop) {
      // Pipeline a few batches per partition, as real producers do.
      const inFlight = Array.from({ length: 4 }, () => {
        const values = Array.from({ length: 10 }, () => `p${partition}-${seq++}`);
        return produce(client, topic, partition, valuesBatch(values, 1_790_000_000_000)).then(
          (baseOffset) => acked.push({ partition, baseOffset, values }),
          () => {
            stop = true;
          },
        );
      });
      await Promise.all(inFlight);
    }
  });
  while (acked.length < 300) await new Promise((r) => setTimeout(r, 10));
  await kill();
  stop = true;
  await Promise.all(producers);
  client.close();
  return acked;
}

async function checkAcked(
  t: import('ava').ExecutionContext,
  host: string,
  port: number,
  topic: string,
  acked: Acked[],
  partitionCount = partitions,
) {
  const client = await KafkaWireClient.connect(host, port);
  const seen = new Map<string, bigint>();
  for (let p = 0; p < partitionCount; p++) {
    const records = await fetchAll(client, topic, p);
    for (let i = 0; i < records.length; i++) {
      t.is(records[i]!.offset, BigInt(i), `partition ${p} offsets are contiguous`);
      const v = records[i]!.value!;
      t.false(seen.has(v), `${v} is stored once`);
      seen.set(v, records[i]!.offset);
    }
  }
  for (const a of acked) {
    a.values.forEach((v, i) => {
      t.is(seen.get(v), a.baseOffset + BigInt(i), `acknowledged ${v} is at its offset`);
    });
  }
  client.close();
}

test.serial('kill -9 during an acks=all stream loses no acknowledged record', async (t) => {
  const dataDir = tempDir('crash');
  const first = await startGossip({ dataDir, props: { 'num.partitions': String(partitions) } });
  const topic = 'crash-stream';
  const setup = await KafkaWireClient.connect(first.host, first.port);
  await awaitTopic(setup, topic, partitions);
  setup.close();
  const acked = await streamUntilKilled(first, topic, () => first.kill());
  t.true(acked.length >= 300);
  const second = await startGossip({ dataDir });
  t.teardown(() => second.stop());
  await checkAcked(t, second.host, second.port, topic, acked);
});

test.serial('a torn tail and a corrupted index are repaired at start', async (t) => {
  const dataDir = tempDir('repair');
  const first = await startGossip({ dataDir, props: { 'num.partitions': '1' } });
  const topic = 'repair-me';
  const client = await KafkaWireClient.connect(first.host, first.port);
  await awaitTopic(client, topic, 1);
  const acked: Acked[] = [];
  for (let i = 0; i < 20; i++) {
    const values = Array.from({ length: 5 }, (_, j) => `r-${i}-${j}`);
    acked.push({
      partition: 0,
      baseOffset: await produce(client, topic, 0, valuesBatch(values, 1_790_000_000_000)),
      values,
    });
  }
  client.close();
  await first.kill();
  const dir = join(dataDir, `${topic}-0`);
  const files = readdirSync(dir);
  const log = files.find((f) => f.endsWith('.log'))!;
  const index = files.find((f) => f.endsWith('.index'));
  // Half a batch of garbage at the end of the segment, as a crash mid-write leaves it.
  appendFileSync(
    join(dir, log),
    Buffer.concat([valuesBatch(['torn'], 0).subarray(0, 40), Buffer.alloc(7, 0xee)]),
  );
  if (index) writeFileSync(join(dir, index), Buffer.alloc(64, 0xab));
  const second = await startGossip({ dataDir });
  t.teardown(() => second.stop());
  await checkAcked(t, second.host, second.port, topic, acked, 1);
  t.regex(second.logs(), /truncat/i, 'the broker logs the truncated tail');
  const again = await KafkaWireClient.connect(second.host, second.port);
  const next = await produce(again, topic, 0, valuesBatch(['after-repair'], 1_790_000_000_000));
  t.is(next, 100n, 'appends continue right after the last good batch');
  again.close();
});
