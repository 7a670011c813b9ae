// DeleteRecords (key 21), versions 0-2. Moves each partition's log start offset up to the given
// offset (-1: the high watermark); whole segments below it are deleted. An offset beyond the high
// watermark is OFFSET_OUT_OF_RANGE.
import {
  DeleteRecordsApi,
  type DeleteRecordsRequest,
  type DeleteRecordsResponse,
} from '../../../wire/generated/api/021-delete-records.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, register } from '../handler.js';

export function deleteRecordsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<DeleteRecordsRequest, DeleteRecordsResponse> = {
    api: DeleteRecordsApi,
    minVersion: 0,
    maxVersion: 2,
    async handle(request: DeleteRecordsRequest): Promise<Init<DeleteRecordsResponse>> {
      const topics = await Promise.all(
        request.topics.map(async (topic) => ({
          name: topic.name,
          partitions: await Promise.all(
            topic.partitions.map(async (p) => {
              const r = await deps.replicas.deleteRecords(topic.name, p.partitionIndex, p.offset);
              return {
                partitionIndex: p.partitionIndex,
                lowWatermark: r.lowWatermark,
                errorCode: r.errorCode,
              };
            }),
          ),
        })),
      );
      return { throttleTimeMs: 0, topics };
    },
  };
  return register(handler);
}
