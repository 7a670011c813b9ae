// /metrics of a real broker process over HTTP: the broker's own counters move with the requests and
// data it serves (requests and their durations per API, bytes and records in per topic), and the process and Node.js
// metrics an operator graphs next to them (CPU, RSS, event-loop delay, GC) are exported too.
import test from 'ava';
import { MetadataApi } from '../../wire/generated/api/003-metadata.js';
import { startGossip } from '../harness/gossip-broker.js';
import { KafkaWireClient } from '../harness/kafka-wire-client.js';
import { produce, valuesBatch } from '../harness/wire-data.js';

function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (line === undefined) throw new Error(`no ${series} in /metrics`);
  return Number(line.slice(series.length + 1));
}

test('a broker process exports request, data, process and Node.js metrics', async (t) => {
  const broker = await startGossip({ props: { 'num.partitions': '1' } });
  t.teardown(() => broker.stop());
  const client = await KafkaWireClient.connect(broker.host, broker.port);
  try {
    // The second Metadata finds the topic the first one created (auto.create.topics.enable).
    for (let i = 0; i < 2; i++) {
      await client.send(MetadataApi, 12, { topics: [{ name: 'metered' }], allowAutoTopicCreation: true });
    }
    await produce(client, 'metered', 0, valuesBatch(['a', 'bb', 'ccc'], Date.now()));
  } finally {
    client.close();
  }
  const text = await (await fetch(`http://${broker.host}:${broker.httpPort}/metrics`)).text();
  t.true(sample(text, 'gossip_requests_total{api="Metadata"}') >= 2);
  t.true(sample(text, 'gossip_requests_total{api="Produce"}') >= 1);
  t.is(
    sample(text, 'gossip_request_duration_seconds_count{api="Produce"}'),
    sample(text, 'gossip_requests_total{api="Produce"}'),
  );
  t.true(sample(text, 'gossip_request_duration_seconds_sum{api="Produce"}') > 0);
  t.is(sample(text, 'gossip_messages_in_total{topic="metered"}'), 3);
  t.true(sample(text, 'gossip_bytes_in_total{topic="metered"}') > 0);
  t.true(sample(text, 'process_resident_memory_bytes') > 10 * 1024 * 1024);
  t.true(sample(text, 'process_cpu_seconds_total') > 0);
  t.true(sample(text, 'nodejs_eventloop_lag_p99_seconds') >= 0);
  t.regex(text, /^# TYPE nodejs_gc_duration_seconds histogram$/m);
});
