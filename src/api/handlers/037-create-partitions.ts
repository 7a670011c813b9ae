// CreatePartitions (key 37), versions 0-3. Grows topics through the metadata service. As in Kafka:
// a name given twice gets one INVALID_REQUEST "Duplicate topic name."; an unknown topic gets
// UNKNOWN_TOPIC_OR_PARTITION without a message; a manual assignment must list one replica set per
// new partition, of registered brokers. validate_only runs the same checks here and changes nothing.
// timeout_ms is ignored.
import {
  CreatePartitionsApi,
  type CreatePartitionsRequest,
  type CreatePartitionsResponse,
  type CreatePartitionsTopic,
  type CreatePartitionsTopicResult,
} from '../../../wire/generated/api/037-create-partitions.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { ChangeResult, HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';
import { replicaListProblem } from './019-create-topics.js';

type Result = Init<CreatePartitionsTopicResult>;

export function createPartitionsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<CreatePartitionsRequest, CreatePartitionsResponse> = {
    api: CreatePartitionsApi,
    minVersion: 0,
    maxVersion: 3,
    async handle(
      request: CreatePartitionsRequest,
      _ctx: RequestContext,
    ): Promise<Init<CreatePartitionsResponse>> {
      const counts = new Map<string, number>();
      for (const t of request.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
      const results: Result[] = [];
      for (const [name, n] of counts) {
        if (n > 1)
          results.push({ name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Duplicate topic name.' });
      }
      for (const t of request.topics) {
        if (counts.get(t.name) !== 1) continue;
        const outcome = await growOne(deps, t, request.validateOnly);
        results.push({ name: t.name, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage });
      }
      return { throttleTimeMs: 0, results };
    },
  };
  return register(handler);
}

async function growOne(
  deps: HandlerDeps,
  t: CreatePartitionsTopic,
  validateOnly: boolean,
): Promise<ChangeResult> {
  const image = deps.metadata.image();
  const topic = image.topics.get(t.name);
  if (topic === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: null };
  const current = topic.partitions.length;
  if (t.count === current) {
    return {
      errorCode: ErrorCode.INVALID_PARTITIONS,
      errorMessage: `Topic already has ${current} partition(s).`,
    };
  }
  if (t.count < current) {
    return {
      errorCode: ErrorCode.INVALID_PARTITIONS,
      errorMessage: `The topic ${t.name} currently has ${current} partition(s); ${t.count} would not be an increase.`,
    };
  }
  if (t.assignments !== null) {
    const additional = t.count - current;
    if (t.assignments.length !== additional) {
      return {
        errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        errorMessage: `Attempted to add ${additional} additional partition(s), but only ${t.assignments.length} assignment(s) were specified.`,
      };
    }
    const replicas = topic.partitions[0]?.replicas.length ?? null;
    for (const a of t.assignments) {
      const problem = replicaListProblem(a.brokerIds, replicas, image);
      if (problem !== null) return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: problem };
    }
  }
  if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null };
  try {
    return await deps.metadata.createPartitions(t.name, t.count);
  } catch {
    return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: null };
  }
}
