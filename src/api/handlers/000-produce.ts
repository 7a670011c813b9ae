// Produce (key 0), versions 0-11. Each partition's batches are validated and appended by the
// replica manager; errors are per partition. acks=0 sends no response at all (the client expects
// none); acks other than 0, 1 and -1 get INVALID_REQUIRED_ACKS. v0-2 carry legacy message sets,
// which are up-converted to v2 batches before the append. v8+ report record_errors and a message.
import {
  ProduceApi,
  type ProduceRequest,
  type ProduceResponse,
  type TopicProduceResponse,
} from '../../../wire/generated/api/000-produce.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import {
  errorCodeOfKind,
  type RecordErrorKind,
  upConvertMessageSet,
} from '../../../wire/record-batch/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

type PartitionOut = Init<TopicProduceResponse>['partitionResponses'] extends readonly (infer P)[] | undefined
  ? P
  : never;

export function produceHandler(deps: HandlerDeps): Handler {
  const handler: Handler<ProduceRequest, ProduceResponse> = {
    api: ProduceApi,
    minVersion: 0,
    maxVersion: 11,
    async handle(request: ProduceRequest, ctx: RequestContext): Promise<Init<ProduceResponse> | null> {
      const v = ctx.apiVersion;
      const acks = request.acks;
      const validAcks = acks === 0 || acks === 1 || acks === -1;
      const responses = await Promise.all(
        request.topicData.map(async (topic) => ({
          name: topic.name,
          partitionResponses: await Promise.all(
            topic.partitionData.map(async (p): Promise<PartitionOut> => {
              if (!validAcks) return failure(p.index, ErrorCode.INVALID_REQUIRED_ACKS);
              let records = p.records;
              if (v <= 2 && records !== null && records.length > 0) {
                try {
                  records = upConvertMessageSet(records, { now: deps.clock.nowMs() }).batches;
                } catch (err) {
                  const kind = (err as { kind?: RecordErrorKind }).kind;
                  if (!kind) throw err;
                  return failure(p.index, errorCodeOfKind(kind), (err as Error).message);
                }
              }
              const r = await deps.replicas.produce(topic.name, p.index, records, v);
              if (r.errorCode === 0) {
                deps.metrics.bytesIn.inc({ topic: topic.name }, r.bytes);
                deps.metrics.messagesIn.inc({ topic: topic.name }, r.recordCount);
                return {
                  index: p.index,
                  errorCode: 0,
                  baseOffset: r.baseOffset,
                  logAppendTimeMs: r.logAppendTimeMs,
                  logStartOffset: r.logStartOffset,
                };
              }
              return {
                ...failure(p.index, r.errorCode, r.errorMessage, r.recordErrors),
                logStartOffset: r.logStartOffset,
              };
            }),
          ),
        })),
      );
      if (acks === 0) return null;
      return { responses, throttleTimeMs: 0 };
    },
  };
  return register(handler);
}

function failure(
  index: number,
  errorCode: number,
  errorMessage: string | null = null,
  recordErrors: { batchIndex: number; batchIndexErrorMessage: string | null }[] = [],
): PartitionOut {
  return {
    index,
    errorCode,
    baseOffset: -1n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors,
    errorMessage,
  };
}
