// Child process for the transaction kill -9 test: three transactional producers take turns writing
// a few transactional batches and then a COMMIT or ABORT marker (every third transaction aborts),
// several transactions in flight at once, into the partition log in argv[2]. It prints
// `marker <offset>` once a marker is written; the parent SIGKILLs it at an arbitrary moment.
import { SystemClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { PartitionLog } from './partition-log.js';
import { testConfig, txnBatch } from './test-support-txn.js';

const dir = process.argv[2]!;
const base = BigInt(process.argv[3] ?? '1');
const log = await PartitionLog.open({
  dir,
  topic: 't',
  partition: 0,
  config: testConfig({ segmentBytes: 8 * 1024, indexIntervalBytes: 512 }),
  clock: new SystemClock(),
  logger: silentLogger(),
});
process.stdout.write('ready\n');
async function producer(producerId: bigint): Promise<void> {
  let seq = 0;
  for (let txn = 0; ; txn++) {
    for (let i = 0; i < 3; i++) {
      const info = await log.append(txnBatch(producerId, 0, seq++, [`p${producerId}-t${txn}-${i}`]));
      if (info.errorCode !== 0) throw new Error(`append refused with ${info.errorCode}`);
    }
    const marker = await log.appendMarker({
      producerId,
      producerEpoch: 0,
      coordinatorEpoch: 0,
      commit: txn % 3 !== 2,
    });
    if (marker.errorCode !== 0) throw new Error(`marker refused with ${marker.errorCode}`);
    process.stdout.write(`marker ${marker.firstOffset}\n`);
  }
}
await Promise.all([producer(base), producer(base + 1n), producer(base + 2n)]);
