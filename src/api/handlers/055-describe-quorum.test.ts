// DescribeQuorum's handler over a single node's status and over a cluster source whose leader cannot
// be reached: the success answer, UNKNOWN_TOPIC_OR_PARTITION for anything but __cluster_metadata-0,
// and NOT_LEADER_OR_FOLLOWER / UNKNOWN_SERVER_ERROR when the leader call fails.
import test from 'ava';
import type { DescribeQuorumRequest } from '../../../wire/generated/api/055-describe-quorum.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { NotLeaderError } from '../../metadata/quorum.js';
import { type QuorumStatusSource, singleNodeQuorumStatus } from '../../metadata/quorum-status.js';
import type { RequestContext } from '../handler.js';
import { describeQuorumHandler, METADATA_TOPIC } from './055-describe-quorum.js';

const ctx = { apiVersion: 2 } as unknown as RequestContext;
const asked: DescribeQuorumRequest = {
  topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0 }] }],
};

function call(source: QuorumStatusSource, request: DescribeQuorumRequest) {
  return describeQuorumHandler(source).handle(request, ctx) as Promise<Record<string, unknown>>;
}

const single: QuorumStatusSource = {
  quorumStatus: async () =>
    singleNodeQuorumStatus(3, { committedOffset: () => 9 }, 500, { host: 'h', port: 1 }),
};

test('a single node describes itself as the leader with its log end as high watermark', async (t) => {
  const handler = describeQuorumHandler(single);
  t.is(handler.minVersion, 0);
  t.is(handler.maxVersion, 2);
  const response = await call(single, asked);
  t.like(response, {
    errorCode: 0,
    errorMessage: '',
    nodes: [{ nodeId: 3, listeners: [{ name: 'CONTROLLER', host: 'h', port: 1 }] }],
  });
  t.like(response, {
    topics: [
      {
        topicName: METADATA_TOPIC,
        partitions: [
          {
            partitionIndex: 0,
            errorCode: 0,
            leaderId: 3,
            leaderEpoch: 1,
            highWatermark: 10n,
            currentVoters: [
              { replicaId: 3, logEndOffset: 10n, lastFetchTimestamp: 500n, lastCaughtUpTimestamp: 500n },
            ],
            observers: [],
          },
        ],
      },
    ],
  });
});

test('any other topic or partition gets UNKNOWN_TOPIC_OR_PARTITION per partition asked for', async (t) => {
  const response = await call(single, {
    topics: [{ topicName: 'orders', partitions: [{ partitionIndex: 0 }, { partitionIndex: 2 }] }],
  });
  t.like(response, {
    errorCode: 0,
    nodes: [],
    topics: [
      {
        topicName: 'orders',
        partitions: [
          {
            partitionIndex: 0,
            errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            leaderId: 0,
            highWatermark: 0n,
          },
          { partitionIndex: 2, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION },
        ],
      },
    ],
  });
  t.like(await call(single, { topics: [] }), { errorCode: 0, topics: [] });
});

test('an unreachable leader gives NOT_LEADER_OR_FOLLOWER, other failures UNKNOWN_SERVER_ERROR', async (t) => {
  const noLeader: QuorumStatusSource = { quorumStatus: () => Promise.reject(new NotLeaderError(null)) };
  const broken: QuorumStatusSource = { quorumStatus: () => Promise.reject(new Error('closed')) };
  for (const [source, code] of [
    [noLeader, ErrorCode.NOT_LEADER_OR_FOLLOWER],
    [broken, ErrorCode.UNKNOWN_SERVER_ERROR],
  ] as const) {
    t.like(await call(source, asked), {
      errorCode: 0,
      topics: [
        {
          topicName: METADATA_TOPIC,
          partitions: [{ partitionIndex: 0, errorCode: code, currentVoters: [] }],
        },
      ],
    });
  }
});
