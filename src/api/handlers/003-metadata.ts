// Metadata (key 3), versions 0-12. Brokers, cluster id, controller id, and topics with ids,
// partitions, leaders, replicas and ISR from the metadata image. Version rules as in Kafka: v0 `[]`
// and v1+ null mean all topics; v10/v11 may not look up by id; v12 may (UNKNOWN_TOPIC_ID when
// unknown). A missing topic is auto-created when auto.create.topics.enable and the request allow it;
// like Kafka in KRaft mode, the response that creates it says UNKNOWN_TOPIC_OR_PARTITION and
// clients ask again.
import {
  MetadataApi,
  type MetadataRequest,
  type MetadataResponse,
  type MetadataResponseTopic,
} from '../../../wire/generated/api/003-metadata.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { type Init, uuidFromBytes, ZERO_UUID } from '../../../wire/primitives/index.js';
import { isInternalTopic, type MetadataImage, type TopicInfo } from '../../metadata/image.js';
import { topicNameProblem } from '../../metadata/topic-names.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

/** Kafka's "not requested" value for authorized-operation fields. */
const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;
/** Without an authorizer every supported operation is allowed (AclOperation bit positions). */
const TOPIC_OPERATIONS_ALL = bits([3, 4, 5, 6, 7, 8, 10, 11]);
const CLUSTER_OPERATIONS_ALL = bits([5, 7, 8, 9, 10, 11, 12]);

function bits(positions: number[]): number {
  return positions.reduce((acc, p) => acc | (1 << p), 0);
}

type TopicOut = Init<MetadataResponseTopic>;

export function metadataHandler(deps: HandlerDeps): Handler {
  const handler: Handler<MetadataRequest, MetadataResponse> = {
    api: MetadataApi,
    minVersion: 0,
    maxVersion: 12,
    async handle(request: MetadataRequest, ctx: RequestContext): Promise<Init<MetadataResponse>> {
      const v = ctx.apiVersion;
      const requested = request.topics;
      const allTopics = requested === null || (v === 0 && requested.length === 0);
      let topics: TopicOut[];
      if (allTopics) {
        topics = [...deps.metadata.image().topics.values()].map((t) => describeTopic(t));
      } else {
        const invalid = requested.find((t) => (t.name === null || !isZeroId(t.topicId)) && v < 12);
        if (invalid) return invalidRequest(requested);
        topics = await lookUp(deps, requested, v >= 4 ? request.allowAutoTopicCreation : true);
      }
      if (request.includeTopicAuthorizedOperations) {
        for (const t of topics) t.topicAuthorizedOperations = TOPIC_OPERATIONS_ALL;
      }
      const image = deps.metadata.image();
      return {
        throttleTimeMs: 0,
        brokers: [...image.brokers.values()]
          .filter((b) => !b.fenced)
          .map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
        clusterId: image.clusterId,
        controllerId: image.controllerId,
        topics,
        clusterAuthorizedOperations: request.includeClusterAuthorizedOperations
          ? CLUSTER_OPERATIONS_ALL
          : AUTHORIZED_OPERATIONS_OMITTED,
      };
    },
  };
  return register(handler);
}

function isZeroId(id: string): boolean {
  return id === ZERO_UUID;
}

/** Kafka's answer to a v10/v11 request that names a topic by id: every topic gets INVALID_REQUEST. */
function invalidRequest(requested: NonNullable<MetadataRequest['topics']>): Init<MetadataResponse> {
  return {
    throttleTimeMs: 0,
    topics: requested.map((t) => ({
      name: t.name ?? '',
      topicId: t.topicId,
      errorCode: ErrorCode.INVALID_REQUEST,
      isInternal: false,
      partitions: [],
    })),
  };
}

async function lookUp(
  deps: HandlerDeps,
  requested: NonNullable<MetadataRequest['topics']>,
  allowAutoCreate: boolean,
): Promise<TopicOut[]> {
  const out: TopicOut[] = [];
  const seenNames = new Set<string>();
  const seenIds = new Set<string>();
  for (const t of requested) {
    if (!isZeroId(t.topicId)) {
      if (seenIds.has(t.topicId)) continue;
      seenIds.add(t.topicId);
      const found = byId(deps.metadata.image(), t.topicId);
      out.push(found ? describeTopic(found) : errorTopic(ErrorCode.UNKNOWN_TOPIC_ID, null, t.topicId));
      continue;
    }
    const name = t.name ?? '';
    if (seenNames.has(name)) continue;
    seenNames.add(name);
    const existing = deps.metadata.image().topics.get(name);
    if (existing) {
      out.push(describeTopic(existing));
      continue;
    }
    out.push(await missingTopic(deps, name, allowAutoCreate));
  }
  return out;
}

function byId(image: MetadataImage, id: string): TopicInfo | undefined {
  return image.topicsById.get(Buffer.from(id, 'base64url').toString('hex'));
}

async function missingTopic(deps: HandlerDeps, name: string, allowAutoCreate: boolean): Promise<TopicOut> {
  if (topicNameProblem(name) !== null) return errorTopic(ErrorCode.INVALID_TOPIC_EXCEPTION, name);
  if (!allowAutoCreate || !deps.config.autoCreateTopicsEnable) {
    return errorTopic(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name);
  }
  let created: { errorCode: number };
  try {
    created = await deps.metadata.createTopic({
      name,
      numPartitions: deps.config.numPartitions,
      replicationFactor: deps.config.defaultReplicationFactor,
    });
  } catch {
    // The metadata log could not be written: report it, acknowledge nothing.
    return errorTopic(ErrorCode.UNKNOWN_SERVER_ERROR, name);
  }
  const ok = created.errorCode === ErrorCode.NONE || created.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS;
  return errorTopic(ok ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : created.errorCode, name);
}

function errorTopic(errorCode: number, name: string | null, topicId = ZERO_UUID): TopicOut {
  return {
    errorCode,
    name,
    topicId,
    isInternal: name !== null && isInternalTopic(name),
    partitions: [],
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

function describeTopic(t: TopicInfo): TopicOut {
  return {
    errorCode: ErrorCode.NONE,
    name: t.name,
    topicId: uuidFromBytes(t.topicId),
    isInternal: t.internal,
    partitions: t.partitions.map((p) => ({
      errorCode: p.leader < 0 ? ErrorCode.LEADER_NOT_AVAILABLE : ErrorCode.NONE,
      partitionIndex: p.partition,
      leaderId: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: p.replicas,
      isrNodes: p.isr,
      offlineReplicas: p.offlineReplicas,
    })),
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}
