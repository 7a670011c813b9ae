// CreateTopics (key 19), versions 0-7. Each topic goes to the metadata service; -1 partitions or
// replication factor take the broker's num.partitions / default.replication.factor. As in Kafka:
// a name given twice gets one INVALID_REQUEST "Duplicate topic name." (after the other results),
// as does __cluster_metadata; v5+ reports partitions, replication factor and every topic config
// with its source; v7 the topic id (also for validate_only). timeout_ms is ignored (changes commit
// before the answer). Manual assignments are checked as Kafka checks them; with one broker they
// can only name that broker, so they reduce to a partition count and a replication factor.
import {
  type CreatableTopic,
  type CreatableTopicResult,
  CreateTopicsApi,
  type CreateTopicsRequest,
  type CreateTopicsResponse,
} from '../../../wire/generated/api/019-create-topics.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { type Init, uuidFromBytes, ZERO_UUID } from '../../../wire/primitives/index.js';
import type { MetadataImage } from '../../metadata/image.js';
import { describeTopicConfigs } from '../config-describe.js';
import type { CreateTopicResult, HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

const CLUSTER_METADATA_TOPIC = '__cluster_metadata';
/** Errors found before partitions are placed; a manual assignment is checked after them. */
const EARLY_ERRORS: ReadonlySet<number> = new Set([
  ErrorCode.INVALID_TOPIC_EXCEPTION,
  ErrorCode.TOPIC_ALREADY_EXISTS,
  ErrorCode.INVALID_CONFIG,
  ErrorCode.INVALID_REQUEST,
]);

type TopicResult = Init<CreatableTopicResult>;

export function createTopicsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<CreateTopicsRequest, CreateTopicsResponse> = {
    api: CreateTopicsApi,
    minVersion: 0,
    maxVersion: 7,
    async handle(request: CreateTopicsRequest, _ctx: RequestContext): Promise<Init<CreateTopicsResponse>> {
      const counts = new Map<string, number>();
      for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
      const topics: TopicResult[] = [];
      for (const t of request.topics) {
        if (counts.get(t.name) !== 1 || t.name === CLUSTER_METADATA_TOPIC) continue;
        topics.push(await createOne(deps, t, request.validateOnly));
      }
      for (const [name, count] of counts) {
        if (count > 1) topics.push(failed(name, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
      }
      if (counts.get(CLUSTER_METADATA_TOPIC) === 1) {
        topics.push(
          failed(
            CLUSTER_METADATA_TOPIC,
            ErrorCode.INVALID_REQUEST,
            `Creation of internal topic ${CLUSTER_METADATA_TOPIC} is prohibited.`,
          ),
        );
      }
      return { throttleTimeMs: 0, topics };
    },
  };
  return register(handler);
}

async function createOne(deps: HandlerDeps, t: CreatableTopic, validateOnly: boolean): Promise<TopicResult> {
  const configs: Record<string, string | null> = {};
  for (const c of t.configs) configs[c.name] = c.value;
  let numPartitions = t.numPartitions === -1 ? deps.config.numPartitions : t.numPartitions;
  let replicationFactor =
    t.replicationFactor === -1 ? deps.config.defaultReplicationFactor : t.replicationFactor;
  try {
    if (t.assignments.length > 0) {
      const preview = await deps.metadata.createTopic({
        name: t.name,
        numPartitions: t.assignments.length,
        replicationFactor: 1,
        configs,
        validateOnly: true,
      });
      if (EARLY_ERRORS.has(preview.errorCode)) return failed(t.name, preview.errorCode, preview.errorMessage);
      const problem = assignmentProblem(t, deps.metadata.image());
      if (problem !== null) return failed(t.name, problem.errorCode, problem.message);
      numPartitions = t.assignments.length;
      replicationFactor = t.assignments[0]?.brokerIds.length ?? 1;
    }
    const result = await deps.metadata.createTopic({
      name: t.name,
      numPartitions,
      replicationFactor,
      configs,
      validateOnly,
    });
    return created(deps, t.name, result);
  } catch {
    // The metadata log could not be written: report it, acknowledge nothing.
    return failed(t.name, ErrorCode.UNKNOWN_SERVER_ERROR, null);
  }
}

/** Kafka's checks of a manual partition assignment, in Kafka's order. */
function assignmentProblem(
  t: CreatableTopic,
  image: MetadataImage,
): { errorCode: number; message: string } | null {
  const invalid = (message: string) => ({ errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, message });
  if (t.replicationFactor !== -1) {
    return {
      errorCode: ErrorCode.INVALID_REQUEST,
      message: 'A manual partition assignment was specified, but replicationFactor was not set to -1.',
    };
  }
  if (t.numPartitions !== -1) {
    return {
      errorCode: ErrorCode.INVALID_REQUEST,
      message: 'A manual partition assignment was specified, but numPartitions was not set to -1.',
    };
  }
  let expectedReplicas: number | null = null;
  for (const [i, a] of t.assignments.entries()) {
    if (a.partitionIndex !== i) return invalid('partitions should be a consecutive 0-based integer sequence');
    const problem = replicaListProblem(a.brokerIds, expectedReplicas, image);
    if (problem !== null) return invalid(problem);
    expectedReplicas = a.brokerIds.length;
  }
  return null;
}

/** Kafka's message for a bad replica list of a manual assignment, or null. */
export function replicaListProblem(
  brokerIds: readonly number[],
  expectedReplicas: number | null,
  image: MetadataImage,
): string | null {
  if (brokerIds.length === 0) return 'The manual partition assignment includes an empty replica list.';
  if (expectedReplicas !== null && brokerIds.length !== expectedReplicas) {
    return (
      `The manual partition assignment includes a partition with ${brokerIds.length} replica(s), but ` +
      `this is not consistent with previous partitions, which have ${expectedReplicas} replica(s).`
    );
  }
  const seen = new Set<number>();
  for (const id of brokerIds) {
    if (seen.has(id)) return `The manual partition assignment includes the broker ${id} more than once.`;
    seen.add(id);
    const broker = image.brokers.get(id);
    if (broker === undefined) {
      return `The manual partition assignment includes broker ${id}, but no such broker is registered.`;
    }
  }
  return null;
}

function created(deps: HandlerDeps, name: string, result: CreateTopicResult): TopicResult {
  const topic = result.topic;
  if (result.errorCode !== ErrorCode.NONE || topic === undefined) {
    return failed(name, result.errorCode, result.errorMessage);
  }
  return {
    name,
    topicId: uuidFromBytes(topic.topicId),
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    numPartitions: topic.partitions.length,
    replicationFactor: topic.partitions[0]?.replicas.length ?? -1,
    configs: describeTopicConfigs(topic.configs, deps.metadata.image(), deps.config).map((c) => ({
      name: c.name,
      value: c.value,
      readOnly: c.readOnly,
      configSource: c.source,
      isSensitive: c.isSensitive,
    })),
  };
}

function failed(name: string, errorCode: number, errorMessage: string | null): TopicResult {
  return {
    name,
    topicId: ZERO_UUID,
    errorCode,
    errorMessage,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}
