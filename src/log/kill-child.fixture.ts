// Child process for the kill -9 recovery test: appends uniquely labelled batches to the partition
// log in `argv[2]` forever, several in flight at once, and prints `ack <label> <firstOffset>` only
// after an append's promise resolved. The parent SIGKILLs it at an arbitrary moment.
import { SystemClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { PartitionLog } from './partition-log.js';
import { batch, testConfig } from './test-support.js';

const dir = process.argv[2]!;
const firstLabel = Number(process.argv[3] ?? '0');
const log = await PartitionLog.open({
  dir,
  topic: 't',
  partition: 0,
  config: testConfig({ segmentBytes: 32 * 1024, indexIntervalBytes: 512 }),
  clock: new SystemClock(),
  logger: silentLogger(),
});
process.stdout.write('ready\n');
let label = firstLabel;
async function worker(): Promise<void> {
  for (;;) {
    const mine = label++;
    const padding = 'x'.repeat(mine % 300);
    const info = await log.append(batch([`n-${mine}-a-${padding}`, `n-${mine}-b`]));
    process.stdout.write(`ack ${mine} ${info.firstOffset}\n`);
  }
}
await Promise.all([worker(), worker(), worker(), worker(), worker(), worker()]);
