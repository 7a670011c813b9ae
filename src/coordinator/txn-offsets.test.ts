// Transactional offsets in the group coordinator shard: TxnOffsetCommit validation, pending offsets
// that only a COMMIT marker materializes (an ABORT drops them), OffsetFetch require_stable answering
// UNSTABLE_OFFSET_COMMIT meanwhile, and replaying the records plus markers rebuilding the same state.
import test from 'ava';
import { ErrorCode } from '../../wire/generated/error-codes.js';
import type { TxnOffsetCommitInput } from './group-coordinator.js';
import { Harness, persistentView, replayed } from './test-support.js';

const commit = (
  h: Harness,
  fields: Partial<TxnOffsetCommitInput>,
  offsets: Array<[string, number, bigint]>,
) => {
  const result = h.shard.txnCommitOffsets(
    {
      groupId: 'g',
      producerId: 7n,
      producerEpoch: 0,
      generationId: -1,
      memberId: '',
      groupInstanceId: null,
      ...fields,
      topics: [...new Set(offsets.map((o) => o[0]))].map((name) => ({
        name,
        partitions: offsets
          .filter((o) => o[0] === name)
          .map(([, partitionIndex, committedOffset]) => ({
            partitionIndex,
            committedOffset,
            committedLeaderEpoch: -1,
            committedMetadata: '',
          })),
      })),
    },
    h.nowMs,
  );
  return { result, codes: h.run(result).topics.flatMap((t) => t.partitions.map((p) => p.errorCode)) };
};

const fetch = (h: Harness, requireStable: boolean) =>
  h.shard.fetchOffsets({ groupId: 'g', topics: [{ name: 't', partitionIndexes: [0, 1] }], requireStable })
    .topics[0]!.partitions;

test('pending until the COMMIT marker; require_stable sees UNSTABLE_OFFSET_COMMIT meanwhile', (t) => {
  const h = new Harness();
  h.commit({ groupId: 'g' }, [['t', 1, 3n]]);
  const { result, codes } = commit(h, {}, [
    ['t', 0, 10n],
    ['t', 1, 11n],
  ]);
  t.deepEqual(codes, [0, 0]);
  t.deepEqual(result.transaction, { producerId: 7n, producerEpoch: 0 });
  t.is(result.records.length, 2);
  t.deepEqual(
    fetch(h, false).map((p) => p.committedOffset),
    [-1n, 3n],
  );
  t.deepEqual(
    fetch(h, true).map((p) => [p.errorCode, p.committedOffset]),
    [
      [ErrorCode.UNSTABLE_OFFSET_COMMIT, -1n],
      [ErrorCode.UNSTABLE_OFFSET_COMMIT, -1n],
    ],
  );
  h.shard.replayEndTxnMarker(8n, true); // another producer's marker changes nothing
  t.is(h.shard.pendingTxnOffsetEntries().length, 2);
  h.shard.replayEndTxnMarker(7n, true);
  t.deepEqual(
    fetch(h, true).map((p) => [p.errorCode, p.committedOffset]),
    [
      [0, 10n],
      [0, 11n],
    ],
  );
  t.deepEqual(h.shard.pendingTxnOffsetEntries(), []);
});

test('an ABORT marker drops the pending offsets', (t) => {
  const h = new Harness();
  commit(h, {}, [['t', 0, 10n]]);
  h.shard.replayEndTxnMarker(7n, false);
  t.deepEqual(
    fetch(h, true).map((p) => p.committedOffset),
    [-1n, -1n],
  );
  t.deepEqual(h.shard.pendingTxnOffsetEntries(), []);
});

test('TxnOffsetCommit errors: group id, member, generation, metadata size', (t) => {
  const h = new Harness({ offsetMetadataMaxBytes: 3 });
  t.deepEqual(commit(h, { groupId: '' }, [['t', 0, 1n]]).codes, [ErrorCode.INVALID_GROUP_ID]);
  t.deepEqual(commit(h, { memberId: 'nobody' }, [['t', 0, 1n]]).codes, [ErrorCode.UNKNOWN_MEMBER_ID]);
  t.deepEqual(commit(h, { generationId: 4 }, [['t', 0, 1n]]).codes, [ErrorCode.ILLEGAL_GENERATION]);
  const big = h.shard.txnCommitOffsets(
    {
      groupId: 'g',
      producerId: 1n,
      producerEpoch: 0,
      generationId: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: 'long' },
          ],
        },
      ],
    },
    h.nowMs,
  );
  t.deepEqual(big.response.topics[0]?.partitions, [
    { partitionIndex: 0, errorCode: ErrorCode.OFFSET_METADATA_TOO_LARGE },
  ]);
  t.deepEqual(big.records, []);
  t.deepEqual(h.shard.pendingTxnOffsetEntries(), []);
});

test('replaying transactional records and markers rebuilds the same state', (t) => {
  const h = new Harness();
  const a = commit(h, { producerId: 1n }, [['t', 0, 5n]]).result;
  const b = commit(h, { producerId: 2n }, [['t', 1, 6n]]).result;
  h.shard.replayEndTxnMarker(1n, true);
  const rebuilt = replayed([]);
  for (const r of a.records) rebuilt.replayTransactional(r, 1n);
  for (const r of b.records) rebuilt.replayTransactional(r, 2n);
  rebuilt.replayEndTxnMarker(1n, true);
  t.deepEqual(persistentView(rebuilt), persistentView(h.shard));
  t.deepEqual(rebuilt.pendingTxnOffsetEntries(), h.shard.pendingTxnOffsetEntries());
  t.is(rebuilt.pendingTxnOffsetEntries().length, 1);
});
