// Loading a __consumer_offsets partition with transactional offset commits: a real partition log
// holding TxnOffsetCommit batches appended by ShardRunner-style coordinator appends and real
// COMMIT/ABORT markers; the loaded shard has the committed producer's offsets, not the aborted one's,
// and keeps a still-open transaction's offsets pending.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { encodeRecordBatch } from '../../wire/record-batch/index.js';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { SeededRandom } from '../common/random.js';
import { PartitionLog } from '../log/partition-log.js';
import { testConfig } from '../log/test-support.js';
import { GroupCoordinatorShard } from './group-coordinator.js';
import { encodeCoordinatorRecord } from './records.js';
import { replayPartitionLog } from './shard-loader.js';

test('transactional offsets are replayed as pending and decided by the markers in the log', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'gossip-loader-txn-'));
  const log = await PartitionLog.open({
    dir,
    topic: '__consumer_offsets',
    partition: 0,
    config: testConfig(),
    clock: new ManualClock(1000),
    logger: silentLogger(),
  });
  t.teardown(async () => {
    await log.close();
    await rm(dir, { recursive: true, force: true });
  });
  const live = new GroupCoordinatorShard({ config: {}, random: new SeededRandom(1) });
  const commit = async (producerId: bigint, partition: number, offset: bigint) => {
    const r = live.txnCommitOffsets(
      {
        groupId: 'g',
        producerId,
        producerEpoch: 0,
        generationId: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          {
            name: 't',
            partitions: [
              {
                partitionIndex: partition,
                committedOffset: offset,
                committedLeaderEpoch: -1,
                committedMetadata: '',
              },
            ],
          },
        ],
      },
      1000,
    );
    const batch = encodeRecordBatch({
      producerId,
      producerEpoch: 0,
      baseSequence: 0,
      isTransactional: true,
      records: r.records.map((rec) => ({ ...encodeCoordinatorRecord(rec), timestamp: 1000 })),
    });
    t.is((await log.append(batch, { origin: 'coordinator' })).errorCode, 0);
  };
  await commit(1n, 0, 10n);
  await commit(2n, 1, 20n);
  await commit(1n, 2, 30n); // same producer, same epoch, sequence 0 again: a coordinator write
  await commit(3n, 3, 40n);
  for (const [producerId, commitMarker] of [
    [1n, true],
    [2n, false],
  ] as const) {
    t.is(
      (await log.appendMarker({ producerId, producerEpoch: 0, coordinatorEpoch: 0, commit: commitMarker }))
        .errorCode,
      0,
    );
    live.replayEndTxnMarker(producerId, commitMarker);
  }
  const loaded = new GroupCoordinatorShard({ config: {}, random: new SeededRandom(2) });
  await replayPartitionLog(log, loaded, 'test');
  t.deepEqual(
    loaded.offsetEntries().map(([g, topic, p, v]) => [g, topic, p, v.offset]),
    [
      ['g', 't', 0, 10n],
      ['g', 't', 2, 30n],
    ],
  );
  t.deepEqual(loaded.pendingTxnOffsetEntries(), live.pendingTxnOffsetEntries());
  t.deepEqual(loaded.offsetEntries(), live.offsetEntries());
  t.is(loaded.pendingTxnOffsetEntries()[0]?.[0], 3n);
});
