// ListOffsets (key 2), versions 0-7. -1 latest (the high watermark, or the last stable offset for
// read_committed), -2 earliest (log start offset), -3 the record with the largest timestamp (v7),
// otherwise the first record whose timestamp is at least the one asked (time index, then a decode of
// that one batch). v0 answers with the old offset list: the latest offset and the log start offset,
// as many as max_num_offsets allows (Kafka lists every segment's base offset; GOssip lists those two).
import {
  ListOffsetsApi,
  type ListOffsetsPartitionResponse,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
} from '../../../wire/generated/api/002-list-offsets.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function listOffsetsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<ListOffsetsRequest, ListOffsetsResponse> = {
    api: ListOffsetsApi,
    minVersion: 0,
    maxVersion: 7,
    async handle(request: ListOffsetsRequest, ctx: RequestContext): Promise<Init<ListOffsetsResponse>> {
      const v = ctx.apiVersion;
      const topics = await Promise.all(
        request.topics.map(async (topic) => ({
          name: topic.name,
          partitions: await Promise.all(
            topic.partitions.map(async (p): Promise<Init<ListOffsetsPartitionResponse>> => {
              const epoch = v >= 4 ? p.currentLeaderEpoch : -1;
              const isolation = v >= 2 ? request.isolationLevel : 0;
              const r = await deps.replicas.listOffset(
                topic.name,
                p.partitionIndex,
                p.timestamp,
                epoch,
                isolation,
              );
              if (v === 0)
                return {
                  partitionIndex: p.partitionIndex,
                  errorCode: r.errorCode,
                  oldStyleOffsets: await oldStyle(
                    deps,
                    topic.name,
                    p.partitionIndex,
                    p.timestamp,
                    p.maxNumOffsets,
                    r,
                  ),
                };
              return {
                partitionIndex: p.partitionIndex,
                errorCode: r.errorCode,
                timestamp: r.timestamp,
                offset: r.offset,
                leaderEpoch: r.leaderEpoch,
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

async function oldStyle(
  deps: HandlerDeps,
  topic: string,
  partition: number,
  timestamp: bigint,
  maxNumOffsets: number,
  latest: { errorCode: number; offset: bigint },
): Promise<bigint[]> {
  if (latest.errorCode !== 0) return [];
  const earliest = await deps.replicas.listOffset(topic, partition, -2n, -1);
  const offsets =
    timestamp === -2n
      ? [earliest.offset]
      : timestamp === -1n && latest.offset > earliest.offset
        ? [latest.offset, earliest.offset]
        : [earliest.offset];
  return offsets.slice(0, Math.max(0, maxNumOffsets));
}
