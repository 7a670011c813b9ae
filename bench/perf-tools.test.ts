// The perf-tool output parsers against lines captured from kafka-tools 3.9.1 runs (ProducerPerformance
// and ConsumerPerformance against GOssip and against Kafka 3.9), including the periodic producer line,
// the consumer's timeout warning, a run where every send failed, and --print-metrics excerpts.
import test from 'ava';
import { clientMetrics, countExceptions, parseConsumerCsv, parseProducerSummary } from './perf-tools.js';

const producerAgainstGossip = [
  '545279 records sent, 109055.8 records/sec (106.50 MB/sec), 112.0 ms avg latency, 553.0 ms max latency.',
  '700000 records sent, 118724.559023 records/sec (115.94 MB/sec), 91.05 ms avg latency, 553.00 ms max latency, 13 ms 50th, 349 ms 95th, 429 ms 99th, 465 ms 99.9th.',
  '',
].join('\n');

const producerAgainstKafka = [
  '247087 records sent, 49338.5 records/sec (48.18 MB/sec), 477.9 ms avg latency, 1349.0 ms max latency.',
  '600000 records sent, 64020.486556 records/sec (62.52 MB/sec), 407.95 ms avg latency, 1349.00 ms max latency, 357 ms 50th, 939 ms 95th, 1197 ms 99th, 1307 ms 99.9th.',
  '',
].join('\n');

const consumerHeader =
  'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec';

/** Excerpts of --print-metrics output; client-wide lines plus per-node/topic lines that must not match. */
const producerWithMetrics = [
  '100000 records sent, 95238.095238 records/sec (93.01 MB/sec), 32.69 ms avg latency, 223.00 ms max latency, 29 ms 50th, 73 ms 95th, 87 ms 99th, 105 ms 99.9th.',
  '',
  'Metric Name                                                                                   Value',
  'app-info:version:{client-id=perf-producer-client}                                           : 3.9.1',
  'producer-metrics:batch-size-avg:{client-id=perf-producer-client}                            : 63944.735',
  'producer-metrics:record-queue-time-avg:{client-id=perf-producer-client}                     : 16.431',
  'producer-metrics:request-latency-avg:{client-id=perf-producer-client}                       : 13.292',
  'producer-metrics:request-latency-max:{client-id=perf-producer-client}                       : 48.000',
  'producer-node-metrics:request-latency-avg:{client-id=perf-producer-client, node-id=node--1} : NaN',
  'producer-node-metrics:request-latency-avg:{client-id=perf-producer-client, node-id=node-1}  : 13.292',
  '',
].join('\n');

const consumerWithMetrics = [
  consumerHeader,
  '2026-11-27 17:03:09:951, 2026-11-27 17:03:13:531, 97.6563, 27.2783, 100000, 27932.9609, 3279, 301, 324.4394, 332225.9136',
  '',
  'Metric Name                                                                                                      Value',
  'consumer-fetch-manager-metrics:fetch-latency-avg:{client-id=perf-consumer-client}                              : 13.933',
  'consumer-fetch-manager-metrics:fetch-latency-max:{client-id=perf-consumer-client}                              : 37.000',
  'consumer-fetch-manager-metrics:fetch-size-avg:{client-id=perf-consumer-client, topic=pt}                       : 6886666.667',
  'consumer-fetch-manager-metrics:fetch-size-avg:{client-id=perf-consumer-client}                                 : 6886666.667',
  'consumer-fetch-manager-metrics:fetch-total:{client-id=perf-consumer-client}                                    : 15.000',
  'consumer-fetch-manager-metrics:records-lag-max:{client-id=perf-consumer-client, topic=pt, partition=0}         : 5387.000',
  '',
].join('\n');

test('the producer summary is the final line, the one with percentiles', (t) => {
  t.deepEqual(parseProducerSummary(producerAgainstGossip), {
    records: 700000,
    recordsPerSec: 118724.559023,
    mbPerSec: 115.94,
    avgLatencyMs: 91.05,
    maxLatencyMs: 553,
    p50Ms: 13,
    p95Ms: 349,
    p99Ms: 429,
    p999Ms: 465,
    requestLatencyAvgMs: Number.NaN,
    requestLatencyMaxMs: Number.NaN,
    recordQueueTimeAvgMs: Number.NaN,
    batchSizeAvgBytes: Number.NaN,
  });
  const kafka = parseProducerSummary(producerAgainstKafka);
  t.is(kafka.records, 600000);
  t.is(kafka.mbPerSec, 62.52);
  t.is(kafka.p999Ms, 1307);
});

test('a producer run without its summary line is an error, not zeros', (t) => {
  const periodicOnly = producerAgainstKafka.split('\n')[0] ?? '';
  t.throws(() => parseProducerSummary(periodicOnly), { message: /no ProducerPerformance summary/ });
  t.throws(() => parseProducerSummary(''), { message: /no ProducerPerformance summary/ });
});

test('a run where every send failed parses (NaN average) and its exception lines are counted', (t) => {
  const stdout =
    '0 records sent, 0.000000 records/sec (0.00 MB/sec), NaN ms avg latency, 0.00 ms max latency, 0 ms 50th, 0 ms 95th, 0 ms 99th, 0 ms 99.9th.\n';
  const failed = parseProducerSummary(stdout);
  t.is(failed.records, 0);
  t.true(Number.isNaN(failed.avgLatencyMs));
  const tooLarge =
    'org.apache.kafka.common.errors.RecordTooLargeException: The message is 2000088 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.';
  t.is(countExceptions(`${tooLarge}\n${tooLarge}\n${tooLarge}\n`), 3);
  t.is(countExceptions(''), 0);
});

test('the consumer CSV row is read by column name', (t) => {
  const stdout = `${consumerHeader}\n2026-11-27 16:56:52:649, 2026-11-27 16:56:56:009, 585.9375, 174.3862, 600000, 178571.4286, 1313, 2047, 286.2421, 293111.8710\n`;
  t.deepEqual(parseConsumerCsv(stdout), {
    records: 600000,
    mb: 585.9375,
    mbPerSec: 174.3862,
    recordsPerSec: 178571.4286,
    rebalanceMs: 1313,
    fetchMs: 2047,
    fetchMbPerSec: 286.2421,
    fetchRecordsPerSec: 293111.871,
    fetchLatencyAvgMs: Number.NaN,
    fetchLatencyMaxMs: Number.NaN,
    fetchSizeAvgBytes: Number.NaN,
    fetchRequests: Number.NaN,
  });
  const gossip = parseConsumerCsv(
    `${consumerHeader}\n2026-11-27 16:53:09:804, 2026-11-27 16:53:13:943, 97.6563, 23.5942, 100000, 24160.4252, 3714, 425, 229.7794, 235294.1176\n`,
  );
  t.is(gossip.records, 100000);
  t.is(gossip.rebalanceMs, 3714);
  t.is(gossip.fetchMbPerSec, 229.7794);
});

test('the consumer timeout warning between header and row is skipped', (t) => {
  const stdout = [
    consumerHeader,
    'WARNING: Exiting before consuming the expected number of messages: timeout (2000 ms) exceeded. You can use the --timeout option to increase the timeout.',
    '2026-11-27 16:56:11:767, 2026-11-27 16:56:13:809, 0.0000, 0.0000, 0, 0.0000, 0, 2042, 0.0000, 0.0000',
    '',
  ].join('\n');
  const consumer = parseConsumerCsv(stdout);
  t.is(consumer.records, 0);
  t.is(consumer.fetchMs, 2042);
});

test('client-wide metrics from --print-metrics come with the summaries', (t) => {
  const producer = parseProducerSummary(producerWithMetrics);
  t.is(producer.records, 100000);
  t.is(producer.p999Ms, 105);
  t.is(producer.requestLatencyAvgMs, 13.292);
  t.is(producer.requestLatencyMaxMs, 48);
  t.is(producer.recordQueueTimeAvgMs, 16.431);
  t.is(producer.batchSizeAvgBytes, 63944.735);
  const consumer = parseConsumerCsv(consumerWithMetrics);
  t.is(consumer.records, 100000);
  t.is(consumer.fetchMbPerSec, 324.4394);
  t.is(consumer.fetchLatencyAvgMs, 13.933);
  t.is(consumer.fetchLatencyMaxMs, 37);
  t.is(consumer.fetchSizeAvgBytes, 6886666.667);
  t.is(consumer.fetchRequests, 15);
});

test('only the named group and client id are read, never per-node or per-topic lines', (t) => {
  const nodeOnly =
    'producer-node-metrics:request-latency-avg:{client-id=perf-producer-client, node-id=node-1}  : 13.292';
  t.true(
    Number.isNaN(
      clientMetrics(nodeOnly, 'producer-node-metrics', 'perf-producer-client')('request-latency-avg'),
    ),
  );
  const metric = clientMetrics(producerWithMetrics, 'producer-metrics', 'perf-producer-client');
  t.is(metric('request-latency-avg'), 13.292);
  t.true(Number.isNaN(metric('no-such-metric')));
  t.true(
    Number.isNaN(clientMetrics(producerWithMetrics, 'producer-metrics', 'other')('request-latency-avg')),
  );
});

test('consumer output without a CSV row is an error', (t) => {
  t.throws(() => parseConsumerCsv(`${consumerHeader}\n`), { message: /no ConsumerPerformance CSV/ });
  t.throws(() => parseConsumerCsv('WARNING: something else\n'), { message: /no ConsumerPerformance CSV/ });
});
