// The latency probe process against the real raw TCP sink process: every scheduled request is sent
// and answered in order, latencies and lateness come back for each, and a stopped probe can be
// stopped again. Rates are low so the test stays light on a shared machine.
import test from 'ava';
import { histogramOfUs, LatencyProbe } from './latency-probe.js';
import { startRawTcpTarget } from './targets.js';

test('the probe sends on schedule to the raw TCP sink and reports every answer', async (t) => {
  const sink = await startRawTcpTarget();
  const probe = await LatencyProbe.start();
  try {
    const result = await probe.run({
      host: sink.host,
      port: sink.port,
      topic: 'probe-test',
      partitions: 4,
      connections: 2,
      inFlightMax: 5,
      shape: { recordBytes: 100, recordsPerBatch: 4 },
      acks: 1,
      rate: 200,
      durationMs: 500,
      target: 'raw',
    });
    t.is(result.scheduled, 100);
    t.is(result.answered, 100);
    t.is(result.unanswered, 0);
    t.is(result.errors, 0);
    t.is(result.latencyUs.length, 100);
    t.is(result.sendLagUs.length, 100);
    t.is(result.serviceUs.length, 100);
    // From the scheduled time, never less than from the write call.
    const total = result.latencyUs.reduce((a, b) => a + b, 0);
    const service = result.serviceUs.reduce((a, b) => a + b, 0);
    t.true(total >= service);
    t.true(histogramOfUs(result.latencyUs).summary().p50Ms < 1000);
  } finally {
    await probe.stop();
    await probe.stop();
    await sink.stop();
  }
});

test('a warm-up is sent on the same connections and left out of every figure', async (t) => {
  const sink = await startRawTcpTarget();
  const probe = await LatencyProbe.start();
  try {
    const started = performance.now();
    const result = await probe.run({
      host: sink.host,
      port: sink.port,
      topic: 'probe-warmup-test',
      partitions: 2,
      connections: 1,
      inFlightMax: 5,
      shape: { recordBytes: 100, recordsPerBatch: 4 },
      acks: 1,
      rate: 200,
      durationMs: 250,
      warmupMs: 250,
      target: 'raw',
    });
    t.true(performance.now() - started >= 500, 'warm-up and measured part both ran');
    t.is(result.scheduled, 50);
    t.is(result.answered, 50);
    t.is(result.latencyUs.length, 50);
    t.is(result.sendLagUs.length, 50);
    t.is(result.unanswered, 0);
    t.true(result.seconds < 0.45, `seconds counted from the end of the warm-up: ${result.seconds}`);
  } finally {
    await probe.stop();
    await sink.stop();
  }
});

test('a run against a closed port fails with the error, and the probe stays usable', async (t) => {
  const sink = await startRawTcpTarget();
  const port = sink.port;
  await sink.stop();
  const probe = await LatencyProbe.start();
  try {
    const command = {
      host: '127.0.0.1',
      port,
      topic: 'probe-test',
      partitions: 1,
      connections: 1,
      inFlightMax: 1,
      shape: { recordBytes: 10, recordsPerBatch: 1 },
      acks: 1,
      rate: 10,
      durationMs: 100,
      target: 'raw' as const,
    };
    await t.throwsAsync(probe.run(command), { message: /ECONNREFUSED/ });
    const again = await startRawTcpTarget();
    try {
      const result = await probe.run({ ...command, port: again.port });
      t.is(result.answered, result.scheduled);
    } finally {
      await again.stop();
    }
  } finally {
    await probe.stop();
  }
});
