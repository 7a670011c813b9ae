// kill -9 while an idempotent producer has five appends in flight, then reopen: the producer state
// rebuilt from the newest snapshot plus the log must match the log, so resending every batch that
// was not acknowledged (as the producer does after reconnecting) stores nothing twice: batches that
// reached the log come back as duplicates with their offsets, lost ones are appended in order.
import { fileURLToPath } from 'node:url';
import test from 'ava';
import {
  openLog,
  producerBatch,
  readAll,
  recordAck,
  runFixtureAndKill,
  tempDir,
  testConfig,
} from './test-support.js';

const CHILD = fileURLToPath(new URL('./producer-kill-child.fixture.ts', import.meta.url));
const CONFIG = testConfig({ segmentBytes: 16 * 1024, indexIntervalBytes: 512 });

/** Runs the child until `acks` appends were acknowledged (plus a little), then SIGKILLs it. */
async function runAndKill(dir: string, producerId: number, acks: number): Promise<Map<number, bigint>> {
  const acked = new Map<number, bigint>();
  const enough = (line: string): boolean => {
    recordAck(line, acked);
    return acked.size >= acks;
  };
  await runFixtureAndKill(CHILD, [dir, String(producerId)], enough, 2);
  return acked;
}

test('after kill -9 the rebuilt producer state turns every resent batch into a duplicate or a clean append', async (t) => {
  const dir = await tempDir(t);
  for (let round = 1; round <= 3; round++) {
    const producerId = round * 100;
    const acked = await runAndKill(dir, producerId, 300 + round * 150);
    const log = await openLog(dir, CONFIG);
    t.true(log.segmentCount > 1);
    // What survived of this producer: sequence -> offset, read the way a consumer would.
    const stored = new Map<number, bigint>();
    for (const r of await readAll(log, 0n, 64 * 1024)) {
      const m = /^p(\d+)-s-(\d+)-/.exec(r.value);
      if (m && Number(m[1]) === producerId) {
        const seq = Number(m[2]);
        t.false(stored.has(seq), `seq ${seq} stored twice`);
        stored.set(seq, r.offset);
      }
    }
    const lastSeq = log.producerState.entry(BigInt(producerId))?.lastSeq ?? -1;
    const lastAcked = Math.max(...acked.keys());
    t.true(lastSeq >= lastAcked, `state reaches the last acknowledged batch (${lastSeq} >= ${lastAcked})`);
    for (const [seq, offset] of acked) t.is(stored.get(seq), offset, `acknowledged seq ${seq}`);
    t.log(`round ${round}: ${acked.size} acked, ${lastSeq + 1 - acked.size} written but unacknowledged`);
    // The producer resends everything after its last acknowledgement.
    const endBefore = log.logEndOffset;
    let appended = 0;
    for (let seq = lastAcked + 1; seq <= lastSeq + 2; seq++) {
      const info = await log.append(
        producerBatch(BigInt(producerId), 0, seq, [`p${producerId}-s-${seq}-${'x'.repeat(seq % 200)}`]),
      );
      t.is(info.errorCode, 0, `resend of seq ${seq}`);
      if (seq <= lastSeq) t.like(info, { duplicate: true }, `seq ${seq} was in the log`);
      else appended++;
    }
    t.is(log.logEndOffset, endBefore + BigInt(appended), 'only the lost batches took offsets');
    t.is(Math.max(...stored.keys()), lastSeq, 'the state ends where the log does');
    await log.close();
  }
});
