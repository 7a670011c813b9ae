import { fileURLToPath } from 'node:url';
import test from 'ava';
import {
  collectingLogger,
  openLog,
  readAll,
  recordAck,
  runFixtureAndKill,
  tempDir,
  testConfig,
} from './test-support.js';

const CHILD = fileURLToPath(new URL('./kill-child.fixture.ts', import.meta.url));

/** Runs the appending child until it has acknowledged `acks` appends (plus a little), then SIGKILLs it. */
async function runAndKill(dir: string, firstLabel: number, acks: number): Promise<Map<number, bigint>> {
  const acked = new Map<number, bigint>();
  const enough = (line: string): boolean => {
    recordAck(line, acked);
    return acked.size >= acks;
  };
  await runFixtureAndKill(CHILD, [dir, String(firstLabel)], enough, 3);
  return acked;
}

test('after kill -9, every acknowledged append is present exactly once', async (t) => {
  const dir = await tempDir(t);
  const allAcked = new Map<number, bigint>();
  for (let round = 0; round < 3; round++) {
    const acked = await runAndKill(dir, round * 1_000_000, 400 + round * 200);
    t.true(acked.size >= 400);
    for (const [label, offset] of acked) allAcked.set(label, offset);

    const { logger, lines } = collectingLogger();
    const log = await openLog(dir, testConfig({ segmentBytes: 32 * 1024, indexIntervalBytes: 512 }), {
      logger,
    });
    const truncated = lines.find((l) => typeof l.truncatedBytes === 'number');
    t.log(`round ${round}: ${acked.size} acked, torn tail ${truncated ? truncated.truncatedBytes : 0} bytes`);
    const records = await readAll(log, 0n, 64 * 1024);
    const seen = new Map<number, bigint>();
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      t.is(r.offset, BigInt(i), 'offsets are contiguous');
      const m = /^n-(\d+)-a/.exec(r.value);
      if (!m) continue;
      const label = Number(m[1]);
      t.false(seen.has(label), `label ${label} stored twice`);
      seen.set(label, r.offset);
    }
    for (const [label, offset] of allAcked) {
      t.is(seen.get(label), offset, `acknowledged append ${label} at ${offset}`);
    }
    t.true(log.segmentCount > 1);
    await log.close();
  }
});
