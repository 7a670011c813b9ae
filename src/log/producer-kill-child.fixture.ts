// Child process for the producer-state kill -9 test: one idempotent producer (id argv[3]) appends
// batches with consecutive sequences to the partition log in argv[2], five in flight at once as a
// producer with max.in.flight 5 would, and prints `ack <seq> <firstOffset>` once an append resolved.
// The parent SIGKILLs it at an arbitrary moment.
import { SystemClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { PartitionLog } from './partition-log.js';
import { producerBatch, testConfig } from './test-support.js';

const dir = process.argv[2]!;
const producerId = BigInt(process.argv[3] ?? '1');
const log = await PartitionLog.open({
  dir,
  topic: 't',
  partition: 0,
  config: testConfig({ segmentBytes: 16 * 1024, indexIntervalBytes: 512 }),
  clock: new SystemClock(),
  logger: silentLogger(),
});
process.stdout.write('ready\n');
let seq = 0;
async function worker(): Promise<void> {
  for (;;) {
    const mine = seq++;
    const info = await log.append(
      producerBatch(producerId, 0, mine, [`p${producerId}-s-${mine}-${'x'.repeat(mine % 200)}`]),
    );
    if (info.errorCode !== 0) throw new Error(`append of seq ${mine} refused with ${info.errorCode}`);
    process.stdout.write(`ack ${mine} ${info.firstOffset}\n`);
  }
}
await Promise.all([worker(), worker(), worker(), worker(), worker()]);
