// OffsetDelete (key 47), version 0, served by the group coordinator. As in Kafka, partitions of
// unknown topics (or beyond a topic's partition count) get UNKNOWN_TOPIC_OR_PARTITION here and the
// rest go to the coordinator; a group-level error (unknown group, non-empty group of another
// protocol, coordinator errors) is answered at the top level with no topics. Offsets of topics the group is subscribed to
// are kept (GROUP_SUBSCRIBED_TO_TOPIC).
import {
  OffsetDeleteApi,
  type OffsetDeleteRequest,
  type OffsetDeleteResponse,
  type OffsetDeleteResponseTopic,
} from '../../../wire/generated/api/047-offset-delete.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { isCoordinatorError } from '../../coordinator/runtime.js';
import type { GroupService, HandlerDeps } from '../deps.js';
import { type Handler, register } from '../handler.js';

type Topics = Init<OffsetDeleteResponseTopic>[];

export function offsetDeleteHandler(deps: HandlerDeps, groups: GroupService): Handler {
  const handler: Handler<OffsetDeleteRequest, OffsetDeleteResponse> = {
    api: OffsetDeleteApi,
    minVersion: 0,
    maxVersion: 0,
    async handle(request: OffsetDeleteRequest): Promise<Init<OffsetDeleteResponse>> {
      const image = deps.metadata.image();
      const unknown: Topics = [];
      const known: Array<{ name: string; partitions: number[] }> = [];
      for (const topic of request.topics) {
        const info = image.topics.get(topic.name);
        const partitions = topic.partitions.map((p) => p.partitionIndex);
        const present = partitions.filter((p) => info?.partitions[p] !== undefined);
        const missing = partitions.filter((p) => info?.partitions[p] === undefined);
        if (present.length > 0) known.push({ name: topic.name, partitions: present });
        if (missing.length > 0) {
          unknown.push({
            name: topic.name,
            partitions: missing.map((partitionIndex) => ({
              partitionIndex,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
            })),
          });
        }
      }
      const result = await groups.deleteOffsets({ groupId: request.groupId, topics: known });
      const errorCode = isCoordinatorError(result) ? result.coordinatorError : result.errorCode;
      if (isCoordinatorError(result) || errorCode !== ErrorCode.NONE) {
        return { throttleTimeMs: 0, errorCode, topics: [] };
      }
      return { throttleTimeMs: 0, errorCode, topics: merge(unknown, result.topics) };
    },
  };
  return register(handler);
}

/** One entry per topic name, partitions of both lists together. */
function merge(a: Topics, b: Topics): Topics {
  const byName = new Map<string, Init<OffsetDeleteResponseTopic>>();
  for (const t of [...a, ...b]) {
    const name = t.name ?? '';
    const seen = byName.get(name);
    if (seen) byName.set(name, { name, partitions: [...(seen.partitions ?? []), ...(t.partitions ?? [])] });
    else byName.set(name, t);
  }
  return [...byName.values()];
}
