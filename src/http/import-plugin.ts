// gossip-migrate's import API as a fastify plugin under /admin/import: record batches copied from a
// Kafka cluster are appended at their own offsets, and a partition's log start/end can be moved.
// Off unless the broker property gossip.import.token is set; every request then needs
// `Authorization: Bearer <token>` (checked in onRequest, before any body is read, in constant
// time). Errors are `{ error_code, message }` with stable codes. Routes translate; ImportService decides.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ImportFailure, ImportOutcome, ImportService } from '../replication/import-service.js';

export interface ImportPluginOptions {
  /** gossip.import.token; undefined or empty: the API is disabled (404 everywhere). */
  token: string | undefined;
  service: ImportService;
  /** limits.importBodyBytesMax: larger batch uploads are refused (413) before they are buffered. */
  bodyBytesMax: number;
}

/** The stable error codes of the import API (HTTP status * 100 + n). */
export const ImportErrorCode = {
  INVALID_DATA: 40001,
  INVALID_REQUEST: 40002,
  MISSING_TOKEN: 40101,
  WRONG_TOKEN: 40301,
  DISABLED: 40401,
  UNKNOWN_PARTITION: 40402,
  NOT_IMPORT_MODE: 40901,
  NOT_EMPTY: 40902,
  BODY_TOO_LARGE: 41301,
  UNSUPPORTED_MEDIA_TYPE: 41501,
  NOT_LEADER: 42101,
  STORAGE: 50001,
} as const;

const PREFIX = '/admin/import';
const PARTITION_PATH = `${PREFIX}/topics/:topic/partitions/:partition`;
const OFFSETS_BODY_BYTES_MAX = 64 * 1024;

type Params = { topic: string; partition: string };

class ImportHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export async function importPlugin(app: FastifyInstance, options: ImportPluginOptions): Promise<void> {
  const { service } = options;
  const expected = options.token ? digest(options.token) : null;

  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (expected === null) {
      return sendError(
        reply,
        404,
        ImportErrorCode.DISABLED,
        'the import API is disabled: set the broker property gossip.import.token to enable it',
      );
    }
    const header = request.headers.authorization;
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      reply.header('www-authenticate', 'Bearer');
      return sendError(
        reply,
        401,
        ImportErrorCode.MISSING_TOKEN,
        'missing Authorization: Bearer <token> header',
      );
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      return sendError(reply, 403, ImportErrorCode.WRONG_TOKEN, 'the import token is not valid');
    }
  });

  app.setErrorHandler((err: FastifyError, _request, reply) => {
    if (err instanceof ImportHttpError) return sendError(reply, err.status, err.code, err.message);
    if (err.statusCode === 413) {
      return sendError(
        reply,
        413,
        ImportErrorCode.BODY_TOO_LARGE,
        `the request body is larger than ${options.bodyBytesMax} bytes (split the batches over several requests)`,
      );
    }
    if (err.statusCode === 415) {
      return sendError(reply, 415, ImportErrorCode.UNSUPPORTED_MEDIA_TYPE, err.message);
    }
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, 400, ImportErrorCode.INVALID_REQUEST, err.message);
    }
    return sendError(reply, 500, ImportErrorCode.STORAGE, err.message);
  });

  app.get<{ Params: Params }>(PARTITION_PATH, async (request, reply) => {
    const { topic, partition } = target(request);
    return answer(reply, await service.status(topic, partition));
  });

  app.post<{ Params: Params }>(
    `${PARTITION_PATH}/batches`,
    { bodyLimit: options.bodyBytesMax },
    async (request, reply) => {
      const { topic, partition } = target(request);
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new ImportHttpError(
          415,
          ImportErrorCode.UNSUPPORTED_MEDIA_TYPE,
          'record batches must be sent as application/octet-stream',
        );
      }
      return answer(reply, await service.appendBatches(topic, partition, body));
    },
  );

  app.post<{ Params: Params }>(
    `${PARTITION_PATH}/offsets`,
    { bodyLimit: OFFSETS_BODY_BYTES_MAX },
    async (request, reply) => {
      const { topic, partition } = target(request);
      const body = (request.body ?? null) as Record<string, unknown> | null;
      if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) {
        throw invalid('the body must be a JSON object { "logStartOffset": n, "logEndOffset"?: m }');
      }
      const logStartOffset = offsetField(body, 'logStartOffset');
      if (logStartOffset === undefined) throw invalid('logStartOffset is required');
      const logEndOffset = offsetField(body, 'logEndOffset');
      const outcome = await service.setOffsets(topic, partition, {
        logStartOffset,
        ...(logEndOffset === undefined ? {} : { logEndOffset }),
      });
      return answer(reply, outcome);
    },
  );
}

function target(request: FastifyRequest<{ Params: Params }>): { topic: string; partition: number } {
  const { topic, partition } = request.params;
  if (!/^\d{1,10}$/.test(partition) || Number(partition) > 2 ** 31 - 1) {
    throw invalid(`partition must be a non-negative integer, not ${JSON.stringify(partition)}`);
  }
  return { topic, partition: Number(partition) };
}

function offsetField(body: Record<string, unknown>, name: string): bigint | undefined {
  const raw = body[name];
  if (raw === undefined || raw === null) return undefined;
  const ok =
    (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) ||
    (typeof raw === 'string' && /^\d{1,16}$/.test(raw) && Number.isSafeInteger(Number(raw)));
  if (!ok) throw invalid(`${name} must be a non-negative integer offset`);
  return BigInt(raw as number | string);
}

function invalid(message: string): ImportHttpError {
  return new ImportHttpError(400, ImportErrorCode.INVALID_REQUEST, message);
}

const FAILURE_STATUS: Record<ImportFailure['kind'], [number, number]> = {
  unknown: [404, ImportErrorCode.UNKNOWN_PARTITION],
  not_leader: [421, ImportErrorCode.NOT_LEADER],
  not_import_mode: [409, ImportErrorCode.NOT_IMPORT_MODE],
  invalid: [400, ImportErrorCode.INVALID_DATA],
  not_empty: [409, ImportErrorCode.NOT_EMPTY],
  storage: [500, ImportErrorCode.STORAGE],
};

/** Offsets as JSON numbers (the log keeps them as exact JavaScript numbers). */
function answer<T extends object>(reply: FastifyReply, outcome: ImportOutcome<T>): FastifyReply {
  if (!outcome.ok) {
    const [status, code] = FAILURE_STATUS[outcome.kind];
    const extra = outcome.kind === 'not_leader' ? { leaderId: outcome.leaderId } : {};
    return sendError(reply, status, code, outcome.message, extra);
  }
  const { ok: _ok, ...fields } = outcome;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return reply.code(200).send(out);
}

function sendError(
  reply: FastifyReply,
  status: number,
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send({ error_code: code, message, ...extra });
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
