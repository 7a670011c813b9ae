// DeleteTopics (key 20), versions 0-6. Each topic is removed through the metadata service (the
// partition logs follow from the image change). As in Kafka: a name or id given twice gets one
// INVALID_REQUEST ("Duplicate topic name." / "Duplicate topic id."); v6 looks topics up by id
// (UNKNOWN_TOPIC_ID when unknown), rejects an entry with both or neither name and id, and answers
// with both the name and the id of each deleted topic. timeout_ms is ignored.
import {
  type DeletableTopicResult,
  DeleteTopicsApi,
  type DeleteTopicsRequest,
  type DeleteTopicsResponse,
} from '../../../wire/generated/api/020-delete-topics.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import { type Init, uuidFromBytes, uuidToBytes, ZERO_UUID } from '../../../wire/primitives/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

type Result = Init<DeletableTopicResult>;

export function deleteTopicsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<DeleteTopicsRequest, DeleteTopicsResponse> = {
    api: DeleteTopicsApi,
    minVersion: 0,
    maxVersion: 6,
    async handle(request: DeleteTopicsRequest, ctx: RequestContext): Promise<Init<DeleteTopicsResponse>> {
      const entries =
        ctx.apiVersion >= 6
          ? request.topics
          : request.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
      const responses: Result[] = [];
      const nameCounts = new Map<string, number>();
      const idCounts = new Map<string, number>();
      const wanted: { name: string | null; topicId: string }[] = [];
      for (const e of entries) {
        const hasName = e.name !== null;
        const hasId = e.topicId !== ZERO_UUID;
        if (hasName && hasId) {
          responses.push(
            result(
              e.name,
              e.topicId,
              ErrorCode.INVALID_REQUEST,
              'You may not specify both topic name and topic id.',
            ),
          );
        } else if (!hasName && !hasId) {
          responses.push(
            result(null, ZERO_UUID, ErrorCode.INVALID_REQUEST, 'Neither topic name nor id were specified.'),
          );
        } else {
          const counts = hasName ? nameCounts : idCounts;
          const key = hasName ? e.name! : e.topicId;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          wanted.push(e);
        }
      }
      for (const [name, n] of nameCounts) {
        if (n > 1)
          responses.push(result(name, ZERO_UUID, ErrorCode.INVALID_REQUEST, 'Duplicate topic name.'));
      }
      for (const [id, n] of idCounts) {
        if (n > 1) responses.push(result(null, id, ErrorCode.INVALID_REQUEST, 'Duplicate topic id.'));
      }
      for (const e of wanted) {
        if (e.name !== null ? nameCounts.get(e.name) !== 1 : idCounts.get(e.topicId) !== 1) continue;
        responses.push(await deleteOne(deps, e.name, e.topicId));
      }
      return { throttleTimeMs: 0, responses };
    },
  };
  return register(handler);
}

async function deleteOne(deps: HandlerDeps, name: string | null, topicId: string): Promise<Result> {
  const image = deps.metadata.image();
  const topic =
    name !== null ? image.topics.get(name) : image.topicsById.get(uuidToBytes(topicId).toString('hex'));
  if (topic === undefined && name === null) {
    return result(null, topicId, ErrorCode.UNKNOWN_TOPIC_ID, 'This server does not host this topic ID.');
  }
  const id = topic === undefined ? ZERO_UUID : uuidFromBytes(topic.topicId);
  const topicName = topic?.name ?? name ?? '';
  try {
    const outcome = await deps.metadata.deleteTopic(topicName);
    return result(
      topicName,
      outcome.errorCode === ErrorCode.NONE ? id : ZERO_UUID,
      outcome.errorCode,
      outcome.errorMessage,
    );
  } catch {
    return result(topicName, ZERO_UUID, ErrorCode.UNKNOWN_SERVER_ERROR, null);
  }
}

function result(
  name: string | null,
  topicId: string,
  errorCode: number,
  errorMessage: string | null,
): Result {
  return { name, topicId, errorCode, errorMessage };
}
