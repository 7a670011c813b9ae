// DescribeQuorum (key 55), versions 0-2: the metadata quorum's leader, epoch, high watermark and
// voters, for AdminClient.describeMetadataQuorum and kafka-metadata-quorum. The request must name
// exactly `__cluster_metadata` partition 0, else each partition asked for gets
// UNKNOWN_TOPIC_OR_PARTITION (as Kafka's Raft client answers). Any node answers: a follower asks the
// Raft leader through the cluster layer (Kafka brokers forward to the active controller); if no
// leader answers in time the partition gets NOT_LEADER_OR_FOLLOWER, which the AdminClient retries
// (any other failure of the leader call: UNKNOWN_SERVER_ERROR).
// Differences from Kafka: offsets count GOssip's metadata records (Kafka counts its metadata log's
// records), a single node reports epoch 1, observers are always empty (brokers are not Raft
// observers), directory ids are zero, and v2 nodes list the voters' quorum endpoints (a single
// node lists its Kafka endpoint) under the listener name CONTROLLER. Like Kafka, messages are ''
// on success and failed partitions carry zeros (not -1) for leader, epoch and high watermark.
import {
  DescribeQuorumApi,
  type DescribeQuorumRequest,
  type DescribeQuorumResponse,
  type ReplicaState,
} from '../../../wire/generated/api/055-describe-quorum.js';
import { ErrorCode, errorInfo } from '../../../wire/generated/error-codes.js';
import { type Init, ZERO_UUID } from '../../../wire/primitives/index.js';
import { NotLeaderError } from '../../metadata/quorum.js';
import type { QuorumReplicaStatus, QuorumStatus, QuorumStatusSource } from '../../metadata/quorum-status.js';
import { type Handler, register } from '../handler.js';

export const METADATA_TOPIC = '__cluster_metadata';

export function describeQuorumHandler(quorum: QuorumStatusSource): Handler {
  const handler: Handler<DescribeQuorumRequest, DescribeQuorumResponse> = {
    api: DescribeQuorumApi,
    minVersion: 0,
    maxVersion: 2,
    async handle(request: DescribeQuorumRequest): Promise<Init<DescribeQuorumResponse>> {
      if (!asksForMetadataPartition(request)) return unknownPartitions(request);
      let status: QuorumStatus;
      try {
        status = await quorum.quorumStatus();
      } catch (error) {
        return partitionError(
          error instanceof NotLeaderError ? ErrorCode.NOT_LEADER_OR_FOLLOWER : ErrorCode.UNKNOWN_SERVER_ERROR,
        );
      }
      return {
        errorCode: ErrorCode.NONE,
        errorMessage: '',
        topics: [
          {
            topicName: METADATA_TOPIC,
            partitions: [
              {
                partitionIndex: 0,
                errorCode: ErrorCode.NONE,
                errorMessage: '',
                leaderId: status.leaderId,
                leaderEpoch: status.leaderEpoch,
                highWatermark: BigInt(status.highWatermark),
                currentVoters: status.voters.map(replicaState),
                observers: status.observers.map(replicaState),
              },
            ],
          },
        ],
        nodes: status.nodes.map((n) => ({ nodeId: n.nodeId, listeners: n.listeners.map((l) => ({ ...l })) })),
      };
    },
  };
  return register(handler);
}

function asksForMetadataPartition(request: DescribeQuorumRequest): boolean {
  const topic = request.topics.length === 1 ? request.topics[0] : undefined;
  return (
    topic !== undefined &&
    topic.topicName === METADATA_TOPIC &&
    topic.partitions.length === 1 &&
    topic.partitions[0]?.partitionIndex === 0
  );
}

function replicaState(r: QuorumReplicaStatus): ReplicaState {
  return {
    replicaId: r.replicaId,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset: BigInt(r.logEndOffset),
    lastFetchTimestamp: BigInt(r.lastFetchTimestamp),
    lastCaughtUpTimestamp: BigInt(r.lastCaughtUpTimestamp),
  };
}

/** Every partition the request names, with UNKNOWN_TOPIC_OR_PARTITION. */
function unknownPartitions(request: DescribeQuorumRequest): Init<DescribeQuorumResponse> {
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: '',
    topics: request.topics.map((t) => ({
      topicName: t.topicName,
      partitions: t.partitions.map((p) =>
        failedPartition(p.partitionIndex, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION),
      ),
    })),
    nodes: [],
  };
}

function partitionError(errorCode: number): Init<DescribeQuorumResponse> {
  return {
    errorCode: ErrorCode.NONE,
    errorMessage: '',
    topics: [{ topicName: METADATA_TOPIC, partitions: [failedPartition(0, errorCode)] }],
    nodes: [],
  };
}

function failedPartition(partitionIndex: number, errorCode: number) {
  return {
    partitionIndex,
    errorCode,
    errorMessage: errorInfo(errorCode).message,
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
  };
}
